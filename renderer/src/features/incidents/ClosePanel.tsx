import { dataKey } from '../../i18n/typed-keys';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeIncident } from '../../db/incidents-store';
import { afterActionReviewSchema, lessonsFromText, ownCloseProblems, runCloseChecks, type CloseProblem } from '../../domain/incidents/closing';
import { incidentParts, type Incident } from '../../domain/incidents/incident';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useRegistry } from '../../workbook/registry';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';

/**
 * 終結 (R15): the after-action review, its lessons as follow-up actions, and the closing checks — incident mode's own
 * and every area's from the registry — run first; a failed check names what is missing.
 */
export function ClosePanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const registry = useRegistry();
  const storageMessage = useStorageErrorMessage();
  const [review, setReview] = useState({ whatHappened: incident.review?.whatHappened ?? incident.observed, whatWorked: incident.review?.whatWorked ?? '', whatDidNot: incident.review?.whatDidNot ?? '', lessons: (incident.review?.lessons ?? []).join('\n') });
  const [problems, setProblems] = useState<CloseProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mayClose = canEdit && writer.actor !== '' && incident.status === 'active';

  if (incident.status === 'closed') {
    const r = incident.review;
    return (
      <section aria-labelledby="close-heading">
        <h2 id="close-heading">{t('incidents.close.reviewHeading')}</h2>
        {r ? (
          <dl className="incidents-review">
            <dt>{t('incidents.close.whatHappened')}</dt>
            <dd>{r.whatHappened}</dd>
            <dt>{t('incidents.close.whatWorked')}</dt>
            <dd>{r.whatWorked || '—'}</dd>
            <dt>{t('incidents.close.whatDidNot')}</dt>
            <dd>{r.whatDidNot || '—'}</dd>
            <dt>{t('incidents.close.lessons')}</dt>
            <dd>{r.lessons.length > 0 ? r.lessons.join(' / ') : '—'}</dd>
          </dl>
        ) : (
          <p className="muted">{t('incidents.close.noReviewStored')}</p>
        )}
      </section>
    );
  }

  const close = async () => {
    setFailure(null);
    const parsed = afterActionReviewSchema.safeParse({ ...review, lessons: lessonsFromText(review.lessons) });
    const found = [...ownCloseProblems({ steps: incidentParts(incident).steps, review: parsed.success ? parsed.data : undefined })];
    setBusy(true);
    try {
      found.push(...(await runCloseChecks(registry.incidentCloseChecks.map((c) => ({ ...c, check: (id: string) => c.check(db, id) })), incident.id)));
      setProblems(found);
      if (found.length > 0 || !parsed.success) return;
      await closeIncident(db, incident.id, parsed.data, new Date().toISOString(), writer);
    } catch (error) {
      setFailure(storageMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="close-heading">
      <h2 id="close-heading">{t('incidents.close.heading')}</h2>
      <p className="muted">{t('incidents.close.lead')}</p>
      <fieldset className="form card plain-fieldset" disabled={!mayClose || busy}>
        <Field id="review-happened" label={t('incidents.close.whatHappened')}>
          <textarea id="review-happened" rows={3} maxLength={4000} value={review.whatHappened} onChange={(e) => setReview({ ...review, whatHappened: e.target.value })} />
        </Field>
        <Field id="review-worked" label={t('incidents.close.whatWorked')}>
          <textarea id="review-worked" rows={2} maxLength={4000} value={review.whatWorked} onChange={(e) => setReview({ ...review, whatWorked: e.target.value })} />
        </Field>
        <Field id="review-didnot" label={t('incidents.close.whatDidNot')}>
          <textarea id="review-didnot" rows={2} maxLength={4000} value={review.whatDidNot} onChange={(e) => setReview({ ...review, whatDidNot: e.target.value })} />
        </Field>
        <Field id="review-lessons" label={t('incidents.close.lessons')} hint={t('incidents.close.lessonsHint')}>
          <textarea id="review-lessons" rows={3} value={review.lessons} onChange={(e) => setReview({ ...review, lessons: e.target.value })} />
        </Field>
        {mayClose && (
          <div className="actions">
            <button type="button" className="button" onClick={() => void close()} data-testid="close-incident">
              {t('incidents.close.submit')}
            </button>
          </div>
        )}
      </fieldset>
      {problems.length > 0 && (
        <Notice tone="error">
          <p>{t('incidents.close.blocked')}</p>
          <ul data-testid="close-problems">
            {problems.map((p, i) => (
              <li key={i}>{t(dataKey(p.messageKey), p.values)}</li>
            ))}
          </ul>
        </Notice>
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
    </section>
  );
}
