import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appendTimelineEntry, timelineOf } from '../../db/incidents-store';
import { formatMonthDayTime } from '../../domain/date-text';
import { eventTimeProblem, type Incident } from '../../domain/incidents/incident';
import { enteredLater, timelineLines, type TimelineEntry, type TimelineLine } from '../../domain/incidents/timeline';
import { Notice } from '../../ui/Notice';
import { useWindowRows } from '../../ui/useWindowRows';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { fromLocalInput } from './time-input';

/**
 * 経過記録 (HICS 214): time, who, what. Entries are never edited: a correction is a new entry naming the old one, and
 * both stay. The quick-entry line takes a line and Enter; a time typed beside it (work noted on paper) is kept as when
 * it happened, and the record keeps when it was entered.
 */
export function TimelinePanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const entries = useLiveQuery(() => timelineOf(db, incident.id), [db, incident.id]);
  const lines = useMemo(() => timelineLines(entries ?? []), [entries]);
  const [text, setText] = useState('');
  const [time, setTime] = useState('');
  const [corrects, setCorrects] = useState<TimelineEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The entry just added, brought into view once the list has it (it may be far below, or in the middle when back-dated). */
  const [reveal, setReveal] = useState<string | null>(null);
  const revealed = useCallback(() => setReveal(null), []);
  const input = useRef<HTMLInputElement>(null);
  const mayWrite = canEdit && writer.actor !== '';

  const submit = async () => {
    const what = text.trim();
    if (!what) return setError(t('validation.required'));
    const at = time ? fromLocalInput(time) : new Date().toISOString();
    const problem = at ? eventTimeProblem(at, incident.discoveredAt, new Date()) : 'validation.required';
    if (problem) return setError(t(problem));
    setError(null);
    try {
      const saved = await appendTimelineEntry(db, { incidentId: incident.id, at, who: writer.actor, what, ...(corrects ? { correctsId: corrects.id } : {}) }, writer);
      setReveal(saved.id);
      setText('');
      setTime('');
      setCorrects(null);
      input.current?.focus();
    } catch (e) {
      setError(storageMessage(e));
    }
  };

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">
        {t('incidents.tabs.timeline')} <span className="muted">{t('incidents.timeline.count', { count: lines.length })}</span>
      </h2>
      {mayWrite && (
        <form
          className="incidents-quick-entry card"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {corrects && (
            <p className="incidents-correcting">
              {t('incidents.timeline.correcting', { what: corrects.what })}{' '}
              <button type="button" className="link-button" onClick={() => setCorrects(null)}>
                {t('common.cancel')}
              </button>
            </p>
          )}
          <label htmlFor="quick-entry">{t('incidents.timeline.quickEntry')}</label>
          <div className="incidents-inline">
            <input id="quick-entry" ref={input} value={text} maxLength={4000} onChange={(e) => setText(e.target.value)} placeholder={t('incidents.timeline.placeholder')} autoComplete="off" data-testid="quick-entry" />
            <label>
              {t('incidents.timeline.when')} <input type="datetime-local" value={time} onChange={(e) => setTime(e.target.value)} data-testid="quick-entry-time" />
            </label>
          </div>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
      {!mayWrite && error && <Notice tone="error">{error}</Notice>}
      <TimelineRows lines={lines} mayWrite={mayWrite} reveal={reveal} onRevealed={revealed} onCorrect={(e) => { setCorrects(e); setText(e.what); input.current?.focus(); }} />
    </section>
  );
}

interface RowsProps {
  lines: TimelineLine<TimelineEntry>[];
  mayWrite: boolean;
  reveal: string | null;
  onRevealed(): void;
  onCorrect(e: TimelineEntry): void;
}

function TimelineRows({ lines, mayWrite, reveal, onRevealed, onCorrect }: RowsProps) {
  const { rows, scrollMargin, listProps } = useWindowRows<HTMLOListElement>({ count: lines.length, estimateSize: () => 36, getItemKey: (i) => lines[i]!.entry.id });
  useEffect(() => {
    if (!reveal) return;
    const index = lines.findIndex((l) => l.entry.id === reveal);
    if (index < 0) return; // not in the list yet: the live query brings it on a later render
    rows.scrollToIndex(index, { align: 'end' });
    onRevealed();
  }, [reveal, lines, rows, onRevealed]);
  return (
    <ol className="incidents-timeline" style={{ height: rows.getTotalSize(), position: 'relative' }} {...listProps} data-testid="timeline">
      {rows.getVirtualItems().map((v) => (
        <li key={v.key} ref={rows.measureElement} data-index={v.index} className="incidents-timeline-row" style={{ transform: `translateY(${v.start - scrollMargin}px)` }}>
          <TimelineRow line={lines[v.index]!} mayWrite={mayWrite} onCorrect={onCorrect} />
        </li>
      ))}
    </ol>
  );
}

const TimelineRow = memo(function TimelineRow({ line, mayWrite, onCorrect }: { line: TimelineLine<TimelineEntry>; mayWrite: boolean; onCorrect(e: TimelineEntry): void }) {
  const { t, i18n } = useTranslation();
  const { entry, correctedBy, corrects } = line;
  return (
    <div className={`incidents-timeline-line${correctedBy ? ' corrected' : ''}`}>
      <time dateTime={entry.at}>{formatMonthDayTime(entry.at, i18n.language)}</time>
      <span className="incidents-timeline-who">{entry.who}</span>
      <span className="incidents-timeline-what">
        {corrects && <span className="badge">{t('incidents.timeline.correction')}</span>} {entry.what}
        {enteredLater(entry) && <span className="muted"> {t('incidents.timeline.enteredAt', { time: formatMonthDayTime(entry.createdAt, i18n.language) })}</span>}
        {correctedBy && <span className="muted"> {t('incidents.timeline.correctedBy', { time: formatMonthDayTime(correctedBy.createdAt, i18n.language) })}</span>}
      </span>
      {mayWrite && !correctedBy && (
        <button type="button" className="link-button" onClick={() => onCorrect(entry)}>
          {t('incidents.timeline.correct')}
        </button>
      )}
    </div>
  );
});
