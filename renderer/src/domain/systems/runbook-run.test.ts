import { describe, expect, it } from 'vitest';
import { runbookSchema } from './runbook';
import { checkStep, elapsedMs, finishRun, pauseRun, resumeRun, runProgress, runState, RunStateError, startRun, stepTimings, uncheckStep } from './runbook-run';

const at = (hhmm: string) => new Date(`2026-11-21T${hhmm}:00+09:00`);
const runbook = {
  id: 'rb1',
  ...runbookSchema.parse({
    systemId: 's1',
    title: '電子カルテ 復旧手順',
    steps: [
      { id: 'st1', action: 'DB サーバを起動', owner: '情報システム室', expectedMinutes: 10, verification: 'ログイン画面' },
      { id: 'st2', action: 'バックアップから復元', owner: 'ベンダー', expectedMinutes: 60 },
      { id: 'st3', action: '動作確認', owner: '医事課', expectedMinutes: 20 },
    ],
  }),
};

describe('running a runbook', () => {
  it('copies the steps and records who started it', () => {
    const run = startRun(runbook, '電子カルテ', { kind: 'drill', leader: '', actor: '山田', now: at('09:00') });
    expect(run.steps.map((s) => s.action)).toEqual(['DB サーバを起動', 'バックアップから復元', '動作確認']);
    expect(run.leader).toBe('山田');
    expect(runState(run)).toBe('running');
  });

  it('checks off steps with time and name, and measures each from the check before it', () => {
    let run = startRun(runbook, '電子カルテ', { kind: 'real', leader: '佐藤', actor: '山田', now: at('09:00') });
    run = checkStep(run, 'st1', '山田', at('09:12'));
    run = checkStep(run, 'st2', '鈴木', at('10:20'));
    expect(run.steps[0]).toMatchObject({ checkedBy: '山田', checkedAt: at('09:12').toISOString() });
    expect(stepTimings(run, at('10:30')).map((t) => t.actualMinutes)).toEqual([12, 68, null]);
    expect(() => checkStep(run, 'st1', '山田', at('10:21'))).toThrow(RunStateError);
    run = uncheckStep(run, 'st2');
    expect(run.steps[1]!.checkedAt).toBe('');
  });

  it('does not count paused time, and refuses check-offs while paused', () => {
    let run = startRun(runbook, '電子カルテ', { kind: 'drill', leader: '', actor: '山田', now: at('09:00') });
    run = pauseRun(run, at('09:10'));
    expect(runState(run)).toBe('paused');
    expect(elapsedMs(run, at('09:40'))).toBe(10 * 60_000);
    expect(() => checkStep(run, 'st1', '山田', at('09:41'))).toThrow(RunStateError);
    run = resumeRun(run, at('09:40'));
    run = checkStep(run, 'st1', '山田', at('09:45'));
    expect(stepTimings(run, at('09:45'))[0]!.actualMinutes).toBe(15);
    expect(elapsedMs(run, at('10:00'))).toBe(30 * 60_000);
  });

  it('compares elapsed time against the expected minutes', () => {
    let run = startRun(runbook, '電子カルテ', { kind: 'drill', leader: '', actor: '山田', now: at('09:00') });
    run = checkStep(run, 'st1', '山田', at('09:10'));
    // 90 minutes in: step 1 (10) and the step in hand (60) should have taken 70.
    expect(runProgress(run, at('10:30'))).toMatchObject({ done: 1, total: 3, expectedMinutes: 90, expectedDoneMinutes: 10, elapsedMinutes: 90, overrunMinutes: 20 });
    expect(runProgress(run, at('09:50')).overrunMinutes).toBe(0);
  });

  it('finishes a paused run by closing the pause, and freezes the clock', () => {
    let run = startRun(runbook, '電子カルテ', { kind: 'drill', leader: '', actor: '山田', now: at('09:00') });
    run = pauseRun(run, at('09:20'));
    run = finishRun(run, at('09:30'), 'abandoned');
    expect(runState(run)).toBe('finished');
    expect(run.pauses).toEqual([{ from: at('09:20').toISOString(), to: at('09:30').toISOString() }]);
    expect(elapsedMs(run, at('12:00'))).toBe(20 * 60_000);
    expect(() => pauseRun(run, at('12:00'))).toThrow(RunStateError);
  });
});
