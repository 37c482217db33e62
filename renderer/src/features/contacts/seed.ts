import type { BcpDatabase } from '../../db/database';
import { Repository, type WriteContext } from '../../db/repository';
import type { ContactFields } from '../../domain/contacts/contact';

/**
 * Starter authority contacts for a new workbook (R14): who must be told during a cyber incident. They are records
 * of the hospital's Japanese binder, not UI text, so they are Japanese whatever the screen language. Numbers differ
 * by prefecture and change, so they start empty and 未確認; the list and the home screen keep asking until someone
 * fills them in and presses 「確認済みにする」.
 */
const NOTE = '初期登録：番号を調べて入力し、「確認済みにする」を押してください。';

const STARTERS: readonly Pick<ContactFields, 'kind' | 'name' | 'organisation' | 'role'>[] = [
  { kind: 'authority', name: '厚生労働省 医政局', organisation: '厚生労働省', role: '医療情報システムのサイバー攻撃の報告先' },
  { kind: 'authority', name: '都道府県警察 サイバー犯罪相談窓口', organisation: '都道府県警察', role: '被害の届出・相談' },
  { kind: 'authority', name: '都道府県 医療担当課', organisation: '都道府県', role: '医療提供体制への影響の報告' },
  { kind: 'authority', name: '保健所', organisation: '管轄の保健所', role: '診療制限時の連絡' },
  { kind: 'authority', name: '個人情報保護委員会', organisation: '個人情報保護委員会', role: '漏えい等の報告' },
  { kind: 'expert', name: '医療セプター／医療ISAC', organisation: '医療セプター（医療ISAC）', role: '情報共有・支援' },
  { kind: 'vendor', name: '電子カルテベンダー 24時間窓口', organisation: '電子カルテベンダー', role: '障害受付' },
];

export function starterContacts(): ContactFields[] {
  return STARTERS.map((s) => ({
    ...s,
    furigana: '',
    department: '',
    phones: [{ label: s.kind === 'vendor' ? 'hotline24h' : 'external', number: '' }],
    email: '',
    availability: '',
    contractNotes: '',
    systemsSupported: [],
    lastVerifiedAt: '',
    notes: NOTE,
  }));
}

export async function seedStarterContacts(db: BcpDatabase, context: WriteContext): Promise<void> {
  await new Repository(db, 'contacts').saveMany(starterContacts(), context);
}
