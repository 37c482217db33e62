import type { TFunction } from 'i18next';
import type { ComponentType, ReactNode } from 'react';
import type { BcpDatabase, RecordTypes } from '../db/database';
import type { RecordReference } from '../db/references';
import type { WriteContext } from '../db/repository';
import type { RecordTableName } from '../db/schema';
import type { SettingKey, Settings } from '../db/settings';
import type { DepartmentScope } from '../domain/binder/outline';
import type { PrintContext } from '../domain/print-context';
import type { PdfDocument } from '../pdf/frame';
import type { AreaKey } from './areas';
import type { AuditFieldLabels } from './audit-labels';
import type { PrintJob } from './print/usePrintJob';
import type { Translation, TranslationKey } from '../i18n/typed-keys';

/** A Ctrl+K search source: which records, which text of each is searched, and how a hit is shown and where it leads. */
interface SearchSourceOf<T extends keyof RecordTypes> {
  table: T;
  /** i18n key of the group heading above this source's hits. */
  groupTitleKey: TranslationKey;
  /** The text searched (kana- and width-insensitive, see domain/search.ts). */
  text(record: RecordTypes[T]): readonly string[];
  /** The hit's name, in bold. */
  label(record: RecordTypes[T]): string;
  /** What follows the name (organisation, phone, kind…). */
  detail(record: RecordTypes[T], t: TFunction): ReactNode;
  /** Where choosing the hit leads. */
  href(record: RecordTypes[T]): string;
}
export type SearchSource = { [T in keyof RecordTypes]: SearchSourceOf<T> }[keyof RecordTypes];

/** What a binder section's loader is given: the one print context of the whole binder, and the department of a 部署別 binder. */
export interface BinderLoadContext {
  /** The binder's facility, 版, print date and plan version in force: every section prints with the same. */
  header: Omit<PrintContext, 'documentTitle'>;
  settings: Settings;
  /** The Japanese translator (printed paper is Japanese whatever the screen language is). */
  ja: TFunction;
  /** Set for a 部署別 binder: the section keeps only what that department needs (see `department`). */
  department?: string;
}

/** A line of the full BCP binder's contents: one of the area's documents under a chapter of the ひな形. */
export interface BinderSection {
  /** The ひな形 chapter it belongs under (several areas may share one) and that chapter's title. */
  chapter: string;
  chapterTitleKey: TranslationKey;
  /** The document's title on the cover sheet. */
  titleKey: TranslationKey;
  /** For now a document is counted by the records of one table. */
  table: RecordTableName;
  /**
   * Left out of the 職員配布版 (staff edition) of the binder: the network diagram, emergency accounts and anything else
   * that would help an attacker or is for the information-systems lead only.
   */
  confidential?: boolean;
  /** Whether (and how) it is in a department's binder; left out when absent. */
  department?: DepartmentScope;
  /**
   * Reads its records (through db/) when the binder is printed and builds them with the area's own print builders,
   * as its print card does; one document per page run (e.g. one per procedure), none when it has nothing to print.
   */
  load(db: BcpDatabase, context: BinderLoadContext): Promise<readonly PdfDocument[]>;
}

/** Evidence topics are declared in domain/ (the item sets validate them); named here too for the areas' rules. */
export { evidenceTopics, type EvidenceTopic, type EvidenceFinding, type EvidenceContext } from '../domain/evidence-topics';
import type { EvidenceContext, EvidenceFinding, EvidenceTopic } from '../domain/evidence-topics';

/** One line of the management report's preparedness figures (経営層への報告), e.g. 連絡先の確認 38 / 42 件. */
export interface PreparednessFigure {
  key: string;
  /** i18n key of the line's name. */
  labelKey: string;
  value: number;
  /** Out of how many, when it is a share. */
  total?: number;
  /** i18n key of a short remark (with `values`), e.g. the overdue among the open. */
  noteKey?: string;
  values?: Record<string, string | number>;
}

/** An area's figures for the management report of a 年度. */
export interface ManagementReportFigures {
  key: string;
  collect(db: BcpDatabase, context: EvidenceContext): Promise<readonly PreparednessFigure[]>;
}

/** An area's rule for one topic: loads what it needs and hands it to a small pure function (tested on its own). */
export interface GuidelineEvidenceRule {
  topic: EvidenceTopic;
  key: string;
  evaluate(db: BcpDatabase, context: EvidenceContext): Promise<readonly EvidenceFinding[]>;
}

