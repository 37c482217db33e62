import type { TFunction } from 'i18next';
import type { BcpDatabase } from '../../db/database';
import { hasDemoData } from '../../db/demo';
import { readPlanVersions } from '../../db/plan-store';
import type { Settings } from '../../db/settings';
import { binderOutline, type BinderEdition } from '../../domain/binder/outline';
import type { Facility } from '../../domain/facility';
import { planState, planVersionLabel } from '../../domain/plan/plan-version';
import { pdfFileName } from '../../domain/print-file-name';
import { featureModules } from '../../features/modules';
import { binderTitle, buildBinder, type BinderSectionDocuments } from '../../pdf/documents/binder/binder';
import { APP_VERSION } from '../../workbook/app-version';
import type { BinderLoadContext, BinderSection } from '../../workbook/feature-module';
import type { Printable } from '../../workbook/print/PrintCard';
import type { PrepareControl } from '../../workbook/print/usePrintJob';

/** Every area's binder sections in module order (the binder sorts them into the ひな形's chapters). */
const binderSections: readonly BinderSection[] = featureModules.flatMap((m) => m.binderSections ?? []);

export interface BinderChoice {
  edition: BinderEdition;
  /** The department of a 部署別 binder. */
  department?: string;
}

/** Lets the UI thread draw (progress, the stop button) between two sections. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

class BinderStopped extends Error {}

/**
 * The binder as the workbook is when the button is pressed: only the sections of the chosen edition are read (a staff
 * edition never even loads the network diagram), each through its own area's loader, one after another with the
 * count reported, so the window stays responsive and the user can stop. The PDF is then rendered by the print job.
 */
export async function prepareBinder(
  db: BcpDatabase,
  facility: Facility,
  settings: Settings,
  ja: TFunction,
  choice: BinderChoice,
  control: Partial<PrepareControl> = {},
): Promise<Printable> {
  const selected = binderOutline(binderSections, choice.edition).flatMap((c) => c.sections);
  const history = planState(await readPlanVersions(db)).history;
  const inForce = history.find((v) => v.status === 'approved');
  const printedAt = new Date();
  const header: BinderLoadContext['header'] = {
    facilityName: facility.name,
    version: APP_VERSION,
    planVersion: planVersionLabel(inForce),
    printedAt,
    confidentialityLabel: facility.confidentialityLabel,
    // Sample records in a real hospital's workbook mark the binder too, as on the cover sheet.
    demo: facility.demo === true || (await hasDemoData(db)),
  };
  const department = choice.edition === 'department' ? choice.department : undefined;
  const sections: BinderSectionDocuments[] = [];
  control.report?.(0, selected.length);
  for (const section of selected) {
    if (control.signal?.aborted) throw new BinderStopped('binder stopped');
    const documents = await section.load(db, { header, settings, ja, ...(section.department === 'filter' && department !== undefined ? { department } : {}) });
    sections.push({
      chapter: section.chapter,
      chapterTitle: ja(section.chapterTitleKey),
      title: ja(section.titleKey),
      ...(section.confidential ? { confidential: true } : {}),
      ...(section.department ? { department: section.department } : {}),
      documents,
    });
    control.report?.(sections.length, selected.length);
    await breathe();
  }
  const doc = buildBinder({
    facility,
    edition: choice.edition,
    ...(department !== undefined ? { department } : {}),
    version: APP_VERSION,
    plan: { ...(inForce ? { inForce } : {}), history },
    printedAt,
    demo: header.demo,
    sections,
  });
  return { doc, fileName: pdfFileName(binderTitle(choice.edition, department), facility.name, printedAt) };
}
