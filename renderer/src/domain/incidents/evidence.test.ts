import { describe, expect, it } from 'vitest';
import { incidentEvidenceFindings, incidentYearFigures } from './evidence';

const year = { start: '2026-04-01', end: '2027-03-31' };
const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10).toISOString();
const review = { whatHappened: 'x', whatWorked: '', whatDidNot: '', lessons: [] };

describe('incident evidence of a 年度', () => {
  it('counts incidents and exercises discovered inside the year only', () => {
    const figures = incidentYearFigures(
      [
        { exercise: true, discoveredAt: at(2026, 11, 3), status: 'closed', review },
        { exercise: false, discoveredAt: at(2027, 3, 31), status: 'active' },
        { exercise: true, discoveredAt: at(2026, 3, 31), status: 'closed' },
      ],
      year,
    );
    expect(figures).toEqual({ incidents: 1, exercises: 1, closed: 1, closedWithReview: 1 });
    expect(incidentEvidenceFindings(figures).map((f) => f.verdict)).toEqual(['supports', 'supports']);
  });

  it('no exercise, or a closed incident without review, contradicts', () => {
    const findings = incidentEvidenceFindings({ incidents: 1, exercises: 0, closed: 1, closedWithReview: 0 });
    expect(findings.map((f) => f.messageKey)).toEqual(['incidents.evidence.notExercised', 'incidents.evidence.unreviewed']);
  });
});
