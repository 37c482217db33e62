import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { answersOfYear, currentAnswer, progressOf, type AnswerValue, type Progress } from '../../domain/checklist/answer';
import { fiscalYearLabel } from '../../domain/checklist/fiscal-year';
import { sectionItems, type ChecklistItem } from '../../domain/checklist/item-set';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { PrintButton } from '../../workbook/print/PrintButton';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { AnswerDialog } from './AnswerDialog';
import { ItemRow } from './ItemRow';
import { SetFileLoader } from './SetFileLoader';
import { VENDOR_SET_ID } from './shipped-sets';
import { useAnswers, useChecklistSets, useCurrentFiscalYear, useEvidence, useStartMonth } from './useChecklistData';
import { useChecklistPrints } from './useChecklistPrints';

function ProgressLine({ progress, testId }: { progress: Progress; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className="muted small" data-testid={testId}>
      {t('checklist.progress', { ...progress })}
    </span>
  );
}

function RetiredAnswer({ value }: { value: AnswerValue | '' }) {
  const { t } = useTranslation();
  return value ? <span className="small">{t('punct.parens', { text: t(`checklist.answers.${value}`) })}</span> : null;
}

/** ガイドライン対応表: pick a set and a 年度, answer item by item with the workbook's evidence beside each. */
export function ChecklistHome() {
  const { t } = useTranslation();
  const { canEdit } = useWorkbook();
  const [params, setParams] = useSearchParams();
  const current = useCurrentFiscalYear();
  const startMonth = useStartMonth();
  const fiscalYear = Number(params.get('year')) || current;
  const sets = useChecklistSets();
  const answers = useAnswers();
  const evidence = useEvidence(fiscalYear);
  const prints = useChecklistPrints();
  const [answering, setAnswering] = useState<ChecklistItem | null>(null);
  if (!sets || !answers) return null;
  // The vendor sheet is answered by the vendors (事業者確認用 page), not here.
  const own = sets.filter((s) => s.setId !== VENDOR_SET_ID);
  const set = own.find((s) => s.setId === params.get('set')) ?? own[0];
  if (!set) return null;
  const byItem = answersOfYear(answers, set, fiscalYear);
  const choose = (key: 'set' | 'year', value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <section className="checklist-page" aria-labelledby="checklist-heading">
      <h1 id="checklist-heading">{t('checklist.heading')}</h1>
      <p className="muted">{t('checklist.lead')}</p>
      <ReadOnlyNotice />
      <div className="actions checklist-toolbar">
        <label htmlFor="checklist-year">{t('checklist.fiscalYear')}</label>
        <select id="checklist-year" value={fiscalYear} onChange={(e) => choose('year', e.target.value)}>
          {[current - 2, current - 1, current, current + 1].map((y) => (
            <option key={y} value={y}>
              {fiscalYearLabel(y, startMonth)}（{y}年度）
            </option>
          ))}
        </select>
        <PrintButton label={t('checklist.print.thisSet')} prepare={() => prints.sheet(set.setId, fiscalYear)} />
        <Link to="/checklist/vendors">{t('checklist.vendors.link')}</Link>
      </div>
      <nav aria-label={t('checklist.sets')} className="checklist-sets">
        <ul>
          {own.map((s) => (
            <li key={s.setId}>
              <button type="button" className={s.setId === set.setId ? 'button' : 'button secondary'} aria-pressed={s.setId === set.setId} onClick={() => choose('set', s.setId)}>
                {s.title}
              </button>{' '}
              <ProgressLine progress={progressOf(s.items, answersOfYear(answers, s, fiscalYear))} />
            </li>
          ))}
        </ul>
      </nav>
      <h2>
        {set.title} <span className="muted small">{t('checklist.version', { version: set.version })}</span>
      </h2>
      <p>
        <ProgressLine progress={progressOf(set.items, byItem)} testId="set-progress" />
      </p>
      {set.sections.map((section) => {
        const items = sectionItems(set, section.id);
        if (items.length === 0) return null;
        return (
          <section key={section.id} aria-labelledby={`section-${section.id}`} data-testid={`section-${section.id}`}>
            <h3 id={`section-${section.id}`}>
              {section.title} <ProgressLine progress={progressOf(items, byItem)} testId={`section-progress-${section.id}`} />
            </h3>
            <ul className="checklist-items">
              {items.map((item) => (
                <ItemRow
                  key={item.id}
                  item={item}
                  answer={byItem.get(item.id)}
                  findings={item.topics.flatMap((topic) => evidence?.get(topic) ?? [])}
                  canEdit={canEdit}
                  onAnswer={() => setAnswering(item)}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {set.retired.length > 0 && (
        <details className="card">
          <summary>{t('checklist.retiredHeading')}</summary>
          <ul>
            {set.retired.map((item) => (
              <li key={item.id} data-testid={`retired-${item.id}`}>
                {item.number} {item.text} <span className="muted small">{t('checklist.retiredIn', { version: item.retiredIn })}</span>{' '}
                <RetiredAnswer value={currentAnswer(byItem.get(item.id))} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {canEdit && <SetFileLoader />}
      {answering && <AnswerDialog set={set} item={answering} fiscalYear={fiscalYear} answer={byItem.get(answering.id)} onClose={() => setAnswering(null)} />}
    </section>
  );
}
