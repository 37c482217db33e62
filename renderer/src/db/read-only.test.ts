import { describe, expect, it } from 'vitest';
import { ReadOnlyError, setReadOnly } from './read-only';
import { Repository } from './repository';
import { readSettings, writeSetting } from './settings';
import { freshDatabase } from './testing';

const writer = { actor: '山田' };

describe('read-only workbook (defence in depth behind canEdit)', () => {
  it('refuses record writes and workbook settings, allows this PC’s own settings', async () => {
    const db = await freshDatabase();
    await new Repository(db, 'contacts').save({ id: 'c0', name: '連絡先0' } as never, writer);
    setReadOnly(db, 'locked');
    await expect(new Repository(db, 'contacts').save({ name: 'x' } as never, writer)).rejects.toBeInstanceOf(ReadOnlyError);
    await expect(writeSetting(db, 'contactReviewDays', 30, writer)).rejects.toBeInstanceOf(ReadOnlyError);
    await writeSetting(db, 'currentUser', '佐藤', writer);
    expect((await readSettings(db)).currentUser).toBe('佐藤');
    expect(await db.contacts.count()).toBe(1);
    setReadOnly(db, null);
    await new Repository(db, 'contacts').save({ name: 'y' } as never, writer);
    expect(await db.contacts.count()).toBe(2);
  });
});
