import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactsToCsvRows } from '../../domain/contacts/contact-csv';
import { serializeCsv } from '../../base/csv';
import { encodeCp932, encodeUtf8WithBom } from '../../base/csv-encoding';
import { fileDateStamp } from '../../domain/print-file-name';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';
import { useWorkbook } from '../../workbook/WorkbookContext';

type Outcome = { kind: 'idle' } | { kind: 'unmappable'; chars: string[] } | { kind: 'done'; name: string; count: number };

/** CSV export in UTF-8 with BOM or CP932; characters CP932 lacks are named, never silently dropped. */
export function ExportCsvDialog({ onClose, onExport }: { onClose(): void; onExport(bytes: Uint8Array<ArrayBuffer>, fileName: string): void }) {
  const { t } = useTranslation();
  const { db, facility } = useWorkbook();
  const [encoding, setEncoding] = useState<'utf-8' | 'cp932'>('utf-8');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const run = async (replace: boolean) => {
    const [contacts, systems] = await Promise.all([db.contacts.toArray(), db.systems.toArray()]);
    const text = serializeCsv(contactsToCsvRows(contacts, new Map(systems.map((s) => [s.id, s.name]))));
    let bytes: Uint8Array;
    if (encoding === 'utf-8') bytes = encodeUtf8WithBom(text);
    else {
      const encoded = encodeCp932(text, replace ? '?' : undefined);
      if (!encoded.ok) {
        setOutcome({ kind: 'unmappable', chars: encoded.unmappable });
        return;
      }
      bytes = encoded.bytes;
    }
    const name = `緊急連絡先_${(facility?.name ?? '').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40)}_${fileDateStamp(new Date())}${encoding === 'cp932' ? '_SJIS' : ''}.csv`;
    onExport(new Uint8Array(bytes), name);
    setOutcome({ kind: 'done', name, count: contacts.length });
  };

  return (
    <Dialog title={t('contacts.csv.exportHeading')} onClose={onClose}>
      <h2>{t('contacts.csv.exportHeading')}</h2>
      <p>{t('contacts.csv.exportLead')}</p>
      <fieldset className="contacts-fieldset">
        <legend>{t('contacts.csv.encoding')}</legend>
        {(['utf-8', 'cp932'] as const).map((value) => (
          <label key={value} className="contacts-radio">
            <input
              type="radio"
              name="csv-encoding"
              value={value}
              checked={encoding === value}
              onChange={() => {
                setEncoding(value);
                setOutcome({ kind: 'idle' });
              }}
            />{' '}
            {t(value === 'utf-8' ? 'contacts.csv.utf8' : 'contacts.csv.cp932')}
          </label>
        ))}
      </fieldset>
      {outcome.kind === 'unmappable' && (
        <Notice tone="error">
          {t('contacts.csv.unmappable', { chars: outcome.chars.join(' ') })}
          <button type="button" className="button secondary" onClick={() => void run(true)}>
            {t('contacts.csv.replaceAndExport')}
          </button>
        </Notice>
      )}
      {outcome.kind === 'done' && <Notice tone="ok">{t('contacts.csv.exported', { name: outcome.name, count: outcome.count })}</Notice>}
      <div className="actions">
        <button type="button" className="button" onClick={() => void run(false)}>
          {t('contacts.csv.export')}
        </button>
        <button type="button" className="button secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
