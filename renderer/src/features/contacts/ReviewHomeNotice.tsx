import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { needsReview } from '../../domain/contacts/contact-review';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useToday } from '../../workbook/useToday';

/** Home screen: how many contacts are unverified or past the review period, with a link to exactly those. */
export function ReviewHomeNotice() {
  const { t } = useTranslation();
  const { db, settings } = useWorkbook();
  const today = useToday();
  const count = useLiveQuery(
    () => db.contacts.filter((c) => needsReview(c, today, settings.contactReviewDays)).count(),
    [db, today, settings.contactReviewDays],
  );
  if (!count) return null;
  return (
    <div className="banner demo" role="status" data-testid="contacts-review-notice">
      <span>{t('contacts.review.homeNotice', { count, days: settings.contactReviewDays })}</span>
      <Link to="/contacts?review=1">{t('contacts.review.homeLink')}</Link>
    </div>
  );
}
