import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Contact } from '../../domain/contacts/contact';
import { fiscalYearLabel, warekiOf } from '../../domain/checklist/fiscal-year';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { PrintButton } from '../../workbook/print/PrintButton';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { VENDOR_SET_ID } from './shipped-sets';
import { useChecklistSets, useCurrentFiscalYear, useStartMonth, useVendorSheets } from './useChecklistData';
import { useChecklistPrints } from './useChecklistPrints';
import { VendorAnswerDialog } from './VendorAnswerDialog';

/** 事業者確認用: one sheet per vendor contact for the 年度, printed to send and recorded when it comes back. */
export function VendorSheetsPage() {
  const { t } = useTranslation();
  const { db, canEdit } = useWorkbook();
  const fiscalYear = useCurrentFiscalYear();
  const startMonth = useStartMonth();
  const sets = useChecklistSets();
  const sheets = useVendorSheets();
  const vendors = useLiveQuery(async () => (await db.contacts.toArray()).filter((c) => c.kind === 'vendor').sort((a, b) => a.organisation.localeCompare(b.organisation, 'ja')), [db]);
  const prints = useChecklistPrints();
  const [recording, setRecording] = useState<Contact | null>(null);
  const set = sets?.find((s) => s.setId === VENDOR_SET_ID);
  if (!set || !sheets || !vendors) return null;
  const sheetOf = (contactId: string) => sheets.find((s) => s.contactId === contactId && s.setId === VENDOR_SET_ID && s.fiscalYear === fiscalYear);

  return (
    <section className="checklist-page" aria-labelledby="vendor-sheets-heading">
      <p>
        <Link to="/checklist">{t('checklist.heading')}</Link>
      </p>
      <h1 id="vendor-sheets-heading">
        {t('checklist.vendors.heading')} <span className="muted small">{fiscalYearLabel(fiscalYear, startMonth)}</span>
      </h1>
      <p className="muted">{t('checklist.vendors.lead')}</p>
      <ReadOnlyNotice />
      {vendors.length === 0 && <p>{t('checklist.vendors.none')}</p>}
      <ul className="checklist-items">
        {vendors.map((vendor) => {
          const sheet = sheetOf(vendor.id);
          const name = [vendor.organisation, vendor.name].filter(Boolean).join(' ');
          return (
            <li key={vendor.id} className="card" data-testid={`vendor-${vendor.id}`}>
              <strong>
                <Link to={`/contacts/${vendor.id}`}>{name}</Link>
              </strong>{' '}
              <span className="muted small">
                {sheet?.sentOn ? t('checklist.vendors.sent', { date: warekiOf(sheet.sentOn) }) : ''}{' '}
                {sheet?.receivedOn ? t('checklist.vendors.returned', { date: warekiOf(sheet.receivedOn) }) : t('checklist.vendors.notReturned')}
              </span>
              <div className="actions">
                <PrintButton label={t('checklist.vendors.print')} ariaLabel={t('checklist.vendors.printLabel', { name })} prepare={() => prints.vendorSheet(vendor.id, fiscalYear)} />
                {canEdit && (
                  <button type="button" className="button secondary" aria-label={t('checklist.vendors.recordLabel', { name })} onClick={() => setRecording(vendor)}>
                    {t('checklist.vendors.record')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {recording && <VendorAnswerDialog vendor={recording} set={set} fiscalYear={fiscalYear} sheet={sheetOf(recording.id)} onClose={() => setRecording(null)} />}
    </section>
  );
}
