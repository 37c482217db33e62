import type { ComponentType, ReactNode } from 'react';
import type { BcpDatabase } from '../db/database';
import type { WriteContext } from '../db/repository';
import type { PrintJob } from './print/usePrintJob';

/**
 * What a feature area plugs into the shell. Each area owns one descriptor in its folder (features/<area>/feature.tsx)
 * and modules.ts lists them: adding a screen, a printable document, a Settings section or a home-screen notice
 * never means editing another area's files.
 */
export interface FeatureModule {
  /** Routes below the shell, e.g. `contacts` or `contacts/:id`; the first segment names the menu area it builds. */
  routes: { path: string; element: ReactNode }[];
  /** Cards on the 印刷 screen; each renders its own button(s) and uses the shared job for progress and saving. */
  printCards: ComponentType<{ job: PrintJob }>[];
  /** Sections of the 設定 screen. */
  settingsSections: ComponentType[];
  /** Warnings on the emergency home (e.g. unverified contacts, EOS dates). */
  homeNotices: ComponentType[];
  /** Items in the top bar, on screen whatever is open (distributed-copy mark, backup failure, edit-lock control). */
  topBarItems?: ComponentType[];
  /**
   * Starter records for a brand-new workbook (e.g. authority contacts to fill in, starter forms). Runs inside the
   * first-run transaction, so the facility and every seed are written together or not at all.
   */
  seedNewWorkbook?(db: BcpDatabase, context: WriteContext): Promise<void>;
}

export const emptyFeature: FeatureModule = { routes: [], printCards: [], settingsSections: [], homeNotices: [] };
