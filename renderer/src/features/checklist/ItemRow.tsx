import { dataKey } from '../../i18n/typed-keys';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentAnswer, type ChecklistAnswer } from '../../domain/checklist/answer';
import { warekiOf } from '../../domain/checklist/fiscal-year';
import type { ChecklistItem } from '../../domain/checklist/item-set';
import { pathOf, type AreaKey } from '../../workbook/areas';
import type { EvidenceFinding } from '../../workbook/feature-module';
import { linkHref } from './evidence-links';

interface Props {
  item: ChecklistItem;
  answer: ChecklistAnswer | undefined;
  findings: readonly EvidenceFinding[];
  canEdit: boolean;
  onAnswer(): void;
}

/** One item: its wording and flags, the answer of the 年度, and what the workbook's records say beside it. */
export function ItemRow({ item, answer, findings, canEdit, onAnswer }: Props) {
  const { t } = useTranslation();
  const value = currentAnswer(answer);
  const rounds = answer ? (['first', 'second'] as const).filter((r) => answer[r].answer) : [];
  return (
    <li className="card checklist-item" data-testid={`item-${item.id}`}>
      <div className="checklist-item-head">
        <strong className="checklist-number">{item.number}</strong>
        <span>{item.text}</span>
        {item.unverified && <span className="badge unverified">{t('checklist.unverified')}</span>}
        {item.edited && <span className="badge">{t('checklist.edited')}</span>}
        {item.deadline && <span className="badge">{t('checklist.deadline', { deadline: item.deadline })}</span>}
        {item.target && <span className="muted">{t('checklist.target', { target: item.target })}</span>}
      </div>
      {item.source && <div className="muted small">{t('checklist.source', { source: item.source })}</div>}
      <div className="checklist-answer" data-testid="answer-summary">
        {value === '' ? (
          <span className="muted">{t('checklist.notAnswered')}</span>
        ) : (
          <>
            {rounds.map((r) => (
              <span key={r} className={answer?.[r].answer === 'no' ? 'checklist-no' : undefined}>
                {t(`checklist.${r}`)}
                {t('punct.colon')}
                {t(`checklist.answers.${answer![r].answer as 'yes'}`)}
                {t('punct.parens', { text: warekiOf(answer![r].checkedOn) })}{' '}
              </span>
            ))}
            {value === 'no' && answer?.targetDate && (
              <span>
                {t('checklist.targetDate')}
                {t('punct.colon')}
                {warekiOf(answer.targetDate)}{' '}
              </span>
            )}
            {answer?.actionId && (
              <Link to={pathOf('actions')} className="small">
                {t('checklist.actionLink')}
              </Link>
            )}
          </>
        )}
        {answer?.note && <div className="small">{answer.note}</div>}
        {answer && answer.evidence.length > 0 && (
          <ul className="checklist-links" aria-label={t('checklist.evidenceLinks')}>
            {answer.evidence.map((l) => (
              <li key={`${l.table}-${l.recordId}`}>
                <Link to={linkHref(l)}>{l.label || l.recordId}</Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      {(findings.length > 0 || item.places.length > 0) && (
        <div className="checklist-evidence" data-testid="evidence">
          <span className="muted small">{t('checklist.evidenceHeading')}</span>
          <ul>
            {findings.map((f, i) => (
              <li key={i} className={f.verdict === 'contradicts' ? 'checklist-contradicts' : 'checklist-supports'}>
                <span className="badge">{t(f.verdict === 'supports' ? 'checklist.supports' : 'checklist.contradicts')}</span> {f.href ? <Link to={f.href}>{t(dataKey(f.messageKey), f.values)}</Link> : t(dataKey(f.messageKey), f.values)}
              </li>
            ))}
          </ul>
          {item.places.length > 0 && (
            <div className="small">
              {t('checklist.places')}
              {t('punct.colon')}
              {item.places.map((p, i) => (
                <span key={p}>
                  {i > 0 && t('punct.list')}
                  <Link to={pathOf(p as AreaKey)}>{t(`nav.${p}`, { defaultValue: p })}</Link>
                </span>
              ))}
            </div>
          )}
        </div>
      )}
      {canEdit && (
        <div className="actions">
          <button type="button" className="button secondary" aria-label={t('checklist.answerButtonLabel', { number: item.number })} onClick={onAnswer}>
            {t('checklist.answerButton')}
          </button>
        </div>
      )}
    </li>
  );
}
