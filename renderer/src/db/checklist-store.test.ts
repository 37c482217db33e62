import { describe, expect, it } from 'vitest';
import { checklistAnswerSchema } from '../domain/checklist/answer';
import { nextSetVersion, type ItemSetFile } from '../domain/checklist/item-set';
import { actionsFrom } from './actions-store';
import { loadSetVersion, saveAnswer } from './checklist-store';
import { ReadOnlyError, setReadOnly } from './read-only';
import { freshDatabase } from './testing';

const writer = { actor: '山田 花子' };
const item = (id: string) => ({ id, number: id, section: 's1', text: `項目 ${id}`, source: '', target: '', deadline: '', unverified: false, topics: [], places: [], edited: false });
const file = (ids: string[], version: string): ItemSetFile => ({ format: 'bcp-workbook-checklist-set', setId: 'r7', version, title: 'チェックリスト', layout: 'grid', source: '', sections: [{ id: 's1', title: '1' }], items: ids.map(item) });
const set = nextSetVersion(undefined, file(['a', 'b'], '2025'));
const no = checklistAnswerSchema.parse({ setId: 'r7', itemId: 'a', fiscalYear: 2026, first: { answer: 'no', checkedOn: '2026-06-01' }, targetDate: '2027-03-31' });

describe('answers', () => {
  it('an いいえ creates its follow-up action in the same save, once', async () => {
    const db = await freshDatabase();
    const saved = await saveAnswer(db, no, { set, item: item('a') }, writer);
    const actions = await actionsFrom(db, 'checklistAnswers', saved.id);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ title: 'ガイドライン対応表 a：項目 a', dueDate: '2027-03-31', status: 'open', source: { area: 'checklist', table: 'checklistAnswers', recordId: saved.id } });
    expect(saved.actionId).toBe(actions[0]?.id);
    await saveAnswer(db, { ...saved, note: '予算申請中' }, { set, item: item('a') }, writer);
    expect(await db.actions.count()).toBe(1);
    expect(await db.checklistAnswers.count()).toBe(1);
  });

  it('a はい creates no action; the wording changed with an answer is saved with it', async () => {
    const db = await freshDatabase();
    await saveAnswer(db, { ...no, first: { answer: 'yes', checkedOn: '2026-06-01' }, targetDate: '' }, { set, item: item('a'), wording: '当院の文言' }, writer);
    expect(await db.actions.count()).toBe(0);
    expect((await db.checklistSets.toArray())[0]?.items[0]).toMatchObject({ text: '当院の文言', edited: true });
  });

  it('a read-only workbook refuses, and nothing is written', async () => {
    const db = await freshDatabase();
    setReadOnly(db, 'locked');
    await expect(saveAnswer(db, no, { set, item: item('a') }, writer)).rejects.toBeInstanceOf(ReadOnlyError);
    expect(await db.actions.count()).toBe(0);
    expect(await db.checklistAnswers.count()).toBe(0);
  });
});

describe('loading a new version', () => {
  it('answers stay by item id; the dropped item is kept as retired with its answer', async () => {
    const db = await freshDatabase();
    const b = await saveAnswer(db, { ...no, itemId: 'b', first: { answer: 'yes', checkedOn: '2026-06-01' }, targetDate: '' }, { set, item: item('b') }, writer);
    const stored = await loadSetVersion(db, file(['a', 'c'], '2026'), set, writer);
    expect(stored.items.map((i) => i.id)).toEqual(['a', 'c']);
    expect(stored.retired.map((i) => [i.id, i.retiredIn])).toEqual([['b', '2026']]);
    expect(await db.checklistAnswers.get(b.id)).toBeDefined();
  });
});
