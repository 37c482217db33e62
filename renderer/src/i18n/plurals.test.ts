import { describe, expect, it } from 'vitest';
import { resources } from './index';
import { translator } from './testing';

describe('counted text', () => {
  it('is singular in English for one, plural otherwise', async () => {
    const t = await translator('en');
    expect(t('home.countContacts', { count: 1 })).toBe('1 contact');
    expect(t('home.countContacts', { count: 2 })).toBe('2 contacts');
    expect(t('home.countContacts', { count: 0 })).toBe('0 contacts');
    expect(t('contacts.csv.done', { count: 1 })).toBe('Imported 1 contact.');
    expect(t('systems.run.finishOpenConfirm', { count: 1 })).toBe('1 step is still open. Finish anyway?');
  });

  it('needs no plural forms in Japanese', async () => {
    const t = await translator('ja');
    expect(t('home.countContacts', { count: 1 })).toBe(t('home.countContacts', { count: 2 }).replace('2', '1'));
  });

  it('has an English plural form only beside a key that exists in Japanese', () => {
    const keys = (node: object, prefix = ''): string[] =>
      Object.entries(node).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
    const ja = new Set(keys(resources.ja.translation));
    const singular = keys(resources.en.translation).filter((k) => k.endsWith('_one'));
    expect(singular.length).toBeGreaterThan(10);
    for (const key of singular) expect(ja, key).toContain(key.replace(/_one$/, ''));
  });
});
