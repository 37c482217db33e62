import type { Incident } from './incident';

/**
 * What the incidents and drills of a 年度 say for the guideline self-assessment (topic 'incidents') and the
 * management report. Pure: the feature module loads the incidents and hands them here.
 */

type Counted = Pick<Incident, 'exercise' | 'discoveredAt' | 'status' | 'review'>;

/** Whether the instant falls on a local day inside the 年度 (YYYY-MM-DD bounds, both inclusive). */
function inYear(iso: string, year: { start: string; end: string }): boolean {
  const d = new Date(iso);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return day >= year.start && day <= year.end;
}

export interface IncidentYearFigures {
  incidents: number;
  exercises: number;
  closed: number;
  closedWithReview: number;
}

export function incidentYearFigures(all: readonly Counted[], year: { start: string; end: string }): IncidentYearFigures {
  const of = all.filter((i) => inYear(i.discoveredAt, year));
  const closed = of.filter((i) => i.status === 'closed');
  return { incidents: of.filter((i) => !i.exercise).length, exercises: of.filter((i) => i.exercise).length, closed: closed.length, closedWithReview: closed.filter((i) => i.review).length };
}

export interface IncidentFinding {
  verdict: 'supports' | 'contradicts';
  messageKey: string;
  values?: Record<string, number>;
}

/** A response exercised in the year supports the item; none, or a closed incident without its review, contradicts it. */
export function incidentEvidenceFindings(figures: IncidentYearFigures): IncidentFinding[] {
  const findings: IncidentFinding[] = [];
  findings.push(
    figures.exercises > 0
      ? { verdict: 'supports', messageKey: 'incidents.evidence.exercised', values: { count: figures.exercises } }
      : { verdict: 'contradicts', messageKey: 'incidents.evidence.notExercised' },
  );
  if (figures.closed > 0) {
    findings.push(
      figures.closedWithReview === figures.closed
        ? { verdict: 'supports', messageKey: 'incidents.evidence.reviewed', values: { count: figures.closed } }
        : { verdict: 'contradicts', messageKey: 'incidents.evidence.unreviewed', values: { count: figures.closed - figures.closedWithReview } },
    );
  }
  return findings;
}
