import { formatDateTime } from '../../domain/date-text';
import { INCIDENT_KIND_JA, incidentParts } from '../../domain/incidents/incident';
import type { SearchSource } from '../../workbook/feature-module';

/**
 * Ctrl+K finds an incident or drill by its kind, what was seen and who found it, and by what was written on it later:
 * step notes and reasons, report reference numbers (受付番号) and what was sent. Timeline entries are found by their
 * text alone (not by who wrote them: a person's name would bring back every line they wrote before their contact),
 * and open the incident's 経過記録.
 */
export const incidentSearch: SearchSource = {
  table: 'incidents',
  groupTitleKey: 'incidents.search.incidents',
  text: (i) => {
    const parts = incidentParts(i);
    return [
      INCIDENT_KIND_JA[i.kind],
      i.exercise ? '訓練' : '',
      i.observed,
      i.foundBy,
      ...parts.steps.flatMap((s) => [s.note, s.notApplicableReason]),
      ...parts.reports.flatMap((r) => [r.reference, r.attachmentNote]),
    ].filter(Boolean);
  },
  // The discovery time names it in every language; the kind and state follow in the reader's.
  label: (i) => formatDateTime(i.discoveredAt, 'ja'),
  detail: (i, t) => (
    <span className="muted">
      {i.exercise ? `${t('incidents.exercise')} ` : ''}
      {t(`incidents.kind.${i.kind}`)} · {t(`incidents.status.${i.status}`)}
    </span>
  ),
  href: (i) => `/incidents/${i.id}`,
};

export const timelineSearch: SearchSource = {
  table: 'incidentEvents',
  groupTitleKey: 'incidents.search.timeline',
  text: (e) => [e.what],
  label: (e) => (e.what.length > 60 ? `${e.what.slice(0, 60)}…` : e.what),
  detail: (e) => <span className="muted">{formatDateTime(e.at, 'ja')}</span>,
  href: (e) => `/incidents/${e.incidentId}?tab=timeline`,
};
