import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { markStepDone, markStepNotApplicable, moveTemplateStep, newStepKey, nextOpenSteps, reopenStep, responseTemplateSchema, StepChangeError, stepsFromTemplate } from './response-steps';
import { eventTimeProblem } from './incident';

const file = z.object({ steps: responseTemplateSchema }).parse(JSON.parse(readFileSync(new URL('../../../../resources/incidents/initial-response.json', import.meta.url), 'utf8')));

describe('initial response template', () => {
  it('has the twelve steps with containment in the MHLW order: backups, external paths, scope, segment boundaries', () => {
    expect(file.steps).toHaveLength(12);
    const keys = file.steps.map((s) => s.key);
    const order = ['isolateBackups', 'isolateExternal', 'scope', 'isolateSegments'].map((k) => keys.indexOf(k));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(keys[0]).toBe('report');
    expect(keys.at(-1)).toBe('restore');
  });

  it('an incident copies the template in its order, every step open', () => {
    const moved = moveTemplateStep(file.steps, 1, -1);
    const steps = stepsFromTemplate(moved);
    expect(steps.map((s) => s.key).slice(0, 2)).toEqual(['unplug', 'report']);
    expect(steps.every((s) => s.doneAt === '' && !s.notApplicable)).toBe(true);
    expect(moveTemplateStep(file.steps, 0, -1)).toEqual(file.steps);
    expect(newStepKey([{ key: 'own-2' }, { key: 'x' }])).toBe('own-3');
  });

  it('done, 該当なし (with a reason only) and reopen; next open steps skip both', () => {
    let steps = stepsFromTemplate(file.steps);
    steps = markStepDone(steps, 'report', '2026-11-03T02:15:00.000Z', '佐藤');
    steps = markStepNotApplicable(steps, 'unplug', '発見時すでに電源断', '佐藤');
    expect(nextOpenSteps(steps, 2).map((s) => s.key)).toEqual(['vendor', 'isolateBackups']);
    expect(() => markStepNotApplicable(steps, 'vendor', '  ', '佐藤')).toThrow(StepChangeError);
    expect(() => markStepDone(steps, 'nope', '', '')).toThrow(StepChangeError);
    steps = reopenStep(steps, 'report');
    expect(nextOpenSteps(steps, 1)[0]?.key).toBe('report');
  });

  it('refuses times in the future or before discovery', () => {
    const now = new Date('2026-11-03T03:00:00.000Z');
    const discovered = '2026-11-03T02:10:00.000Z';
    expect(eventTimeProblem('2026-11-03T02:30:00.000Z', discovered, now)).toBeNull();
    expect(eventTimeProblem('2026-11-03T04:00:00.000Z', discovered, now)).toBe('incidents.validation.future');
    expect(eventTimeProblem('2026-11-03T02:00:00.000Z', discovered, now)).toBe('incidents.validation.beforeDiscovery');
  });
});
