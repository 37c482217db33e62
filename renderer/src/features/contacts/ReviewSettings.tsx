import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingSchemas, writeSetting } from '../../db/settings';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useWorkbook } from '../workbook/WorkbookContext';
import { useStorageErrorMessage } from '../workbook/useStorageErrorMessage';

/** 設定: how many days after 最終確認日 a contact is flagged 「要確認」. */
export function ReviewSettings() {
  const { t } = useTranslation();
  const { db, settings, writer, canEdit } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const [value, setValue] = useState(String(settings.contactReviewDays));
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const invalid = !settingSchemas.contactReviewDays.safeParse(Number(value)).success || !/^\d+$/.test(value.trim());

  const save = async () => {
    if (invalid) return;
    try {
      await writeSetting(db, 'contactReviewDays', Number(value), writer);
      setStatus({ tone: 'ok', text: t('settings.saved') });
    } catch (error) {
      setStatus({ tone: 'error', text: storageMessage(error) });
    }
  };

  return (
    <form
      className="form card"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      aria-labelledby="contacts-review-heading"
    >
      <h2 id="contacts-review-heading">{t('contacts.review.settingsHeading')}</h2>
      <Field id="contacts-review-days" label={t('contacts.review.days')} hint={t('contacts.review.daysHint')} error={invalid ? t('contacts.review.invalidDays') : undefined}>
        <input
          id="contacts-review-days"
          type="number"
          min={7}
          max={3650}
          inputMode="numeric"
          disabled={!canEdit}
          aria-invalid={invalid ? true : undefined}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setStatus(null);
          }}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={!canEdit || invalid}>
          {t('contacts.review.apply')}
        </button>
      </div>
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
    </form>
  );
}
