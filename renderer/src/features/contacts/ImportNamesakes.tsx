import { useTranslation } from 'react-i18next';
import { choiceFor, type DuplicateChoice, type ImportCandidate } from '../../domain/contacts/contact-csv';
import type { ContactFields } from '../../domain/contacts/contact';

interface Props {
  rows: readonly ImportCandidate[];
  choices: ReadonlyMap<number, DuplicateChoice>;
  onChoice(row: number, choice: DuplicateChoice): void;
  listed: number;
}

const CHOICES = ['separate', 'merge', 'skip'] as const;

/** 同姓同名の可能性: both people shown side by side, and the user says whether they are one; nothing merges by itself. */
export function ImportNamesakes({ rows, choices, onChoice, listed }: Props) {
  const { t } = useTranslation();
  const detail = (fields: Pick<ContactFields, 'department' | 'phones'>) =>
    [fields.department, ...fields.phones.map((p) => p.number)].filter(Boolean).join('・') || t('contacts.csv.noDetail');
  const label = (choice: (typeof CHOICES)[number]) => t(choice === 'merge' ? 'contacts.csv.sameperson' : choice === 'skip' ? 'contacts.csv.skip' : 'contacts.csv.separate');
  return (
    <div className="card">
      <h2>{t('contacts.csv.namesakesHeading', { count: rows.length })}</h2>
      <p>{t('contacts.csv.namesakesLead')}</p>
      <ul className="contacts-duplicates" data-testid="import-namesakes">
        {rows.slice(0, listed).map((row) => {
          const other = row.namesake;
          if (!other) return null;
          const them = other.contact
            ? t('contacts.csv.namesakeOfContact', { name: other.person.name, detail: detail(other.person) })
            : t('contacts.csv.namesakeOfRow', { row: other.row, name: other.person.name, detail: detail(other.person) });
          return (
            <li key={row.rowNumber}>
              <strong>{t('contacts.csv.errorRow', { row: row.rowNumber })}</strong> {row.fields.name}
              {t('punct.parens', { text: detail(row.fields) })} ／ {them}
              {CHOICES.map((choice) => (
                <label key={choice} className="contacts-radio">
                  <input
                    type="radio"
                    name={`namesake-${row.rowNumber}`}
                    checked={choiceFor(row, choices) === choice}
                    onChange={() => onChoice(row.rowNumber, choice)}
                  />{' '}
                  {label(choice)}
                </label>
              ))}
            </li>
          );
        })}
      </ul>
      {rows.length > listed && <p>{t('contacts.csv.moreErrors', { count: rows.length - listed })}</p>}
    </div>
  );
}
