import { describe, expect, it } from 'vitest';
import { callTreeSchema, treesUsing, withoutContact } from './call-tree';

const tree = callTreeSchema.parse({
  name: '電子カルテ停止時',
  levels: [
    { contactId: 'director', fallbacks: [{ contactId: 'deputy' }, { contactId: 'manager' }], note: '院長へ報告' },
    { contactId: 'it', note: '情報システム室へ連絡し、ベンダーに連絡させる' },
    { contactId: 'vendor', fallbacks: [{ contactId: 'it-2' }] },
  ],
});

describe('deleting a contact from a call tree', () => {
  it('moves the first fallback up when the level has one', () => {
    expect(withoutContact(tree, 'director')?.levels[0]).toEqual({ contactId: 'deputy', fallbacks: [{ contactId: 'manager' }], note: '院長へ報告' });
  });

  it('keeps a level whose only person is deleted, with its note, so the gap is shown instead of the step vanishing', () => {
    const updated = withoutContact(tree, 'it');
    expect(updated?.levels).toHaveLength(3);
    expect(updated?.levels[1]).toEqual({ contactId: 'it', fallbacks: [], note: '情報システム室へ連絡し、ベンダーに連絡させる' });
    expect(callTreeSchema.safeParse(updated).success).toBe(true);
  });

  it('keeps a one-level tree valid when its only person is deleted', () => {
    const single = callTreeSchema.parse({ name: '停電時', levels: [{ contactId: 'only', note: '自家発電の確認' }] });
    const updated = withoutContact(single, 'only');
    expect(updated?.levels).toEqual([{ contactId: 'only', fallbacks: [], note: '自家発電の確認' }]);
    expect(callTreeSchema.safeParse(updated).success).toBe(true);
  });

  it('drops a deleted fallback and leaves trees that do not use the contact alone', () => {
    expect(withoutContact(tree, 'it-2')?.levels[2]).toEqual({ contactId: 'vendor', fallbacks: [], note: '' });
    expect(withoutContact(tree, 'nobody')).toBeNull();
  });

  it('names the trees that use a contact, as primary or as fallback', () => {
    const other = callTreeSchema.parse({ name: '停電時', levels: [{ contactId: 'vendor' }] });
    expect(treesUsing([tree, other], 'manager').map((t) => t.name)).toEqual(['電子カルテ停止時']);
    expect(treesUsing([tree, other], 'vendor').map((t) => t.name)).toEqual(['電子カルテ停止時', '停電時']);
  });
});

describe('call tree validation', () => {
  it('refuses no levels, an empty level and the same person twice', () => {
    const issues = (input: unknown) => (callTreeSchema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
    expect(issues({ name: 'x', levels: [] })).toEqual([['levels', 'contacts.callTrees.validation.noLevels']]);
    expect(issues({ name: 'x', levels: [{ contactId: '' }] })).toEqual([['levels.0.contactId', 'contacts.callTrees.validation.levelContact']]);
    expect(issues({ name: 'x', levels: [{ contactId: 'a' }, { contactId: 'b', fallbacks: [{ contactId: 'a' }] }] })).toEqual([
      ['levels.1.fallbacks.0.contactId', 'contacts.callTrees.validation.duplicateContact'],
    ]);
  });
});
