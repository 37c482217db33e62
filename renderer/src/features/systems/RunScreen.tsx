import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { changeRun } from '../../db/systems-store';
import {
  checkStep,
  elapsedMs,
  finishRun,
  formatClock,
  pauseRun,
  resumeRun,
  runProgress,
  runState,
  RunStateError,
  setStepNote,
  stepTimings,
  uncheckStep,
  type RunbookRun,
  type RunStep,
} from '../../domain/systems/runbook-run';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Notice } from '../../ui/Notice';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { minutesLabel } from './format';
import { formatMonthDayTime } from '../../domain/date-text';
import { PrintButton } from '../../workbook/print/PrintButton';
import { useNow } from './useSystemsData';
import { useSystemsPrints } from './useSystemsPrints';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';

/**
 * Running a runbook: check off each step (time and name recorded), a live clock against the expected minutes,
 * pause and resume, a note per step. Every action is saved at once in its own transaction, so reloading the page or
 * losing the PC mid-run loses nothing.
 */
export function RunScreen() {
  const { runId = '' } = useParams();
  const { t } = useTranslation();
  const { db } = useWorkbook();
  const run = useLiveQuery(async () => (await db.runbookRuns.get(runId)) ?? null, [db, runId]);
  if (run === undefined) return null;
  if (run === null) return <p>{t('systems.notFound')}</p>;
  return <RunView run={run} />;
}

