import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadSetVersion } from '../../db/checklist-store';
import { parseItemSetFile } from '../../domain/checklist/item-set';
import { Notice } from '../../ui/Notice';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { shippedSets } from './shipped-sets';

/** Load next year's item set from a file; a malformed file is refused with its first problem and nothing changes. */
export function SetFileLoader() {
  const { t } = useTranslation();
  const { db, writer } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);

  async function load(file: File) {
    setOutcome(null);
    const parsed = parseItemSetFile(await file.text());
    if (!parsed.ok) {
      setOutcome({ tone: 'error', text: parsed.message });
      return;
    }
    try {
      await loadSetVersion(db, parsed.set, shippedSets().find((s) => s.setId === parsed.set.setId), writer);
      setOutcome({ tone: 'ok', text: t('checklist.file.loaded', { title: parsed.set.title, version: parsed.set.version, count: parsed.set.items.length }) });
    } catch (error) {
      setOutcome({ tone: 'error', text: storageMessage(error) });
    }
  }

  return (
    <details className="card">
      <summary>{t('checklist.file.heading')}</summary>
      <p className="muted">{t('checklist.file.lead')}</p>
      <label htmlFor="checklist-set-file">{t('checklist.file.choose')}</label>{' '}
      <input
        id="checklist-set-file"
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void load(file);
        }}
      />
      {outcome && (
        <div data-testid="set-file-outcome">
          <Notice tone={outcome.tone}>{outcome.text}</Notice>
        </div>
      )}
    </details>
  );
}
