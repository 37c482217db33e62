import { dataKey } from '../../i18n/typed-keys';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Repository } from '../../db/repository';
import { callTreeTrialSchema, type CallTreeTrial, type Drill } from '../../domain/drills/drill';
import { formatMonthDayTime } from '../../domain/date-text';
import { FieldError, fieldAria } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { pathOf } from '../../workbook/areas';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';

/** Minutes as typed: '' is a level not reached. */
type MinutesText = string[];

function parseMinutes(texts: MinutesText): { levels: CallTreeTrial['levels']; errors: (string | undefined)[] } {
  const errors = texts.map((s) => (s.trim() === '' || /^\d{1,5}$/.test(s.trim()) ? undefined : 'drills.validation.minutes'));
  return { levels: texts.map((s) => ({ minutes: s.trim() === '' || errors.some(Boolean) ? null : Number(s.trim()) })), errors };
}

/** 実施記録: the runbook runs of kind 訓練 used, the departments' paper kits used, and the call tree tried with its times. */
export function DrillRecordSection({ drill }: { drill: Drill }) {
  const { t, i18n } = useTranslation();
  const { db, writer, canEdit, facility } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const runs = useLiveQuery(async () => (await db.runbookRuns.orderBy('startedAt').reverse().toArray()).filter((r) => r.kind === 'drill'), [db]);
  const trees = useLiveQuery(() => db.callTrees.orderBy('name').toArray(), [db]);
  const contacts = useLiveQuery(async () => new Map((await db.contacts.toArray()).map((c) => [c.id, c.name])), [db]);
  const [runIds, setRunIds] = useState<string[]>(drill.runbookRunIds);
  const [kits, setKits] = useState<string[]>(drill.paperKitDepartments);
  const [treeId, setTreeId] = useState(drill.callTree.callTreeId);
  const [minutes, setMinutes] = useState<MinutesText>(drill.callTree.levels.map((l) => (l.minutes === null ? '' : String(l.minutes))));
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  if (!runs || !trees || !contacts) return null;
  const tree = trees.find((c) => c.id === treeId);
  const parsed = parseMinutes(tree ? tree.levels.map((_, i) => minutes[i] ?? '') : []);
  const departments = facility?.departments ?? [];
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  const save = async () => {
    if (parsed.errors.some(Boolean)) return;
    setStatus(null);
    try {
      const callTree = callTreeTrialSchema.parse({ callTreeId: tree ? tree.id : '', levels: tree ? parsed.levels : [] });
      await new Repository(db, 'drills').save({ ...drill, runbookRunIds: runIds, paperKitDepartments: kits, callTree }, writer);
      setStatus({ tone: 'ok', text: t('drills.record.saved') });
    } catch (error) {
      setStatus({ tone: 'error', text: storageMessage(error) });
    }
  };

  return (
    <section className="card" aria-labelledby="drill-record-heading">
      <h2 id="drill-record-heading">{t('drills.record.heading')}</h2>
      <fieldset className="plain-fieldset" disabled={!canEdit}>
        <fieldset>
          <legend>{t('drills.fields.runbookRuns')}</legend>
          {runs.length === 0 ? (
            <p className="muted">{t('drills.record.runsNone')}</p>
          ) : (
            runs.map((r) => (
              <label key={r.id} className="systems-check">
                <input type="checkbox" checked={runIds.includes(r.id)} onChange={(e) => setRunIds(toggle(runIds, r.id, e.target.checked))} /> {formatMonthDayTime(r.startedAt, i18n.language)} {r.title}{' '}
                <Link to={`${pathOf('runbooks')}/runs/${r.id}`}>→</Link>
              </label>
            ))
          )}
        </fieldset>
        <fieldset>
          <legend>{t('drills.fields.paperKits')}</legend>
          {departments.length === 0 ? (
            <p className="muted">{t('drills.record.kitsNone')}</p>
          ) : (
            <div className="systems-grid">
              {departments.map((d) => (
                <label key={d} className="systems-check">
                  <input type="checkbox" checked={kits.includes(d)} onChange={(e) => setKits(toggle(kits, d, e.target.checked))} /> {d}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('drills.fields.callTree')}</legend>
          <div className="field">
            <label htmlFor="drill-call-tree">{t('drills.fields.callTree')}</label>
            <select
              id="drill-call-tree"
              value={treeId}
              onChange={(e) => {
                setTreeId(e.target.value);
                setMinutes([]);
              }}
            >
              <option value="">{t('drills.record.callTreeNone')}</option>
              {trees.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          {tree && (
            <>
              <p className="muted">{t('drills.record.minutesHint')}</p>
              <div className="systems-grid">
                {tree.levels.map((l, i) => {
                  const id = `drill-level-minutes-${i}`;
                  const error = parsed.errors[i] ? t(dataKey(parsed.errors[i])) : undefined;
                  return (
                    <div className="field" key={id}>
                      <label htmlFor={id}>
                        {t('drills.record.level', { n: i + 1 })} {contacts.get(l.contactId) ?? ''}
                      </label>
                      <input
                        {...fieldAria(id, { error })}
                        type="number"
                        min={0}
                        step={1}
                        inputMode="numeric"
                        value={minutes[i] ?? ''}
                        onChange={(e) => setMinutes(tree.levels.map((_, j) => (j === i ? e.target.value : (minutes[j] ?? ''))))}
                      />
                      <FieldError id={id} error={error} />
                    </div>
                  );
                })}
              </div>
            </>
          )}
        </fieldset>
        {canEdit && (
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => void save()} disabled={parsed.errors.some(Boolean)}>
              {t('drills.record.save')}
            </button>
          </div>
        )}
      </fieldset>
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
    </section>
  );
}
