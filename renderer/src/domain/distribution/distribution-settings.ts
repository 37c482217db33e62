import { z } from 'zod';
import { daysSetting, type SettingDeclaration } from '../setting-declaration';
import { DEFAULT_COPY_MAX_AGE_DAYS } from './freshness';

/**
 * Settings of the copies on other PCs. All belong to the PC, not to the workbook (db/settings.ts LOCAL_SETTING_KEYS):
 * a reader's copy replaces the workbook every hour and must not carry the editing PC's folders or pairing with it.
 */

const folder = z.string().min(2).max(500);

/** This PC as a reader: the folder it watches and the key it was paired with by fingerprint. */
export const readerPairingSchema = z
  .object({
    folder,
    publicKey: z.string().min(40).max(400),
    fingerprint: z.string().regex(/^[0-9A-F]{32}$/),
    pairedAt: z.iso.datetime(),
  })
  .nullable();
export type ReaderPairing = NonNullable<z.output<typeof readerPairingSchema>>;

/** The reader's last look at its folder: machine state, written without an audit row. */
export const readerStatusSchema = z.object({
  lastCheckedAt: z.iso.datetime().optional(),
  /** Set when the last look found a copy it would not take (distribution.refused.<code>) or no folder. */
  problem: z.string().max(40).optional(),
  /** The 時点 of the refused copy, when it had one. */
  problemAsOf: z.string().max(40).optional(),
  lastTakenAt: z.iso.datetime().optional(),
});
export type ReaderStatus = z.output<typeof readerStatusSchema>;

/** The editing PC's last publication into each folder (machine state, like the backup status). */
export const publishStatusSchema = z.record(
  z.string(),
  z.object({ lastAttemptAt: z.iso.datetime(), failure: z.string().max(40).optional(), publishedAsOf: z.iso.datetime().optional() }),
);
export type PublishStatus = z.output<typeof publishStatusSchema>;

export const distributionSettings = {
  /** Folders (a shared folder, USB drives) this editing PC publishes its copy into. */
  publishFolders: { schema: z.array(folder).max(10), default: [] as string[] } satisfies SettingDeclaration,
  publishStatus: { schema: publishStatusSchema, default: {} as PublishStatus } satisfies SettingDeclaration,
  readerPairing: { schema: readerPairingSchema, default: null as ReaderPairing | null } satisfies SettingDeclaration,
  readerStatus: { schema: readerStatusSchema, default: {} as ReaderStatus } satisfies SettingDeclaration,
  /** A reader's copy older than this many days is flagged on that PC. */
  copyMaxAgeDays: daysSetting(1, 365, DEFAULT_COPY_MAX_AGE_DAYS),
};

/** The keys db/settings.ts keeps per PC. */
export const DISTRIBUTION_LOCAL_KEYS = Object.keys(distributionSettings) as (keyof typeof distributionSettings)[];
