import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDemoWorkbook } from '../../db/demo';
import { defaultSettings } from '../../db/settings';
import { freshDatabase } from '../../db/testing';
import { demoWorkbookSchema } from '../../domain/demo';
import type { BinderLoadContext } from '../../workbook/feature-module';
import { contactsBinderSections } from './binder';

const demo = demoWorkbookSchema.parse(JSON.parse(readFileSync(new URL('../../../../resources/templates/demo-workbook.json', import.meta.url), 'utf8')));
const context = (department?: string): BinderLoadContext => ({
  header: { facilityName: 'さくら市立総合病院', version: 'test', printedAt: new Date(2026, 10, 21), demo: true },
  settings: defaultSettings,
  ja: ((key: string) => key) as unknown as BinderLoadContext['ja'],
  ...(department ? { department } : {}),
});

describe('contacts binder sections', () => {
  it('give a department its own staff and everyone its call trees name, and every call tree', async () => {
    const db = await freshDatabase();
    await loadDemoWorkbook(db, demo, { actor: 't' });
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
