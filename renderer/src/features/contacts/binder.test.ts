import { describe, expect, it } from 'vitest';
import { binderLoadContext as context, sampleWorkbook as demo, sampleWorkbookDatabase } from '../../workbook/testing/binder';
import { contactsBinderSections } from './binder';

describe('contacts binder sections', () => {
  it('give a department its own staff and everyone its call trees name, and every call tree', async () => {
    const db = await sampleWorkbookDatabase();
    const [contacts, trees] = contactsBinderSections;
    const all = await contacts!.load(db, context());
    const pharmacy = await contacts!.load(db, context('薬剤部'));
    expect(all).toHaveLength(1);
    expect(pharmacy).toHaveLength(1);
    const text = (docs: readonly { content: unknown }[]) => JSON.stringify(docs.map((d) => d.content));
    const named = new Set(demo.callTrees.flatMap((t) => t.levels.flatMap((l) => [l.contactId, ...l.fallbacks.map((f) => f.contactId)])));
    for (const c of demo.contacts) {
      const expected = c.department === '薬剤部' || named.has(c.id);
      expect(text(pharmacy).includes(c.name), c.name).toBe(expected);
    }
    expect(await trees!.load(db, context('薬剤部'))).toHaveLength(1);
  });
});
