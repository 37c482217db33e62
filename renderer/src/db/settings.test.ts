import { describe, expect, it } from 'vitest';
import { readSettings, writeSetting } from './settings';
import { freshDatabase } from './testing';

describe('settings', () => {
  it('defaults to Japanese and remembers a language change, audited', async () => {
    const db = await freshDatabase();
    expect((await readSettings(db)).uiLanguage).toBe('ja');
    await writeSetting(db, 'uiLanguage', 'en', { actor: '山田' });
    expect((await readSettings(db)).uiLanguage).toBe('en');
    expect(await db.auditLog.where('table').equals('settings').count()).toBe(1);
  });

  it('falls back to the default when a stored value is corrupt', async () => {
    const db = await freshDatabase();
    await db.settings.put({ key: 'uiLanguage', value: 'klingon' });
    expect((await readSettings(db)).uiLanguage).toBe('ja');
  });

  it('refuses an invalid value', async () => {
    const db = await freshDatabase();
    await expect(writeSetting(db, 'uiLanguage', 'fr' as 'ja', { actor: 'x' })).rejects.toThrow();
  });
});
