import { useCallback } from 'react';
import { incidentParts, type Incident } from '../../domain/incidents/incident';
import type { Printable } from '../../workbook/print/PrintCard';
import { useIncidentChange } from './useIncidents';
import { useIncidentPrints } from './useIncidentPrints';

/**
 * Making a 状況報告 (R5): the PDF, and — where the workbook may be written — the time it was made on the incident and
 * its timeline, in one transaction. Shared by the incident's 状況報告 tab and the emergency home's reminder.
 */
export function useMakeSituationReport(incident: Incident) {
  const change = useIncidentChange(incident);
  const prints = useIncidentPrints();
  const { apply, mayChange } = change;
  const make = useCallback(async (): Promise<Printable | undefined> => {
    const at = new Date().toISOString();
    const doc = await prints.situationReport(incident.id, at);
    if (doc && mayChange) await apply((i) => ({ ...i, situationReports: [...incidentParts(i).situationReports, at] }), [{ what: '状況報告（経営層）を作成', at }]);
    return doc;
  }, [prints, incident.id, apply, mayChange]);
  return { make, change };
}
