import { describe, expect, it } from 'vitest';
import { translator } from './testing';

/** The compiler's half of this test is `npm run typecheck`: each @ts-expect-error must stay an error. */
describe('typed translation keys', () => {
  it('accepts the keys that exist, in the shared words and under an area prefix', async () => {
    const t = await translator('ja');
    expect(t('app.title')).toBe('BCP ワークブック');
    expect(t('contacts.heading')).toBe('緊急連絡先');
  });

  it('refuses a misspelt key, a key of an unknown area and a template over a plain string', async () => {
    const t = await translator('ja');
    // @ts-expect-error misspelt
    expect(t('contacts.headng')).toBe('contacts.headng');
    // @ts-expect-error no such area
    expect(t('nosuchArea.heading')).toBe('nosuchArea.heading');
    const code: string = 'unknown';
    // @ts-expect-error a key built from a plain string is not checked, so it does not compile
    expect(t(`workbookBackup.hostError.${code}`)).toBe(t('workbookBackup.hostError.unknown'));
  });
});
