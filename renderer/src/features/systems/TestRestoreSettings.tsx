import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingSchemas, writeSetting } from '../../db/settings';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useStorageErrorMessage } from '../workbook/useStorageErrorMessage';
import { useWorkbook } from '../workbook/WorkbookContext';

/** 設定: how long a successful test restore counts (settings.testRestoreDays). */
export function TestRestoreSettings() {
  const { t } = useTranslation();
  const { db, settings, writer, canEdit } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const [value, setValue] = useState(String(settings.testRestoreDays));
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const save = async () => {
    const parsed = settingSchemas.testRestoreDays.safeParse(Number(value));
    if (value.trim() === '' || !parsed.success) {
      setStatus({ tone: 'error', text: t('systems.settings.invalid') });
      return;
    }
    try {
      await writeSetting(db, 'testRestoreDays', parsed.data, writer);
      setStatus({ tone: 'ok', text: t('settings.saved') });
    } catch (error) {
      setStatus({ tone: 'error', text: storageMessage(error) });
    }
  };

  return (
    <form
      className="form card"
      noValidate
      aria-labelledby="settings-test-restore"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="settings-test-restore">{t('systems.settings.heading')}</h2>
      <Field id="test-restore-days" label={t('systems.settings.testRestoreDays')} hint={t('systems.settings.hint')} error={status?.tone === 'error' ? status.text : undefined}>
        <input
          id="test-restore-days"
          type="number"
          min={7}
          max={3650}
          step={1}
          value={value}
          disabled={!canEdit}
          aria-invalid={status?.tone === 'error' ? true : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
      </Field>
      {canEdit && (
        <div className="actions">
          <button type="submit" className="button">
            {t('settings.save')}
          </button>
        </div>
      )}
      {status?.tone === 'ok' && <Notice tone="ok">{status.text}</Notice>}
    </form>
  );
}
