import { readSettings } from '../../db/settings';
import { contactsVerified } from '../../domain/contacts/report-figures';
import type { ManagementReportFigures } from '../../workbook/feature-module';

/** 経営層への報告: contacts verified within the review period, as of the 年度's end (or today, for the current one). */
export const contactsReportFigures: ManagementReportFigures = {
  key: 'contacts',
  async collect(db, { today, fiscalYear }) {
    const [contacts, settings] = await Promise.all([db.contacts.toArray(), readSettings(db)]);
    const asOf = today < fiscalYear.end ? today : fiscalYear.end;
    const { verified, total } = contactsVerified(contacts, asOf, settings.contactReviewDays);
    return [{ key: 'contactsVerified', labelKey: 'contacts.reportFigures.verified', value: verified, total, noteKey: 'contacts.reportFigures.verifiedNote', values: { days: settings.contactReviewDays } }];
  },
};
