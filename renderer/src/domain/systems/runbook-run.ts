import { z } from 'zod';
import type { RecordMeta } from '../record';
import type { Runbook } from './runbook';

/**
 * One execution of a runbook, drill (訓練) or real (本番). The steps are copied when the run starts, so the record
 * shows what was actually followed even if the runbook is edited later. Times are ISO 8601 instants.
 *
 * All changes are pure functions returning the next run; the screen saves each one as one transaction.
 */

export const runKinds = ['drill', 'real'] as const;
export type RunKind = (typeof runKinds)[number];

/** Japanese names, for the screen (ja) and paper alike. */
export const RUN_KIND_JA: Record<RunKind, string> = { drill: '訓練', real: '本番' };

export const runOutcomes = ['', 'completed', 'abandoned'] as const;
export type RunOutcome = (typeof runOutcomes)[number];

/** '' is a run still going. */
export const RUN_OUTCOME_JA: Record<RunOutcome, string> = { '': '実施中', completed: '完了', abandoned: '中止' };

const isoInstant = z.string().min(1);

export const runStepSchema = z.object({
  stepId: z.string().min(1),
  action: z.string(),
  owner: z.string(),
  expectedMinutes: z.number().int().min(0),
  verification: z.string(),
  notes: z.string(),
  /** When it was checked off; '' while open. */
  checkedAt: z.string().default(''),
  checkedBy: z.string().default(''),
  /** What happened at this step (problems, deviations). */
  note: z.string().max(2000, 'validation.tooLong').default(''),
});

export const runbookRunSchema = z.object({
  runbookId: z.string().min(1),
  systemId: z.string(),
  /** Runbook title and system name when the run started. */
  title: z.string(),
  systemName: z.string(),
  kind: z.enum(runKinds),
  /** Who leads the run; the person who started it unless another name is given. */
  leader: z.string().trim().min(1, 'validation.required').max(60, 'validation.tooLong'),
  startedAt: isoInstant,
  startedBy: z.string(),
  /** Paused intervals; the last one has `to` '' while paused. Paused time is not counted as elapsed. */
  pauses: z.array(z.object({ from: isoInstant, to: z.string() })).default([]),
  finishedAt: z.string().default(''),
  outcome: z.enum(runOutcomes).default(''),
  steps: z.array(runStepSchema),
  notes: z.string().max(4000, 'validation.tooLong').default(''),
  /** The incident this run belongs to, when it was started from the incident's status board. */
  incidentId: z.string().optional(),
});

export type RunStep = z.output<typeof runStepSchema>;
export type RunbookRunFields = z.output<typeof runbookRunSchema>;
export type RunbookRun = RunbookRunFields & RecordMeta;

export type RunState = 'running' | 'paused' | 'finished';

export function runState(run: Pick<RunbookRunFields, 'finishedAt' | 'pauses'>): RunState {
  if (run.finishedAt) return 'finished';
  return run.pauses.some((p) => p.to === '') ? 'paused' : 'running';
}

/** Why a change was refused; the screen never offers it in that state, so this guards against stale tabs. */
export class RunStateError extends Error {
  constructor(readonly code: 'finished' | 'paused' | 'notPaused' | 'unknownStep' | 'alreadyChecked') {
    super(`run change refused: ${code}`);
  }
}

export function startRun(
  runbook: Pick<Runbook, 'id' | 'systemId' | 'title' | 'steps'>,
  systemName: string,
  options: { kind: RunKind; leader: string; actor: string; now: Date },
): RunbookRunFields {
  return runbookRunSchema.parse({
    runbookId: runbook.id,
    systemId: runbook.systemId,
    title: runbook.title,
    systemName,
    kind: options.kind,
    leader: options.leader.trim() || options.actor,
    startedAt: options.now.toISOString(),
    startedBy: options.actor,
    steps: runbook.steps.map((s) => ({ stepId: s.id, action: s.action, owner: s.owner, expectedMinutes: s.expectedMinutes, verification: s.verification, notes: s.notes })),
  });
}

function requireOpen<R extends RunbookRunFields>(run: R): void {
  const state = runState(run);
  if (state === 'finished') throw new RunStateError('finished');
  if (state === 'paused') throw new RunStateError('paused');
}

function updateStep<R extends RunbookRunFields>(run: R, stepId: string, change: (step: RunStep) => RunStep): R {
  if (!run.steps.some((s) => s.stepId === stepId)) throw new RunStateError('unknownStep');
  return { ...run, steps: run.steps.map((s) => (s.stepId === stepId ? change(s) : s)) };
}

export function checkStep<R extends RunbookRunFields>(run: R, stepId: string, actor: string, now: Date): R {
  requireOpen(run);
  return updateStep(run, stepId, (s) => {
    if (s.checkedAt) throw new RunStateError('alreadyChecked');
    return { ...s, checkedAt: now.toISOString(), checkedBy: actor };
  });
}