function RunView({ run }: { run: RunbookRun }) {
  const { t, i18n } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const prints = useSystemsPrints();
  const state = runState(run);
  const now = useNow(state === 'running');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const progress = runProgress(run, now);
  const timings = new Map(stepTimings(run, now).map((s) => [s.stepId, s.actualMinutes]));
  const mayChange = canEdit && writer.actor !== '';

  const apply = async (change: (r: RunbookRun) => RunbookRun) => {
    setFailure(null);
    setBusy(true);
    try {
      await changeRun(db, run.id, change, writer);
    } catch (error) {
      setFailure(error instanceof RunStateError ? t('systems.run.refused') : storageMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const nextOpen = run.steps.find((s) => !s.checkedAt)?.stepId;

  return (
    <section aria-labelledby="run-heading" className={`systems-page systems-run ${run.kind}`}>
      <p>
        <Link to={`/runbooks/${run.runbookId}`}>← {t('systems.run.backToRunbook')}</Link>
      </p>
      <h1 id="run-heading">
        <span className={`badge systems-run-kind ${run.kind}`}>{t(`systems.run.kind.${run.kind}`)}</span> {run.title}
      </h1>
      <div className="systems-run-status card" data-testid="run-status">
        <div>
          <span className="muted">{t('systems.run.elapsed')}</span>
          <strong className="systems-clock" data-testid="run-clock">
            {formatClock(elapsedMs(run, now))}
          </strong>
          <span className="muted">{t('systems.run.expectedTotal', { total: minutesLabel(t, progress.expectedMinutes) })}</span>
        </div>
        <div>
          <span className="muted">{t('systems.run.progress')}</span>
          <strong data-testid="run-progress">{t('systems.run.doneCount', { done: progress.done, total: progress.total })}</strong>
          <progress max={progress.total} value={progress.done} aria-label={t('systems.run.progress')} />
        </div>
        <div>
          <span className="muted">{t('systems.run.state')}</span>
          <strong data-testid="run-state">
            {state === 'finished' ? t(`systems.run.outcome.${run.outcome || 'completed'}`) : state === 'paused' ? t('systems.run.paused') : t('systems.run.inProgress')}
          </strong>
          <span className="muted">
            {t('systems.run.startedBy', { time: formatMonthDayTime(run.startedAt, i18n.language), name: run.leader })}
            {run.finishedAt && ` 〜 ${formatMonthDayTime(run.finishedAt, i18n.language)}`}
          </span>
        </div>
      </div>
      {progress.overrunMinutes >= 1 && state !== 'finished' && (
        <Notice tone="error">{t('systems.run.overrun', { minutes: minutesLabel(t, progress.overrunMinutes) })}</Notice>
      )}
      {state === 'paused' && <Notice tone="demo">{t('systems.run.pausedNotice')}</Notice>}
      {!writer.actor && <Notice tone="error">{t('systems.run.needUser')}</Notice>}
      {state !== 'finished' && <ReadOnlyNotice />}

      <div className="actions systems-toolbar">
        {mayChange && state === 'running' && (
          <button type="button" className="button secondary" disabled={busy} onClick={() => void apply((r) => pauseRun(r, new Date()))}>
            {t('systems.run.pause')}
          </button>
        )}
        {mayChange && state === 'paused' && (
          <button type="button" className="button" disabled={busy} onClick={() => void apply((r) => resumeRun(r, new Date()))}>
            {t('systems.run.resume')}
          </button>
        )}
        {mayChange && state !== 'finished' && (
          <>
            <ConfirmButton
              className="button"
              label={t('systems.run.finish')}
              question={progress.done < progress.total ? t('systems.run.finishOpenConfirm', { count: progress.total - progress.done }) : t('systems.run.finishConfirm')}
              disabled={busy}
              onConfirm={() => void apply((r) => finishRun(r, new Date(), 'completed'))}
            />
            <ConfirmButton
              label={t('systems.run.abandon')}
              question={t('systems.run.abandonConfirm')}
              disabled={busy}
              onConfirm={() => void apply((r) => finishRun(r, new Date(), 'abandoned'))}
            />
          </>
        )}
        <PrintButton label={t('systems.print.runRecord')} prepare={() => prints.runRecord(run.id)} />
      </div>
      {failure && <Notice tone="error">{failure}</Notice>}

      <ol className="systems-run-steps">
        {run.steps.map((step, i) => (
          <RunStepItem
            key={step.stepId}
            step={step}
            index={i}
            actualMinutes={timings.get(step.stepId) ?? null}
            current={state !== 'finished' && step.stepId === nextOpen}
            canCheck={mayChange && state === 'running' && !busy}
            canNote={mayChange && !busy}
            onCheck={() => void apply((r) => checkStep(r, step.stepId, writer.actor, new Date()))}
            onUncheck={() => void apply((r) => uncheckStep(r, step.stepId))}
            onNote={(note) => apply((r) => setStepNote(r, step.stepId, note))}
          />
        ))}
      </ol>
    </section>
  );
}

interface StepProps {
  step: RunStep;
  index: number;
  actualMinutes: number | null;
  current: boolean;
  canCheck: boolean;
  canNote: boolean;
  onCheck(): void;
  onUncheck(): void;
  onNote(note: string): Promise<void>;
}

function RunStepItem({ step, index, actualMinutes, current, canCheck, canNote, onCheck, onUncheck, onNote }: StepProps) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState(step.note);
  const dirty = note.trim() !== step.note;
  const late = actualMinutes !== null && actualMinutes > step.expectedMinutes;
  return (
    <li className={`systems-run-step${step.checkedAt ? ' done' : ''}${current ? ' current' : ''}`} data-testid={`run-step-${index + 1}`}>
      <div className="systems-run-step-main">
        <span className="systems-step-box" aria-hidden="true">
          {step.checkedAt ? '✓' : ''}
        </span>
        <div>
          <strong>
            {index + 1}. {step.action}
          </strong>
          <div className="muted">
            {step.owner && `${t('systems.runbook.owner')}: ${step.owner}${t('punct.dot')}`}
            {t('systems.run.expected', { minutes: step.expectedMinutes })}
            {step.verification && `${t('punct.dot')}${t('systems.runbook.verification')}: ${step.verification}`}
          </div>
          {step.notes && <div className="muted">{step.notes}</div>}
          {step.checkedAt && (
            <div className="systems-checked" data-testid="step-checked">
              {t('systems.run.checkedBy', { time: formatMonthDayTime(step.checkedAt, i18n.language), name: step.checkedBy })}
              {actualMinutes !== null && (
                <span className={late ? 'systems-warning-strong' : undefined}>
                  {' '}
                  {t('systems.run.actual', { minutes: Math.round(actualMinutes) })}
                </span>
              )}
            </div>
          )}
        </div>
        <div className="actions">
          {!step.checkedAt && (
            <button type="button" className="button" disabled={!canCheck} onClick={onCheck}>
              {t('systems.run.check')}
            </button>
          )}
          {step.checkedAt && canCheck && (
            <ConfirmButton label={t('systems.run.uncheck')} question={t('systems.run.uncheckConfirm', { n: index + 1 })} onConfirm={onUncheck} />
          )}
        </div>
      </div>
      <div className="systems-run-note">
        <label htmlFor={`note-${step.stepId}`} className="muted">
          {t('systems.run.note')}
        </label>
        <textarea id={`note-${step.stepId}`} value={note} maxLength={2000} disabled={!canNote} onChange={(e) => setNote(e.target.value)} rows={1} />
        {dirty && canNote && (
          <button type="button" className="button secondary" onClick={() => void onNote(note)}>
            {t('systems.run.saveNote')}
          </button>
        )}
      </div>
    </li>
  );
}
