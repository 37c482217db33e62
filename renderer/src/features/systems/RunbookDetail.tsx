import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { totalExpectedMinutes } from '../../domain/systems/runbook';
import { runKinds, runState, startRun, type RunKind } from '../../domain/systems/runbook-run';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { DemoBadge } from '../../workbook/DemoBadge';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { minutesLabel } from './format';
import { formatMonthDayTime } from '../../domain/date-text';
import { PrintButton } from '../../workbook/print/PrintButton';
import { SystemsNav } from './SystemsNav';
import { useSystems, useSystemsRepositories } from './useSystemsData';
import { useSystemsPrints } from './useSystemsPrints';

/** One runbook: its steps, printing the paper check-off sheet, starting a run, and every past run. */
export function RunbookDetail() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { db, canEdit, writer } = useWorkbook();
  const repos = useSystemsRepositories();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const prints = useSystemsPrints();
  const systems = useSystems();
  const runbook = useLiveQuery(async () => (await db.runbooks.get(id)) ?? null, [db, id]);
  const runs = useLiveQuery(() => db.runbookRuns.where('runbookId').equals(id).reverse().sortBy('startedAt'), [db, id]);
  const [kind, setKind] = useState<RunKind>('drill');
  const [leader, setLeader] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  if (runbook === undefined || !systems || !runs) return null;
  if (runbook === null) return <p>{t('systems.notFound')}</p>;
  const system = systems.find((s) => s.id === runbook.systemId);
  const prerequisites = runbook.prerequisiteSystemIds.flatMap((pid) => systems.filter((s) => s.id === pid));

  const start = async () => {
    setFailure(null);
    setStarting(true);
    try {
      const draft = startRun(runbook, system?.name ?? '', { kind, leader, actor: writer.actor, now: new Date() });
      const saved = await repos.runs.save(draft, writer);
      void navigate(`/runbooks/runs/${saved.id}`);
    } catch (error) {
      setFailure(storageMessage(error));
      setStarting(false);
    }
  };

  return (
    <section className="systems-page" aria-labelledby="runbook-heading">
      <SystemsNav />
      <p>
        <Link to="/runbooks">← {t('systems.runbook.backToOrder')}</Link>
      </p>
      <h1 id="runbook-heading">
        {runbook.title} {runbook.demo && <DemoBadge />}
      </h1>
      <p>
        {t('systems.backup.system')}: {system ? <Link to={`/systems/${system.id}`}>{system.name}</Link> : t('systems.runbook.systemGone')}
        {t('punct.dot')}
        {t('systems.runbook.prerequisites')}: {prerequisites.length > 0 ? prerequisites.map((s) => s.name).join(t('punct.list')) : t('systems.runbook.noPrerequisites')}
        {t('punct.dot')}
        {t('systems.runbook.total', { total: minutesLabel(t, totalExpectedMinutes(runbook.steps)) })}
      </p>
      <div className="actions systems-toolbar">
        <PrintButton label={t('systems.print.sheet')} prepare={() => prints.runbookSheet(runbook.id)} />
        {canEdit && (
          <>
            <Link className="button secondary" to={`/runbooks/${runbook.id}/edit`}>
              {t('systems.edit')}
            </Link>
            <ConfirmButton
              label={t('common.delete')}
              question={t('systems.runbook.deleteConfirm', { title: runbook.title })}
              onConfirm={() =>
                void repos.runbooks
                  .remove(runbook.id, writer)
                  .then(() => navigate('/runbooks'))
                  .catch((e: unknown) => setFailure(storageMessage(e)))
              }
            />
          </>
        )}
      </div>
      {failure && <Notice tone="error">{failure}</Notice>}

      <div className="table-wrap">
        <table className="list" data-testid="runbook-steps">
          <thead>
            <tr>
              <th>No.</th>
              <th>{t('systems.runbook.action')}</th>
              <th>{t('systems.runbook.owner')}</th>
              <th>{t('systems.runbook.expectedMinutes')}</th>
              <th>{t('systems.runbook.verification')}</th>
            </tr>
          </thead>
          <tbody>
            {runbook.steps.map((s, i) => (
              <tr key={s.id}>
                <td className="systems-num">{i + 1}</td>
                <td>
                  {s.action}
                  {s.notes && <div className="muted">{s.notes}</div>}
                </td>
                <td>{s.owner}</td>
                <td className="systems-num">{s.expectedMinutes}</td>
                <td>{s.verification}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {runbook.notes && <p className="systems-pre">{runbook.notes}</p>}

      <div className="card">
        <h2>{t('systems.run.startHeading')}</h2>
        {canEdit ? (
          <div className="form">
            <fieldset className="systems-radios">
              <legend>{t('systems.run.kindLabel')}</legend>
              {runKinds.map((k) => (
                <label key={k} className="systems-check">
                  <input type="radio" name="run-kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`systems.run.kind.${k}`)}
                </label>
              ))}
            </fieldset>
            <Field id="run-leader" label={t('systems.run.leader')} hint={t('systems.run.leaderHint', { name: writer.actor })}>
              <input id="run-leader" value={leader} maxLength={60} onChange={(e) => setLeader(e.target.value)} placeholder={writer.actor} />
            </Field>
            <div className="actions">
              <button type="button" className="button" disabled={starting || !writer.actor} onClick={() => void start()}>
                {t('systems.run.start')}
              </button>
            </div>
          </div>
        ) : (
          <p className="muted">{t('systems.run.readOnlyHint')}</p>
        )}
      </div>

      <div className="card">
        <h2>{t('systems.run.historyHeading')}</h2>
        {runs.length === 0 ? (
          <p className="muted">{t('systems.run.noRuns')}</p>
        ) : (
          <ul className="systems-run-history">
            {runs.map((r) => (
              <li key={r.id}>
                <Link to={`/runbooks/runs/${r.id}`}>
                  {formatMonthDayTime(r.startedAt, i18n.language)}
                  {t('punct.parens', { text: t(`systems.run.kind.${r.kind}`) })}
                </Link>{' '}
                <span className="muted">
                  {r.leader}
                  {t('punct.dot')}
                  {t('systems.run.doneCount', { done: r.steps.filter((s) => s.checkedAt).length, total: r.steps.length })}
                  {t('punct.dot')}
                  {runState(r) === 'finished' ? t(`systems.run.outcome.${r.outcome || 'completed'}`) : t('systems.run.inProgress')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
