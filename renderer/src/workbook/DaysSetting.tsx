import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingSchemas, writeSetting, type DaysSettingKey } from '../db/settings';
import type { TranslationKey } from '../i18n/typed-keys';
import { Field, fieldAria } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { useStorageErrorMessage } from './useStorageErrorMessage';
import { useWorkbook } from './WorkbookContext';

interface Props {
  setting: DaysSettingKey;
  /** Prefix of the element ids: `${id}-heading`, `${id}-days`. */
  id: string;
  /** i18n keys of the section's own wording. */
  text: { heading: TranslationKey; label: TranslationKey; hint: TranslationKey; submit: TranslationKey };
}

/**
 * A 設定 section holding one "number of days" setting. The range comes from the setting's schema, a wrong value is
 * shown as it is typed and is never saved; read-only workbooks show the value without letting it change.
 */
export function DaysSetting({ setting, id, text }: Props) {
  const { t } = useTranslation();
  const { db, settings, writer, canEdit } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const schema = settingSchemas[setting];
  const [value, setValue] = useState(String(settings[setting]));
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const parsed = /^\d+$/.test(value.trim()) ? schema.safeParse(Number(value)) : undefined;
  const error = parsed?.success ? undefined : t('settings.daysInvalid', { min: schema.minValue, max: schema.maxValue });
  const inputId = `${id}-days`;
  const hint = t(text.hint);

  const save = async () => {
    if (!parsed?.success) return;
    try {
      await writeSetting(db, setting, parsed.data, writer);
      setStatus({ tone: 'ok', text: t('settings.saved') });
    } catch (failure) {
      setStatus({ tone: 'error', text: storageMessage(failure) });
    }
  };

  return (
    <form
      className="form card"
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id={`${id}-heading`}>{t(text.heading)}</h2>
      <Field id={inputId} label={t(text.label)} hint={hint} error={error}>
        <input
          {...fieldAria(inputId, { hint, error })}
          type="number"
          min={schema.minValue ?? undefined}
          max={schema.maxValue ?? undefined}
          step={1}
          inputMode="numeric"
          disabled={!canEdit}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setStatus(null);
          }}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={!canEdit}>
          {t(text.submit)}
        </button>
      </div>
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
    </form>
  );
}
