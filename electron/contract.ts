/**
 * The bridge contract between the renderer and whatever hosts it (the Electron main process, or in tests the
 * same services bound into a browser page). It is the only place channel names, payload shapes and limits are
 * written down: the preload builds `window.bcp` from it, `ipc.ts` validates every payload against it, and the
 * renderer imports its *types* only.
 *
 * No `electron` import here: the file must load in the preload bundle, the main process and Node tests alike.
 */
import { z } from 'zod';

/** A PDF larger than this is refused: the whole-hospital kit is far below it, anything bigger is a bug or abuse. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

const pdfBytes = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_PDF_BYTES, 'PDF size out of range')
  .refine((bytes) => PDF_MAGIC.every((b, i) => bytes[i] === b), 'not a PDF');

/**
 * A file name proposed to the save dialog: no folders, no characters Windows refuses, ends in .pdf.
 * The user may still change it in the dialog; this only keeps our own suggestion sane.
 */
const suggestedPdfName = z
  .string()
  .min(5)
  .max(180)
  .regex(/^[^\\/:*?"<>|\p{Cc}]+\.pdf$/iu, 'invalid file name');

/** Saved documents are referred to by an opaque id the host handed out, never by a path the renderer chose. */
const savedFileId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/**
 * Why a host operation failed, as a stable code the renderer turns into a (Japanese) message. Expected
 * failures come back as data, not as rejections: Electron's IPC keeps only an error's message, so a
 * typed error would not survive the trip. A rejected promise means a refused request or a host bug.
 */
export const hostErrorCodes = [
  'disk-full', // no space left on the drive (or quota exceeded)
  'not-found', // the folder does not exist (any more), or the saved file was moved or deleted
  'no-permission', // no write/read permission, read-only drive or folder
  'file-busy', // the file is locked by another program (e.g. open in a PDF viewer on Windows)
  'invalid-path', // the chosen path is not an absolute path ending in .pdf
  'unknown-file', // the fileId was not handed out by this session (e.g. after a restart)
  'open-failed', // the system could not open the file or show its folder
  'print-failed', // the system print command failed (no printer, no PDF application with a print verb)
  'unknown',
] as const;
export type HostErrorCode = (typeof hostErrorCodes)[number];
const hostErrorCode = z.enum(hostErrorCodes);

const savedPdf = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileId: savedFileId, fileName: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), code: hostErrorCode }),
]);

const done = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), code: hostErrorCode }),
]);

/**
 * Workbook backups (.bcpbak). The renderer builds and fully verifies the file (it has the data and the format
 * code); the host only writes the bytes atomically into a generation, reads them back, compares the SHA-256 the
 * renderer sent, rotates old generations and lists what a folder holds. See electron/services/backup-generations.ts.
 */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;
const BACKUP_MAGIC = [0x42, 0x43, 0x50, 0x42, 0x41, 0x4b, 0x0d, 0x0a]; // "BCPBAK\r\n"
const backupBytes = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength >= 80 && bytes.byteLength <= MAX_BACKUP_BYTES, 'backup size out of range')
  .refine((bytes) => BACKUP_MAGIC.every((b, i) => bytes[i] === b), 'not a workbook backup');
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
/** An absolute folder path (Windows drive or UNC, or POSIX) as the folder dialog returned it. */
const backupFolder = z
  .string()
  .min(2)
  .max(500)
  .regex(/^(?:[A-Za-z]:[\\/]|\\\\|\/)[^\p{Cc}]*$/u, 'not an absolute folder path');
const suggestedBackupName = z
  .string()
  .min(8)
  .max(180)
  .regex(/^[^\\/:*?"<>|\p{Cc}]+\.bcpbak$/iu, 'invalid file name');

/** Failures of backup operations: the host's codes, plus a read-back mismatch and "not in this host" (web mode). */
export const backupErrorCodes = [...hostErrorCodes, 'verify-failed', 'unsupported'] as const;
export type BackupErrorCode = (typeof backupErrorCodes)[number];
const backupErrorCode = z.enum(backupErrorCodes);

const backupGeneration = z.object({ fileName: z.string(), bytes: z.number().int().min(0), modifiedAt: z.string(), intact: z.boolean() });

/**
 * Published copies (配布用コピー, .bcpcopy: a signed .bcpbak) for reader PCs, in folders chosen through the folder
 * dialog (chooseBackupFolder). The renderer signs and verifies; the host writes one file name per folder atomically
 * after reading it back, and hands a reader the bytes. See electron/services/published-copies.ts.
 */
export const MAX_PUBLISHED_COPY_BYTES = MAX_BACKUP_BYTES + 64 * 1024;
const PUBLISHED_COPY_MAGIC = [0x42, 0x43, 0x50, 0x43, 0x4f, 0x50, 0x59, 0x0a]; // "BCPCOPY\n"
const publishedCopyBytes = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength >= 92 && bytes.byteLength <= MAX_PUBLISHED_COPY_BYTES, 'copy size out of range')
  .refine((bytes) => PUBLISHED_COPY_MAGIC.every((b, i) => bytes[i] === b), 'not a published copy');
const publishedCopyOperations = {
  /** Write the copy into a chosen folder: temporary name, read back, then rename over the previous copy. */
  publishCopy: {
    channel: 'bcp:copy:publish',
    request: z.object({ folder: backupFolder, bytes: publishedCopyBytes, sha256: sha256Hex }).strict(),
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), fileName: z.string(), bytes: z.number().int().min(0), verifiedAt: z.string() }),
      z.object({ ok: z.literal(false), code: backupErrorCode }),
    ]),
  },
  /** The copy a chosen folder holds, as bytes for the renderer to verify; found: false when there is none yet. */
  readPublishedCopy: {
    channel: 'bcp:copy:read',
    request: z.object({ folder: backupFolder }).strict(),
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), found: z.literal(false) }),
      z.object({ ok: z.literal(true), found: z.literal(true), bytes: z.instanceof(Uint8Array), modifiedAt: z.string() }),
      z.object({ ok: z.literal(false), code: backupErrorCode }),
    ]),
  },
} as const;

