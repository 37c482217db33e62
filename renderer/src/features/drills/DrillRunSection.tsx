import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readEmergencyLevels } from '../../db/emergency-levels';
import { finishDrill, noteDrillEvent, startDrill } from '../../db/drills-store';
import type { Drill } from '../../domain/drills/drill';
import { incidentKinds, type IncidentKind } from '../../domain/incidents/incident';
import { formatDateTime, formatMonthDayTime } from '../../domain/date-text';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Notice } from '../../ui/Notice';
import { pathOf } from '../../workbook/areas';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';

/** 実施: start the drill as an exercise incident, then its timeline (read from incidentEvents), notes and end. */
export function DrillRunSection({ drill }: { drill: Drill }) {
  const { t, i18n } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const levels = useLiveQuery(() => readEmergencyLevels(db), [db]);
  const timeline = useLiveQuery(
    async () => (drill.incidentId ? (await db.incidentEvents.where('incidentId').equals(drill.incidentId).toArray()).sort((a, b) => a.at.localeCompare(b.at) || a.createdAt.localeCompare(b.createdAt)) : []),
    [db, drill.incidentId],
  );
  const [kind, setKind] = useState<IncidentKind>('ransomware');
  const [level, setLevel] = useState('');
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  if (!levels || !timeline) return null;
  const chosenLevel = level || levels[0]?.id || '';

  const run = async (work: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(storageMessage(error));
    }
  };

  return (
    <section className="card" aria-labelledby="drill-run-heading">
      <h2 id="drill-run-heading">{t('drills.run.heading')}</h2>
      {!drill.incidentId ? (
        <>
          <p className="muted">{canEdit ? t('drills.run.startHint') : t('drills.run.notStarted')}</p>
          {canEdit && (
            <div className="systems-grid">
              <div className="field">
                <label htmlFor="drill-incident-kind">{t('drills.run.incidentKind')}</label>
                <select id="drill-incident-kind" value={kind} onChange={(e) => setKind(e.target.value as IncidentKind)}>
                  {incidentKinds.map((k) => (
                    <option key={k} value={k}>
                      {t(`drills.incidentKind.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="drill-level">{t('drills.run.level')}</label>
                <select id="drill-level" value={chosenLevel} onChange={(e) => setLevel(e.target.value)}>
                  {levels.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <button type="button" className="button" onClick={() => void run(() => startDrill(db, drill.id, { kind, level: chosenLevel }, writer))}>
                  {t('drills.run.start')}
                </button>
              </div>
            </div>
          )}
        </>
      ) : (
        <>
          <p>
            <Link to={`${pathOf('incidents')}/${drill.incidentId}`}>{t('drills.run.openIncident')}</Link>
            {drill.finishedAt && <span className="muted"> {t('drills.run.finished', { time: formatDateTime(drill.finishedAt, i18n.language) })}</span>}
          </p>
          <h3>{t('drills.run.timeline')}</h3>
          {timeline.length === 0 ? (
            <p className="muted">{t('drills.run.timelineEmpty')}</p>
          ) : (
            <ol className="drill-timeline" data-testid="drill-timeline">
              {timeline.map((e) => (
                <li key={e.id}>
                  <strong>{formatMonthDayTime(e.at, i18n.language)}</strong> {e.what} <span className="muted">{e.who}</span>
                </li>
              ))}
            </ol>
          )}
          {canEdit && (
            <form
              className="systems-grid"
              onSubmit={(e) => {
                e.preventDefault();
                if (!note.trim()) return;
                void run(async () => {
                  await noteDrillEvent(db, drill, note.trim(), writer);
                  setNote('');
                });
              }}
            >
              <div className="field">
                <label htmlFor="drill-note">{t('drills.run.noteLabel')}</label>
                <input id="drill-note" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
              </div>
              <div className="field">
                <button type="submit" className="button secondary" disabled={!note.trim()}>
                  {t('drills.run.noteAdd')}
                </button>
              </div>
            </form>
          )}
          {canEdit && !drill.finishedAt && (
            <div className="actions">
              <ConfirmButton label={t('drills.run.finish')} question={t('drills.run.finishConfirm')} onConfirm={() => void run(() => finishDrill(db, drill.id, writer))} />
            </div>
          )}
        </>
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
    </section>
  );
}
