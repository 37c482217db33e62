import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { choiceFor, importOutcome, needsChoice, type DuplicateChoice, type ImportCandidate, type ImportPlan, type RowProblem } from '../../domain/contacts/contact-csv';
import { ActionRow } from '../../ui/ActionRow';
import { Notice } from '../../ui/Notice';
import { ImportKeptCells } from './ImportKeptCells';
import { ImportNamesakes } from './ImportNamesakes';

interface Props {
  plan: ImportPlan;
  choices: Map<number, DuplicateChoice>;
  onChoices(choices: Map<number, DuplicateChoice>): void;
  onConfirm(): void;
  onBack(): void;
}

/** Errors are listed but the screen stays usable with thousands of them; the first rows are enough to fix a file. */
const LISTED = 200;

/**
 * Rows not imported (no name), cells kept as written, namesakes and duplicates with a choice each (saying whether they
 * replace or merge), the four counts, and the one button that writes.
 */
export function ImportReview({ plan, choices, onChoices, onConfirm, onBack }: Props) {
  const { t } = useTranslation();
  const duplicates = plan.candidates.filter(needsChoice);
  const kept = useMemo(() => plan.candidates.filter((c) => c.kept.length > 0), [plan]);
  const namesakes = useMemo(() => plan.candidates.filter((c) => c.namesake !== undefined), [plan]);
  const { added, updated, flagged, notImported, drafts } = useMemo(() => importOutcome(plan, choices), [plan, choices]);
  const choose = (row: number, choice: DuplicateChoice | undefined) => {
    const next = new Map(choices);
    if (choice) next.set(row, choice);
    else next.delete(row);
    onChoices(next);
  };
  const count = drafts.length;
  const matchText = (d: ImportCandidate) =>
    d.duplicateOf
      ? `${t('contacts.csv.duplicateOf', { name: d.duplicateOf.name })}${t('punct.list')}${t(d.match === 'id' ? 'contacts.csv.matchById' : 'contacts.csv.matchByName')}`
      : t('contacts.csv.sameAsRow', { row: d.sameAsRow });
  const problemText = (p: RowProblem) =>
    [p.column ? t(`contacts.csv.field.${p.column}`) : '', t(p.message, { defaultValue: t('validation.invalid') }), p.value ? `「${p.value}」` : ''].filter(Boolean).join(t('punct.colon'));
  const setAll = (choice: DuplicateChoice) => onChoices(new Map([...choices, ...duplicates.map((d) => [d.rowNumber, choice] as const)]));

  return (
    <>
      {plan.errors.length > 0 && (
        <div className="card contacts-import-errors">
          <h2>{t('contacts.csv.errorsHeading', { count: plan.errors.length })}</h2>
          <ul data-testid="import-errors">
            {plan.errors.slice(0, LISTED).map((e) => (
              <li key={e.rowNumber}>
                <strong>{t('contacts.csv.errorRow', { row: e.rowNumber })}</strong>
                {t('punct.colon')}
                {e.problems.map(problemText).join('／')}
              </li>
            ))}
          </ul>
          {plan.errors.length > LISTED && <p>{t('contacts.csv.moreErrors', { count: plan.errors.length - LISTED })}</p>}
        </div>
      )}
      {kept.length > 0 && <ImportKeptCells rows={kept} choices={choices} listed={LISTED} onInclude={(row, include) => choose(row, include ? undefined : 'skip')} />}
      {namesakes.length > 0 && <ImportNamesakes rows={namesakes} choices={choices} listed={LISTED} onChoice={choose} />}
      {duplicates.length > 0 && (
        <div className="card">
          <h2>{t('contacts.csv.duplicatesHeading', { count: duplicates.length })}</h2>
          <p>{t('contacts.csv.duplicatesLead')}</p>
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => setAll('merge')}>
              {t('contacts.csv.mergeAll')}
            </button>
            <button type="button" className="button secondary" onClick={() => setAll('skip')}>
              {t('contacts.csv.skipAll')}
            </button>
          </div>
          <ul className="contacts-duplicates">
            {duplicates.slice(0, LISTED).map((d) => (
              <li key={d.rowNumber}>
                <strong>{t('contacts.csv.errorRow', { row: d.rowNumber })}</strong> {d.fields.name}
                <span data-testid="import-match">{t('punct.parens', { text: matchText(d) })}</span>
                {(['merge', 'skip'] as const).map((choice) => (
                  <label key={choice} className="contacts-radio">
                    <input
                      type="radio"
                      name={`duplicate-${d.rowNumber}`}
                      checked={choiceFor(d, choices) === choice}
                      onChange={() => onChoices(new Map(choices).set(d.rowNumber, choice))}
                    />{' '}
                    {t(`contacts.csv.${choice}`)}
                  </label>
                ))}
              </li>
            ))}
          </ul>
          {duplicates.length > LISTED && <p>{t('contacts.csv.moreErrors', { count: duplicates.length - LISTED })}</p>}
        </div>
      )}
      <div className="card">
        <p data-testid="import-summary">{t('contacts.csv.summary', { added, updated, flagged, notImported })}</p>
        {count === 0 && <Notice tone="error">{t('contacts.csv.nothingToImport')}</Notice>}
        <ActionRow onCancel={onBack} cancelLabel={t('contacts.csv.back')}>
          <button type="button" className="button" disabled={count === 0} onClick={onConfirm}>
            {notImported > 0 ? t('contacts.csv.confirmWithErrors', { count }) : t('contacts.csv.confirm', { count })}
          </button>
        </ActionRow>
      </div>
    </>
  );
}
