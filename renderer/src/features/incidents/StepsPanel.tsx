import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMonthDayTime } from '../../domain/date-text';
import { eventTimeProblem, incidentParts, type Incident } from '../../domain/incidents/incident';
import { isOpenStep, markStepDone, markStepNotApplicable, reopenStep, setStepNote, type ResponseStep } from '../../domain/incidents/response-steps';
import { Notice } from '../../ui/Notice';
import { fromLocalInput, toLocalInput } from './time-input';
import { useIncidentChange } from './useIncidents';

/** 初動対応: the incident's ordered steps; one click marks one done with who and now (or the time it was done on paper). */
export function StepsPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { steps } = incidentParts(incident);
  const change = useIncidentChange(incident);
  const nextKey = steps.find(isOpenStep)?.key;
  const done = steps.filter((s) => !isOpenStep(s)).length;
  const withSteps = (fn: (s: readonly ResponseStep[]) => ResponseStep[]) => (i: Incident) => ({ ...i, steps: fn(incidentParts(i).steps) });
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading">
        {t('incidents.tabs.steps')} <span className="muted" data-testid="steps-progress">{t('incidents.steps.progress', { done, total: steps.length })}</span>
      </h2>
      {change.failure && <Notice tone="error">{change.failure}</Notice>}
      <ol className="incidents-steps">
        {steps.map((step, i) => (
          <StepItem
            key={step.key}
            step={step}
            index={i}
            current={step.key === nextKey}
            mayChange={change.mayChange && !change.busy}
            discoveredAt={incident.discoveredAt}
            onDone={(at) => change.apply(withSteps((s) => markStepDone(s, step.key, at, change.actor)), [{ what: `初動対応 ${i + 1}「${step.title}」完了`, at, recordId: incident.id }])}
            onNotApplicable={(reason) => change.apply(withSteps((s) => markStepNotApplicable(s, step.key, reason, change.actor)), [{ what: `初動対応 ${i + 1}「${step.title}」該当なし：${reason}` }])}
            onReopen={() => change.apply(withSteps((s) => reopenStep(s, step.key)), [{ what: `初動対応 ${i + 1}「${step.title}」を未完了に戻した` }])}
            onNote={(note) => change.apply(withSteps((s) => setStepNote(s, step.key, note)), [{ what: `初動対応 ${i + 1} メモ：${note}` }])}
          />
        ))}
      </ol>
    </section>
  );
}

interface StepProps {
  step: ResponseStep;
  index: number;
  current: boolean;
  mayChange: boolean;
  discoveredAt: string;
  onDone(at: string): Promise<boolean>;
  onNotApplicable(reason: string): Promise<boolean>;
  onReopen(): Promise<boolean>;
  onNote(note: string): Promise<boolean>;
}

function StepItem({ step, index, current, mayChange, discoveredAt, onDone, onNotApplicable, onReopen, onNote }: StepProps) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<'none' | 'time' | 'na' | 'note'>('none');
  const [time, setTime] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState(step.note);
  const [error, setError] = useState<string | null>(null);
  const open = isOpenStep(step);
  const n = index + 1;
  const submitTime = async () => {
    const at = fromLocalInput(time);
    const problem = at ? eventTimeProblem(at, discoveredAt, new Date()) : 'validation.required';
    if (problem) return setError(t(problem));
    setError(null);
    if (await onDone(at)) setMode('none');
  };
  return (
    <li className={`incidents-step${open ? '' : ' done'}${current ? ' current' : ''}`} data-testid={`step-${n}`}>
      <div className="incidents-step-main">
        <span className="systems-step-box" aria-hidden="true">
          {step.doneAt ? '✓' : step.notApplicable ? '－' : ''}
        </span>
        <div>
          <strong>
            {n}. {step.title}
          </strong>
          {step.detail && <div className="muted">{step.detail}</div>}
          {step.links.length > 0 && (
            <div className="incidents-step-links">
              {step.links.map((l) => (
                <Link key={l.path + l.label} to={l.path}>
                  {l.label}
                </Link>
              ))}
            </div>
          )}
          {step.doneAt && <div data-testid="step-done">{t('incidents.steps.doneBy', { time: formatMonthDayTime(step.doneAt, i18n.language), name: step.doneBy })}</div>}
          {step.notApplicable && <div data-testid="step-na">{t('incidents.steps.notApplicableBy', { reason: step.notApplicableReason, name: step.doneBy })}</div>}
          {step.note && <div className="muted">{t('incidents.steps.note')}: {step.note}</div>}
        </div>
        {mayChange && (
          <div className="actions">
            {open && (
              <button type="button" className="button" onClick={() => void onDone(new Date().toISOString())}>
                {t('incidents.steps.done')}
              </button>
            )}
            <button type="button" className="button secondary" onClick={() => { setTime(step.doneAt ? toLocalInput(new Date(step.doneAt)) : ''); setMode(mode === 'time' ? 'none' : 'time'); }}>
              {step.doneAt ? t('incidents.steps.fixTime') : t('incidents.steps.doneAtTime')}
            </button>
            {open && (
              <button type="button" className="button secondary" onClick={() => setMode(mode === 'na' ? 'none' : 'na')}>
                {t('incidents.steps.notApplicable')}
              </button>
            )}
            <button type="button" className="button secondary" onClick={() => setMode(mode === 'note' ? 'none' : 'note')}>
              {t('incidents.steps.note')}
            </button>
            {!open && (
              <button type="button" className="button secondary" onClick={() => void onReopen()}>
                {t('incidents.steps.reopen')}
              </button>
            )}
          </div>
        )}
      </div>
      {mode === 'time' && (
        <div className="incidents-inline">
          <label>
            {t('incidents.steps.when')} <input type="datetime-local" value={time} onChange={(e) => setTime(e.target.value)} aria-invalid={error ? true : undefined} />
          </label>
          <button type="button" className="button" onClick={() => void submitTime()}>
            {t('incidents.save')}
          </button>
        </div>
      )}
      {mode === 'na' && (
        <div className="incidents-inline">
          <label>
            {t('incidents.steps.reason')} <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (!reason.trim()) return setError(t('incidents.validation.reason'));
              setError(null);
              void onNotApplicable(reason).then((ok) => ok && setMode('none'));
            }}
          >
            {t('incidents.save')}
          </button>
        </div>
      )}
      {mode === 'note' && (
        <div className="incidents-inline">
          <label>
            {t('incidents.steps.note')} <textarea value={note} rows={2} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="button" className="button" onClick={() => void onNote(note).then((ok) => ok && setMode('none'))}>
            {t('incidents.save')}
          </button>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
