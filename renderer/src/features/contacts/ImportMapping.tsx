import { useTranslation } from 'react-i18next';
import { CSV_COLUMNS, type ColumnMapping, type CsvColumn, type CsvTable } from '../../domain/contacts/contact-csv';
import type { ContactKind } from '../../domain/contacts/contact';
import { ActionRow } from '../../ui/ActionRow';
import { Notice } from '../../ui/Notice';

interface Props {
  table: CsvTable;
  mapping: ColumnMapping;
  defaultKind: ContactKind;
  kinds: readonly ContactKind[];
  onChange(mapping: ColumnMapping, defaultKind: ContactKind): void;
  onCheck(): void;
  onBack(): void;
}

const PREVIEW_ROWS = 5;

/** Which field each column fills, with the first rows shown so the user can see what the columns hold. */
export function ImportMapping({ table, mapping, defaultKind, kinds, onChange, onCheck, onBack }: Props) {
  const { t } = useTranslation();
  const fieldName = (column: CsvColumn) => t(`contacts.csv.field.${column}`);
  // Several columns may add numbers of the same kind; any other field must come from one column.
  const repeated = CSV_COLUMNS.map((c) => c.column).filter((c) => !c.startsWith('phone_') && mapping.filter((m) => m === c).length > 1);
  const problems = [...(mapping.includes('name') ? [] : [t('contacts.csv.needName')]), ...repeated.map((c) => t('contacts.csv.duplicateField', { field: fieldName(c) }))];
  const preview = table.rows.slice(0, PREVIEW_ROWS);
  return (
    <div className="card">
      <h2>{t('contacts.csv.mappingHeading')}</h2>
      <p className="muted">{t('contacts.csv.mappingLead')}</p>
      <div className="table-wrap">
        <table className="list contacts-mapping">
          <caption>{t('contacts.csv.preview', { count: preview.length })}</caption>
          <thead>
            <tr>
              {table.headers.map((header, i) => (
                <th key={i} scope="col">
                  <div>{header || `#${i + 1}`}</div>
                  <select
                    aria-label={t('contacts.csv.fieldHeading') + t('punct.colon') + (header || `#${i + 1}`)}
                    value={mapping[i] ?? ''}
                    onChange={(e) => {
                      const next = [...mapping];
                      next[i] = (e.target.value || null) as CsvColumn | null;
                      onChange(next, defaultKind);
                    }}
                  >
                    <option value="">{t('contacts.csv.ignore')}</option>
                    {CSV_COLUMNS.map((c) => (
                      <option key={c.column} value={c.column}>
                        {fieldName(c.column)}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.map((row, r) => (
              <tr key={r}>
                {table.headers.map((_, i) => (
                  <td key={i}>{row[i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!mapping.includes('kind') && (
        <label>
          {t('contacts.csv.defaultKind')}{' '}
          <select value={defaultKind} onChange={(e) => onChange(mapping, e.target.value as ContactKind)}>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`contactKind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {problems.length > 0 && <Notice tone="error">{problems.join(' ')}</Notice>}
      <ActionRow onCancel={onBack} cancelLabel={t('contacts.csv.back')}>
        <button type="button" className="button" disabled={problems.length > 0} onClick={onCheck}>
          {t('contacts.csv.check')}
        </button>
      </ActionRow>
    </div>
  );
}