export const contract = {
  /** Which host the renderer runs in, for the About box and for choosing what to offer after saving. */
  hostInfo: {
    channel: 'bcp:host:info',
    request: z.object({}).strict(),
    response: z.object({
      host: z.enum(['electron', 'test', 'web']),
      appVersion: z.string(),
      platform: z.string(),
    }),
  },
  /** Ask where to save a PDF (save dialog) and write it there. */
  savePdf: {
    channel: 'bcp:pdf:save',
    request: z.object({ suggestedName: suggestedPdfName, bytes: pdfBytes }).strict(),
    response: savedPdf,
  },
  /** Open a PDF saved in this session in the system's viewer. */
  openSavedFile: {
    channel: 'bcp:file:open',
    request: z.object({ fileId: savedFileId }).strict(),
    response: done,
  },
  /** Send a PDF saved in this session to the default printer. */
  printSavedFile: {
    channel: 'bcp:file:print',
    request: z.object({ fileId: savedFileId }).strict(),
    response: done,
  },
  /** Show a PDF saved in this session in its folder. */
  revealSavedFile: {
    channel: 'bcp:file:reveal',
    request: z.object({ fileId: savedFileId }).strict(),
    response: done,
  },
  /** Ask the user for a folder to receive automatic backups (folder dialog). */
  chooseBackupFolder: {
    channel: 'bcp:backup:choose-folder',
    request: z.object({}).strict(),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('chosen'), folder: z.string() }),
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('failed'), code: backupErrorCode }),
    ]),
  },
  /** Write one backup generation into a folder, verify it by reading it back, keep the newest `keep`. */
  writeBackupGeneration: {
    channel: 'bcp:backup:write',
    request: z.object({ folder: backupFolder, bytes: backupBytes, sha256: sha256Hex, keep: z.number().int().min(1).max(100) }).strict(),
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), fileName: z.string(), bytes: z.number().int().min(0), verifiedAt: z.string(), removed: z.number().int().min(0) }),
      z.object({ ok: z.literal(false), code: backupErrorCode }),
    ]),
  },
  /** The generations a folder holds, newest first, each checked against its own trailing checksum. */
  listBackupGenerations: {
    channel: 'bcp:backup:list',
    request: z.object({ folder: backupFolder }).strict(),
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), generations: z.array(backupGeneration) }),
      z.object({ ok: z.literal(false), code: backupErrorCode }),
    ]),
  },
  /** Ask where to save a manually exported backup (save dialog) and write it there. */
  saveBackupFile: {
    channel: 'bcp:backup:save',
    request: z.object({ suggestedName: suggestedBackupName, bytes: backupBytes }).strict(),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), fileName: z.string() }),
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('failed'), code: backupErrorCode }),
    ]),
  },
  ...publishedCopyOperations,
} as const;

export type Contract = typeof contract;
export type Operation = keyof Contract;
export type RequestOf<K extends Operation> = z.input<Contract[K]['request']>;
export type ResponseOf<K extends Operation> = z.output<Contract[K]['response']>;

/** What the renderer sees as `window.bcp`. */
export type BcpApi = { [K in Operation]: (request: RequestOf<K>) => Promise<ResponseOf<K>> };

/** What a host implements: one function per operation, called only with validated requests. */
export type Handlers = { [K in Operation]: (request: z.output<Contract[K]['request']>) => Promise<ResponseOf<K>> };

export const operations = Object.keys(contract) as Operation[];

/** The error a host returns for a refused payload; the renderer shows it as a generic failure, never the details. */
export class ContractViolation extends Error {
  constructor(
    readonly operation: string,
    readonly issues: string,
  ) {
    super(`invalid request for ${operation}: ${issues}`);
    this.name = 'ContractViolation';
  }
}

export function operationForChannel(channel: string): Operation | undefined {
  return operations.find((op) => contract[op].channel === channel);
}

/** Validate a payload for an operation; throws ContractViolation. */
export function parseRequest<K extends Operation>(operation: K, payload: unknown): z.output<Contract[K]['request']> {
  const result = contract[operation].request.safeParse(payload);
  if (!result.success) {
    throw new ContractViolation(operation, result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return result.data as z.output<Contract[K]['request']>;
}

/** Validate a payload and run the host's handler for it: the one dispatch used by IPC and by the test host. */
export async function dispatch(handlers: Handlers, operation: Operation, payload: unknown): Promise<unknown> {
  const request = parseRequest(operation, payload);
  return (handlers[operation] as (r: unknown) => Promise<unknown>)(request);
}

/** Build the renderer-facing API over a transport (ipcRenderer.invoke in the preload, a page binding in tests). */
export function buildApi(invoke: (channel: string, payload: unknown) => Promise<unknown>): BcpApi {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const op of operations) {
    api[op] = (request: unknown) => invoke(contract[op].channel, request);
  }
  return Object.freeze(api) as unknown as BcpApi;
}
