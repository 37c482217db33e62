import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaTexts, resources } from './index';

const SHARED_FILES = new Set(['index.ts', 'testing.ts', 'ja.ts', 'en.ts', 'area-text.ts', 'areas.ts', 'typed-keys.ts']);

/** Every key path of a resource tree, e.g. `heading` or `form.name`. */
function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keyPaths(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('area texts', () => {
  it('merges every i18n/<area>.ts under its own prefix (each listed once in i18n/areas.ts)', () => {
    const areaFiles = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !SHARED_FILES.has(f));
    expect(areaTexts.length, `every one of ${areaFiles.join(', ')} needs its line in i18n/areas.ts`).toBe(areaFiles.length);
    for (const area of areaTexts) {
      expect(resources.ja.translation[area.prefix]).toBe(area.ja);
      expect(resources.en.translation[area.prefix]).toBe(area.en);
    }
  });

  it('gives English every key Japanese has, in every area (plural forms aside)', () => {
    for (const area of areaTexts) {
      const en = new Set(keyPaths(area.en).filter((k) => !k.endsWith('_one')));
      expect(keyPaths(area.ja).filter((k) => !en.has(k)), area.prefix).toEqual([]);
    }
  });
});
