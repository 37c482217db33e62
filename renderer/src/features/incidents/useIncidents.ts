import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readEmergencyLevels } from '../../db/emergency-levels';
import { activeIncident, changeIncident, listIncidents, type TimelineLineDraft } from '../../db/incidents-store';
import type { Incident } from '../../domain/incidents/incident';
import { StepChangeError } from '../../domain/incidents/response-steps';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { shippedReportRules, shippedResponseTemplate } from './shipped-rules';
import { elapsedParts } from './time-input';

/** Every incident, newest discovery first; live, so a second tab or window sees each change. */
export function useIncidentList() {
  const { db } = useWorkbook();
  return useLiveQuery(() => listIncidents(db), [db]);
}

/** The one shown on top (null when none is active). */
export function useActiveIncident() {
  const { db } = useWorkbook();
  return useLiveQuery(async () => (await activeIncident(db)) ?? null, [db]);
}

export function useEmergencyLevels() {
  const { db } = useWorkbook();
  return useLiveQuery(() => readEmergencyLevels(db), [db]);
}

/** The facility's 初動対応 template: its own from 設定, or the shipped one. */
export function useResponseTemplate() {
  const { settings } = useWorkbook();
  return settings.incidentResponseTemplate ?? shippedResponseTemplate().steps;
}

/** The report rules in force: the facility's own from 設定 (with the shipped file's note), or the shipped ones. */
export function useReportRules() {
  const { settings } = useWorkbook();
  const shipped = shippedReportRules();
  return settings.incidentReportRules ? { ...shipped, rules: settings.incidentReportRules } : shipped;
}

/** The wall clock, ticking once a minute (elapsed times and due reports on screen). */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

export function useElapsedText() {
  const { t } = useTranslation();
  return useCallback(
    (fromIso: string, now: Date) => {
      const { days, hours, minutes } = elapsedParts(fromIso, now);
      return days > 0 ? t('incidents.elapsedDays', { days, hours, minutes }) : t('incidents.elapsed', { hours, minutes });
    },
    [t],
  );
}

/**
 * One change to an incident with its timeline lines, saved as one transaction; a failure is shown in words instead of
 * being lost. `mayChange` is false on a read-only workbook, with no name at the keyboard, or once the incident is closed.
 */
export function useIncidentChange(incident: Incident) {
  const { t } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const apply = useCallback(
    async (change: (i: Incident) => Incident, lines: readonly TimelineLineDraft[]): Promise<boolean> => {
      setFailure(null);
      setBusy(true);
      try {
        await changeIncident(db, incident.id, change, lines, writer);
        return true;
      } catch (error) {
        // A refused change arrives wrapped by the transaction (db/repository.ts writeTransaction).
        const refused = error instanceof StepChangeError ? error : error instanceof Error && error.cause instanceof StepChangeError ? error.cause : null;
        setFailure(refused ? t(`incidents.steps.refused.${refused.code}`) : storageMessage(error));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [db, incident.id, writer, storageMessage, t],
  );
  return { apply, failure, setFailure, busy, mayChange: canEdit && writer.actor !== '' && incident.status === 'active', actor: writer.actor };
}
