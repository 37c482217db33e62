import { dataKey } from '../../i18n/typed-keys';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BcpDatabase } from '../../db/database';
import { answersOfYear } from '../../domain/checklist/answer';
import { fiscalYearBounds } from '../../domain/checklist/fiscal-year';
import type { ChecklistSetFields } from '../../domain/checklist/item-set';
import { pdfFileName } from '../../domain/print-file-name';
import { formatFiscalYearBoth } from '../../domain/wareki';
import { parseLocalDate, toLocalDateString } from '../../base/local-date';
import { buildChecklistSheet } from '../../pdf/documents/checklist/checklist-sheet';
import { buildVendorSheet, vendorSheetTitle } from '../../pdf/documents/checklist/vendor-sheet';
import { APP_VERSION } from '../../workbook/app-version';
import type { EvidenceTopic, GuidelineEvidenceRule } from '../../workbook/feature-module';
import type { Printable } from '../../workbook/print/PrintCard';
import { useRegistry } from '../../workbook/registry';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { effectiveSets, VENDOR_SET_ID } from './shipped-sets';

async function readSet(db: BcpDatabase, setId: string): Promise<ChecklistSetFields | undefined> {
  return effectiveSets(await db.checklistSets.toArray()).find((s) => s.setId === setId);
}

/** Every rule's findings by topic, in Japanese words for the paper. */
async function findingsInWords(db: BcpDatabase, rules: readonly GuidelineEvidenceRule[], t: TFunction, today: string, bounds: { start: string; end: string }) {
  const byTopic = new Map<EvidenceTopic, string[]>();
  for (const rule of rules) {
    const words = (await rule.evaluate(db, { today, fiscalYear: bounds })).map((f) => `${f.verdict === 'supports' ? '' : '【要確認】'}${t(dataKey(f.messageKey), f.values)}`);
    byTopic.set(rule.topic, [...(byTopic.get(rule.topic) ?? []), ...words]);
  }
  return byTopic;
}

/** The checklist's documents, read from the database when the button is pressed. */
export function useChecklistPrints() {
  const { db, facility } = useWorkbook();
  const { guidelineEvidence } = useRegistry();
  const { i18n } = useTranslation();
  const startMonth = facility?.fiscalYearStartMonth ?? 4;
  const header = useCallback(() => {
    if (!facility) return undefined;
    return { facilityName: facility.name, confidentialityLabel: facility.confidentialityLabel, version: APP_VERSION, printedAt: new Date(), demo: facility.demo === true };
  }, [facility]);

  return useMemo(
    () => ({
      async sheet(setId: string, fiscalYear: number): Promise<Printable | undefined> {
        const h = header();
        const set = await readSet(db, setId);
        if (!h || !set) return undefined;
        const ja = i18n.getFixedT('ja');
        const bounds = fiscalYearBounds(fiscalYear, startMonth);
        const byTopic = set.layout === 'grid' ? new Map<EvidenceTopic, string[]>() : await findingsInWords(db, guidelineEvidence, ja, toLocalDateString(h.printedAt), bounds);
        const findings = new Map(set.items.map((i) => [i.id, i.topics.flatMap((topic) => byTopic.get(topic) ?? [])]));
        const places = new Map(set.items.map((i) => [i.id, i.places.map((p) => ja(`nav.${p}`, { defaultValue: p }))]));
        const answers = answersOfYear(await db.checklistAnswers.toArray(), set, fiscalYear);
        const doc = buildChecklistSheet({ header: h, set, fiscalYearLabel: formatFiscalYearBoth(parseLocalDate(bounds.start), startMonth), answers, findings, places });
        return { doc, fileName: pdfFileName(set.title.replace(/（.*$/, ''), h.facilityName, h.printedAt) };
      },
      async vendorSheet(contactId: string, fiscalYear: number): Promise<Printable | undefined> {
        const h = header();
        const set = await readSet(db, VENDOR_SET_ID);
        const vendor = await db.contacts.get(contactId);
        if (!h || !set || !vendor) return undefined;
        const sheet = (await db.vendorSheets.toArray()).find((s) => s.contactId === contactId && s.setId === VENDOR_SET_ID && s.fiscalYear === fiscalYear);
        const bounds = fiscalYearBounds(fiscalYear, startMonth);
        const doc = buildVendorSheet({ header: h, set, fiscalYearLabel: formatFiscalYearBoth(parseLocalDate(bounds.start), startMonth), vendor, sheet });
        return { doc, fileName: pdfFileName(vendorSheetTitle(vendor.organisation), h.facilityName, h.printedAt) };
      },
    }),
    [db, header, guidelineEvidence, i18n, startMonth],
  );
}
