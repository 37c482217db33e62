import type { FormTemplate, FormTemplateFields } from '../domain/paper/form-template';
import { formTemplateSchema } from '../domain/paper/form-template';
import type { Draft } from '../domain/record';
import { reserveIds, resetNumbering, type ReservedBlock, type TemporaryIdNumbering } from '../domain/paper/temporary-patient-ids';
import type { BcpDatabase } from './database';
import { StorageError } from './errors';
import { Repository, writeTransaction, type WriteContext } from './repository';

/**
 * Writes of the paper area that need more than one plain save: the temporary-ID counter of pre-numbered forms
 * must never go backwards except by an explicit reset, and starter forms keep what links them to the shipped
 * version. Each function is one transaction with its audit rows.
 */

/** The range of a pre-numbered form is used up: nothing was reserved, nothing should be printed. */
export class TemporaryIdsExhaustedError extends Error {
  constructor(
    readonly formTitle: string,
    readonly remaining: number,
    readonly requested: number,
  ) {
    super(`temporary IDs exhausted for ${formTitle}: ${remaining} left, ${requested} requested`);
    this.name = 'TemporaryIdsExhaustedError';
  }
}

/**
 * A pre-numbered form was deleted (e.g. in another window) while its designer was open. Saving would create it
 * again with its counter at the start of the range, and print numbers already handed out.
 */
export class FormTemplateDeletedError extends Error {
  constructor(readonly formTitle: string) {
    super(`form ${formTitle} no longer exists`);
    this.name = 'FormTemplateDeletedError';
  }
}

/** writeTransaction reports every failure as a StorageError; these are the user's business, not storage's. */
function unwrapPaperError(error: unknown): never {
  if (error instanceof StorageError && (error.cause instanceof TemporaryIdsExhaustedError || error.cause instanceof FormTemplateDeletedError)) throw error.cause;
  throw error;
}

/**
 * Save a form from the designer. The designer never moves the counter: a form that has a range keeps its stored
 * numbering (changed only by resetTemporaryIds) and its starterId; a new form, or one that had no numbering yet,
 * may start with a fresh range.
 */
export async function saveFormTemplate(db: BcpDatabase, draft: Draft<FormTemplate>, context: WriteContext): Promise<FormTemplate> {
  const repository = new Repository(db, 'formTemplates');
  return writeTransaction(db, [db.formTemplates], async () => {
    const before = draft.id ? await db.formTemplates.get(draft.id) : undefined;
    if (draft.id && !before && draft.numbering) throw new FormTemplateDeletedError(draft.title);
    const numbering = before ? (before.numbering ?? (draft.numbering ? resetNumbering(draft.numbering) : undefined)) : draft.numbering;
    const fields: FormTemplateFields = formTemplateSchema.parse({ ...draft, numbering, starterId: before?.starterId ?? draft.starterId });
    return repository.save({ ...fields, ...(draft.id ? { id: draft.id } : {}) }, context);
  }).catch(unwrapPaperError);
}

/**
 * Reserve `count` temporary IDs for each request (a form may be asked for more than once, e.g. in several
 * departments' kits), all in one transaction, before anything is rendered: two prints can never share a number.
 * If any form has too few left, nothing is reserved. Blocks come back in request order (undefined for forms that
 * are not pre-numbered).
 */
export async function reserveTemporaryIds(
  db: BcpDatabase,
  requests: readonly { formId: string; count: number }[],
  context: WriteContext,
): Promise<(ReservedBlock | undefined)[]> {
  if (!requests.some((r) => r.count > 0)) return requests.map(() => undefined);
  const repository = new Repository(db, 'formTemplates');
  const work = writeTransaction(db, [db.formTemplates], async () => {
    const blocks: (ReservedBlock | undefined)[] = [];
    const updated = new Map<string, FormTemplate>();
    for (const request of requests) {
      const form = updated.get(request.formId) ?? (await db.formTemplates.get(request.formId));
      if (!form?.numbering || request.count <= 0) {
        blocks.push(undefined);
        continue;
      }
      const reservation = reserveIds(form.numbering, request.count);
      if (!reservation.ok) throw new TemporaryIdsExhaustedError(form.title, reservation.remaining, reservation.requested);
      blocks.push(reservation.block);
      updated.set(request.formId, { ...form, numbering: reservation.numbering });
    }
    await repository.saveMany([...updated.values()], context);
    return blocks;
  });
  return work.catch(unwrapPaperError);
}

/** Set a new range (or start the old one again). Explicit and audited: numbers may repeat after this. */
export async function resetTemporaryIds(
  db: BcpDatabase,
  formId: string,
  range: Pick<TemporaryIdNumbering, 'prefix' | 'digits' | 'rangeStart' | 'rangeEnd'>,
  context: WriteContext,
): Promise<FormTemplate> {
  const repository = new Repository(db, 'formTemplates');
  return writeTransaction(db, [db.formTemplates], async () => {
    const form = await db.formTemplates.get(formId);
    if (!form) throw new Error(`form ${formId} not found`);
    return repository.save({ ...form, numbering: resetNumbering(range) }, context);
  });
}

/** 「初期状態に戻す」: the shipped design again, keeping the id, the demo mark and the temporary-ID counter. */
export async function resetStarterForm(db: BcpDatabase, formId: string, shipped: FormTemplateFields, context: WriteContext): Promise<FormTemplate> {
  const repository = new Repository(db, 'formTemplates');
  return writeTransaction(db, [db.formTemplates], async () => {
    const form = await db.formTemplates.get(formId);
    if (!form) throw new Error(`form ${formId} not found`);
    const numbering = form.numbering ?? shipped.numbering;
    return repository.save({ ...shipped, numbering, starterId: form.starterId, id: form.id, ...(form.demo ? { demo: true } : {}) }, context);
  });
}
