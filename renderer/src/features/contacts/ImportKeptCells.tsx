import { useTranslation } from 'react-i18next';
import { choiceFor, type DuplicateChoice, type ImportCandidate } from '../../domain/contacts/contact-csv';

interface Props {
  rows: readonly ImportCandidate[];
  choices: ReadonlyMap<number, DuplicateChoice>;
  onInclude(row: number, include: boolean): void;
  /** How many rows to draw: the screen stays usable with thousands; the count above says how many there are. */
  listed: number;
}

/** Every cell kept as written, with its row and column, and a tick per row: unticked rows are not imported. */
export function ImportKeptCells({ rows, choices, onInclude, listed }: Props) {
  const { t } = useTranslation();
  const cells = rows.reduce((n, r) => n + r.kept.length, 0);
  return (
    <div className="card">
      <h2>{t('contacts.csv.keptHeading', { count: cells })}</h2>
      <p>{t('contacts.csv.keptLead')}</p>
      <div className="table-wrap">
        <table className="list" data-testid="import-kept">
          <thead>
            <tr>
              <th scope="col">{t('contacts.csv.keptColumns.include')}</th>
              <th scope="col">{t('contacts.csv.keptColumns.row')}</th>
              <th scope="col">{t('contacts.form.name')}</th>
              <th scope="col">{t('contacts.csv.keptColumns.column')}</th>
              <th scope="col">{t('contacts.csv.keptColumns.cell')}</th>
              <th scope="col">{t('contacts.csv.keptColumns.how')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, listed).flatMap((row) =>
              row.kept.map((cell, i) => (
                <tr key={`${row.rowNumber}-${i}`} data-testid="import-kept-cell">
                  {i === 0 && (
                    <td rowSpan={row.kept.length}>
                      <input
                        type="checkbox"
                        aria-label={t('contacts.csv.includeRow', { row: row.rowNumber })}
                        checked={choiceFor(row, choices) !== 'skip'}
                        onChange={(e) => onInclude(row.rowNumber, e.target.checked)}
                      />
                    </td>
                  )}
                  {i === 0 && <td rowSpan={row.kept.length}>{t('contacts.csv.errorRow', { row: row.rowNumber })}</td>}
                  {i === 0 && <td rowSpan={row.kept.length}>{row.fields.name}</td>}
                  <td>{t(`contacts.csv.field.${cell.column}`)}</td>
                  <td>{cell.value}</td>
                  <td>{t(`contacts.csv.kept.${cell.kept}`)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      {rows.length > listed && <p>{t('contacts.csv.moreErrors', { count: rows.length - listed })}</p>}
    </div>
  );
}
