import { readSettings } from '../../db/settings';
import { callTreesEvidence, contactsEvidence } from '../../domain/contacts/guideline-evidence';
import type { GuidelineEvidenceRule } from '../../workbook/feature-module';

/** Call trees and outside contacts as evidence for the guideline self-assessment. */
export const contactsGuidelineEvidence: readonly GuidelineEvidenceRule[] = [
  {
    topic: 'callTrees',
    key: 'contacts-call-trees',
    evaluate: async (db, context) => callTreesEvidence(await db.callTrees.toArray(), await db.contacts.toArray(), context.today, (await readSettings(db)).contactReviewDays),
  },
  { topic: 'contacts', key: 'contacts-outside', evaluate: async (db) => contactsEvidence(await db.contacts.toArray()) },
];
