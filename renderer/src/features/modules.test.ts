import { describe, expect, it } from 'vitest';
import { RECORD_TABLES } from '../db/schema';
import { resources } from '../i18n/index';
import { areas, CORE_AREAS, pathOf } from '../workbook/areas';
import { auditFieldLabels, builtAreas, featureModules, registry, settingLabels } from './modules';

function lookup(tree: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

function expectText(key: string) {
  expect(typeof lookup(resources.ja.translation, key), `ja ${key}`).toBe('string');
  expect(typeof lookup(resources.en.translation, key), `en ${key}`).toBe('string');
}

/** Tables with a domain type: exactly the keys of the assembled audit labels (checked at compile time by `satisfies`). */
const typedTables = Object.keys(auditFieldLabels);

describe('the feature-module registry', () => {
  it('has no route path twice', () => {
    const paths = featureModules.flatMap((m) => m.routes.map((r) => r.path));
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
  });

  it('puts every route under one of the areas its own module builds', () => {
    for (const module of featureModules) {
      const own = module.areas.map((a) => pathOf(a).slice(1));
      for (const route of module.routes) expect(own, route.path).toContain(route.path.split('/')[0]);
    }
  });

  it('makes every menu area core, built by exactly one module, or planned', () => {
    for (const area of areas) {
      const builders = featureModules.filter((m) => m.areas.includes(area.key)).length;
      if (CORE_AREAS.has(area.key)) expect(builders, area.key).toBe(0);
      else expect(builders, area.key).toBeLessThanOrEqual(1);
    }
    // Every area a module names is on the menu (the rest of the menu shows 準備中).
    for (const key of builtAreas) expect(areas.map((a) => a.key)).toContain(key);
  });

  it('gives every record table with a domain type audit labels, with Japanese and English behind each', () => {
    expect(typedTables.every((t) => (RECORD_TABLES as readonly string[]).includes(t))).toBe(true);
    for (const key of [...Object.values(auditFieldLabels).flatMap((fields) => Object.values(fields)), ...Object.values(settingLabels)]) expectText(key);
  });

  it('gives every record table with a domain type a binder decision, listed or excluded, once', () => {
    const listed = featureModules.flatMap((m) => (m.binderSections ?? []).map((s) => s.table));
    // The facility is the cover sheet itself.
    const excluded = ['facility', ...featureModules.flatMap((m) => m.binderExcluded ?? [])];
    for (const table of typedTables) expect([...listed, ...excluded].filter((t) => t === table), table).toHaveLength(1);
    for (const section of featureModules.flatMap((m) => m.binderSections ?? [])) {
      expectText(section.titleKey);
      expectText(section.chapterTitleKey);
    }
  });

  it('keeps the cover sheet of today: its six sections in binder order', () => {
    const tables = featureModules.flatMap((m) => (m.binderSections ?? []).map((s) => s.table));
    expect(tables.filter((t) => ['contacts', 'callTrees', 'procedures', 'formTemplates', 'systems', 'runbooks'].includes(t))).toEqual(['contacts', 'callTrees', 'procedures', 'formTemplates', 'systems', 'runbooks']);
  });

  it('keeps the emergency home of today: tiles 連絡先, 紙運用, 復旧手順 first, from the areas (印刷 is the shell’s)', () => {
    expect(featureModules.flatMap((m) => (m.homeTiles ?? []).map((t) => t.key)).slice(0, 3)).toEqual(['contacts', 'paper', 'runbooks']);
    for (const module of featureModules) for (const tile of module.homeTiles ?? []) expect(module.areas, tile.key).toContain(tile.area);
  });

  it('declares references between record tables, each with a way to clear when it clears and a sentence to confirm', () => {
    for (const reference of registry.references) {
      expect(RECORD_TABLES).toContain(reference.from);
      expect(RECORD_TABLES).toContain(reference.to);
      if (reference.onDelete === 'clear') expect(reference.clear, `${reference.from}.${reference.field}`).toBeTypeOf('function');
      expectText(reference.messageKey);
    }
    expectText('references.refused');
  });

  it('names each search group and searches record tables only', () => {
    for (const source of featureModules.flatMap((m) => m.search ?? [])) {
      expect(RECORD_TABLES).toContain(source.table);
      expectText(source.groupTitleKey);
    }
  });
});