/** Take back a check made by mistake; the audit trail keeps that it happened. */
export function uncheckStep<R extends RunbookRunFields>(run: R, stepId: string): R {
  requireOpen(run);
  return updateStep(run, stepId, (s) => ({ ...s, checkedAt: '', checkedBy: '' }));
}

export function setStepNote<R extends RunbookRunFields>(run: R, stepId: string, note: string): R {
  return updateStep(run, stepId, (s) => ({ ...s, note: note.trim() }));
}

export function pauseRun<R extends RunbookRunFields>(run: R, now: Date): R {
  requireOpen(run);
  return { ...run, pauses: [...run.pauses, { from: now.toISOString(), to: '' }] };
}

export function resumeRun<R extends RunbookRunFields>(run: R, now: Date): R {
  if (runState(run) !== 'paused') throw new RunStateError('notPaused');
  return { ...run, pauses: run.pauses.map((p) => (p.to === '' ? { ...p, to: now.toISOString() } : p)) };
}

/** End the run; a paused run is resumed at the same instant so the pause closes. */
export function finishRun<R extends RunbookRunFields>(run: R, now: Date, outcome: Exclude<RunOutcome, ''>): R {
  if (runState(run) === 'finished') throw new RunStateError('finished');
  const closed = runState(run) === 'paused' ? resumeRun(run, now) : run;
  return { ...closed, finishedAt: now.toISOString(), outcome };
}

const ms = (iso: string) => Date.parse(iso);

/** Active (not paused) milliseconds between two instants of the run. */
export function activeMsBetween(run: Pick<RunbookRunFields, 'pauses'>, fromIso: string, toIso: string, now: Date): number {
  const from = ms(fromIso);
  const to = ms(toIso);
  if (!(to > from)) return 0;
  let paused = 0;
  for (const p of run.pauses) {
    const start = Math.max(from, ms(p.from));
    const end = Math.min(to, p.to ? ms(p.to) : now.getTime());
    if (end > start) paused += end - start;
  }
  return to - from - paused;
}

/** Active time since the start: up to now while it runs, up to the finish afterwards. */
export function elapsedMs(run: Pick<RunbookRunFields, 'pauses' | 'startedAt' | 'finishedAt'>, now: Date): number {
  const end = run.finishedAt || now.toISOString();
  return activeMsBetween(run, run.startedAt, end, now);
}

export interface StepTiming {
  stepId: string;
  /** Active minutes from the previous check-off (or the start) to this one; null while open. */
  actualMinutes: number | null;
}

/**
 * How long each checked step took. Steps may be checked out of order (two people in parallel), so each check is
 * measured from the check before it in time, not in the list.
 */
export function stepTimings(run: Pick<RunbookRunFields, 'pauses' | 'startedAt' | 'steps'>, now: Date): StepTiming[] {
  const checked = run.steps.filter((s) => s.checkedAt).sort((a, b) => a.checkedAt.localeCompare(b.checkedAt));
  const actual = new Map<string, number>();
  let previous = run.startedAt;
  for (const step of checked) {
    actual.set(step.stepId, activeMsBetween(run, previous, step.checkedAt, now) / 60_000);
    previous = step.checkedAt;
  }
  return run.steps.map((s) => ({ stepId: s.stepId, actualMinutes: actual.get(s.stepId) ?? null }));
}

export interface RunProgress {
  done: number;
  total: number;
  expectedMinutes: number;
  /** Expected minutes of the steps checked so far: what the elapsed time is compared against. */
  expectedDoneMinutes: number;
  elapsedMinutes: number;
  /**
   * How far behind the plan, never negative: elapsed time beyond the expected minutes of the checked steps plus the
   * step now in hand (a step still within its own expected time is not late).
   */
  overrunMinutes: number;
}

export function runProgress(run: Pick<RunbookRunFields, 'pauses' | 'startedAt' | 'finishedAt' | 'steps'>, now: Date): RunProgress {
  const done = run.steps.filter((s) => s.checkedAt);
  const expectedMinutes = run.steps.reduce((sum, s) => sum + s.expectedMinutes, 0);
  const expectedDoneMinutes = done.reduce((sum, s) => sum + s.expectedMinutes, 0);
  const elapsedMinutes = elapsedMs(run, now) / 60_000;
  const inHand = run.steps.find((s) => !s.checkedAt)?.expectedMinutes ?? 0;
  const overrunMinutes = Math.max(0, elapsedMinutes - expectedDoneMinutes - inHand);
  return { done: done.length, total: run.steps.length, expectedMinutes, expectedDoneMinutes, elapsedMinutes, overrunMinutes };
}

/** 「01:05:09」 for a live clock. */
export function formatClock(msValue: number): string {
  const total = Math.max(0, Math.floor(msValue / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}
