import { answerId, currentAnswer, followUpTitle, type ChecklistAnswer, type ChecklistAnswerFields } from '../domain/checklist/answer';
import { nextSetVersion, withItemWording, type ChecklistItem, type ChecklistSet, type ChecklistSetFields, type ItemSetFile } from '../domain/checklist/item-set';
import { vendorSheetId, type VendorSheet, type VendorSheetFields } from '../domain/checklist/vendor-sheet';
import { addFollowUpAction } from './actions-store';
import type { BcpDatabase } from './database';
import { Repository, writeTransaction, type WriteContext } from './repository';

/**
 * The guideline self-assessment's writes: an answer with the follow-up action its いいえ needs, a set's new version or
 * wording, a vendor's sheet. Each is one transaction with its audit rows.
 */

export interface AnswerItem {
  set: ChecklistSetFields;
  item: Pick<ChecklistItem, 'id' | 'number' | 'text'>;
  /** The item's wording, when the facility changed it with this answer (saved in the same transaction). */
  wording?: string;
}

/**
 * Save one answer. The first time it is いいえ, a follow-up action (対応事項) due on the 目標日 is created in the same
 * transaction and linked, so an いいえ is never left without one; later saves keep that action.
 */
export async function saveAnswer(db: BcpDatabase, fields: ChecklistAnswerFields, about: AnswerItem, context: WriteContext): Promise<ChecklistAnswer> {
  return writeTransaction(db, [db.checklistAnswers, db.actions, db.checklistSets], async () => {
    const wording = about.wording?.trim();
    if (wording && wording !== about.item.text) await saveItemWording(db, about.set, about.item.id, wording, context);
    // Sample answers have their own ids; any other answer's id is made from its set, item and 年度.
    const existing = await db.checklistAnswers.filter((a) => a.setId === fields.setId && a.itemId === fields.itemId && a.fiscalYear === fields.fiscalYear).first();
    const id = existing?.id ?? answerId(fields.setId, fields.itemId, fields.fiscalYear);
    let actionId = fields.actionId;
    if (actionId && !(await db.actions.get(actionId))) actionId = '';
    if (currentAnswer(fields) === 'no' && !actionId) {
      const action = await addFollowUpAction(
        db,
        {
          title: followUpTitle({ ...about.item, text: wording || about.item.text }),
          detail: `${about.set.title}\n${fields.note}`.trim(),
          ownerContactId: '',
          dueDate: fields.targetDate,
          status: 'open',
          statusReason: '',
          source: { area: 'checklist', table: 'checklistAnswers', recordId: id, label: `${about.item.number} ${about.item.text}`.slice(0, 200) },
          changes: [],
        },
        context,
      );
      actionId = action.id;
    }
    return new Repository(db, 'checklistAnswers').save({ ...fields, actionId, id }, context);
  });
}

/** The facility's stored copy of a set (the sample workbook's has its own id), if it has one. */
function storedSet(db: BcpDatabase, setId: string): Promise<ChecklistSet | undefined> {
  return db.checklistSets.filter((s) => s.setId === setId).first();
}

/** Load a set file: the new version replaces the items, answers stay by item id, dropped items are kept as retired. */
export async function loadSetVersion(db: BcpDatabase, file: ItemSetFile, shipped: ChecklistSetFields | undefined, context: WriteContext): Promise<ChecklistSet> {
  return writeTransaction(db, [db.checklistSets], async () => {
    const stored = await storedSet(db, file.setId);
    return new Repository(db, 'checklistSets').save({ ...nextSetVersion(stored ?? shipped, file), id: stored?.id ?? file.setId }, context);
  });
}

/** Change one item's wording: the set is stored from then on (the shipped file is never changed). */
export async function saveItemWording(db: BcpDatabase, set: ChecklistSetFields, itemId: string, wording: string, context: WriteContext): Promise<ChecklistSet> {
  return writeTransaction(db, [db.checklistSets], async () => {
    const stored = await storedSet(db, set.setId);
    return new Repository(db, 'checklistSets').save({ ...withItemWording(stored ?? set, itemId, wording), id: stored?.id ?? set.setId }, context);
  });
}

export async function saveVendorSheet(db: BcpDatabase, fields: VendorSheetFields, context: WriteContext): Promise<VendorSheet> {
  return writeTransaction(db, [db.vendorSheets], async () => {
    const existing = await db.vendorSheets.filter((s) => s.contactId === fields.contactId && s.setId === fields.setId && s.fiscalYear === fields.fiscalYear).first();
    return new Repository(db, 'vendorSheets').save({ ...fields, id: existing?.id ?? vendorSheetId(fields.contactId, fields.setId, fields.fiscalYear) }, context);
  });
}