type TileTexts = keyof Translation['home']['tiles'] & string;
/** A key with both `home.tiles.<key>` and `home.tiles.<key>Hint`, so the emergency home's tile text is typed. */
type HomeTileKey = { [K in TileTexts]: `${K}Hint` extends TileTexts ? K : never }[TileTexts];

/** A large tile of the emergency home (one click to what is needed in the first hours). */
export interface HomeTile {
  /** `tile-${key}` is its test id; `home.tiles.${key}` and `home.tiles.${key}Hint` its text. */
  key: HomeTileKey;
  area: AreaKey;
}

/** A count on the emergency home's counts line, e.g. 連絡先 42 件. */
export interface HomeCount {
  table: RecordTableName;
  /** i18n key with `{{count}}`. */
  textKey: TranslationKey;
}

/** A check that must pass before an incident may be closed (e.g. every account opened during it changed and resealed). */
export interface IncidentCloseCheck {
  key: string;
  /** i18n key of what is still open. */
  messageKey: string;
  /** The problems found for the incident, empty when it may close. */
  check(db: BcpDatabase, incidentId: string): Promise<readonly string[]>;
}

/**
 * What a feature area plugs into the workbook. Each area owns one descriptor in its folder (features/<area>/feature.tsx)
 * and features/modules.ts lists them: the shell, search, print centre, cover sheet, audit log and every delete are
 * assembled from these, so adding an area never means editing another area's or the shell's files.
 */
export interface FeatureModule {
  /** Menu areas (workbook/areas.ts) this module builds; the first segment of each route is one of their paths. */
  areas: readonly AreaKey[];
  /** Routes below the shell, e.g. `contacts` or `contacts/:id`. */
  routes: readonly { path: string; element: ReactNode }[];
  /** Cards on the 印刷 screen; each renders its own button(s) and uses the shared job for progress and saving. */
  printCards?: readonly ComponentType<{ job: PrintJob }>[];
  /** Sections of the 設定 screen. */
  settingsSections?: readonly ComponentType[];
  /** Warnings on the emergency home (e.g. unverified contacts, EOS dates). */
  homeNotices?: readonly ComponentType[];
  /** Tiles of the emergency home, in module order (the shell adds 印刷 last). */
  homeTiles?: readonly HomeTile[];
  /** Counts on the emergency home's counts line. */
  homeCounts?: readonly HomeCount[];
  /** Items in the top bar, on screen whatever is open (distributed-copy mark, backup failure, edit-lock control). */
  topBarItems?: readonly ComponentType[];
  /** What Ctrl+K finds in this area, in the order the groups are shown. */
  search?: readonly SearchSource[];
  /** Which of its documents the full BCP binder holds (the cover sheet lists them in module order). */
  binderSections?: readonly BinderSection[];
  /** Its record tables that are deliberately not in the binder (e.g. run records, printed on their own). */
  binderExcluded?: readonly RecordTableName[];
  /** i18n keys naming its tables' fields in the audit log (modules.ts checks every table has them). */
  auditLabels?: Partial<AuditFieldLabels>;
  /** The settings it owns, each with the i18n key naming it in the audit log (defaults: domain/<area>/*-settings.ts). */
  settings?: Partial<Record<SettingKey, string>>;
  /** References its records hold to other records, and what deleting the referred record does to them. */
  references?: readonly RecordReference[];
  /** Checks before an incident may be closed. */
  incidentCloseChecks?: readonly IncidentCloseCheck[];
  /** Evidence its records give for the guideline self-assessment's items. */
  guidelineEvidence?: readonly GuidelineEvidenceRule[];
  /** Its preparedness figures in the management report (contacts verified, offline backups, drills held, actions open…). */
  managementReportFigures?: readonly ManagementReportFigures[];
  /**
   * Starter records for a brand-new workbook (e.g. authority contacts to fill in, starter forms). Runs inside the
   * first-run transaction, so the facility and every seed are written together or not at all.
   */
  seedNewWorkbook?(db: BcpDatabase, context: WriteContext): Promise<void>;
  /**
   * Brings records written by an older version up to today's rules, once at start after the first screen is drawn
   * (e.g. numbers the numbering plan now refuses are marked 要確認). Skipped while the workbook cannot be edited.
   */
  upgradeStoredRecords?(db: BcpDatabase, context: WriteContext): Promise<unknown>;
}
