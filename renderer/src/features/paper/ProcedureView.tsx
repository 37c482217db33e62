import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ProcedureStep } from '../../domain/paper/procedure';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Notice } from '../../ui/Notice';
import { DemoBadge } from '../../workbook/DemoBadge';
import { PrintJobStatus } from '../../workbook/print/PrintJobStatus';
import { usePrintJob } from '../../workbook/print/usePrintJob';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { LevelBadge } from './LevelBadge';
import { Markup } from '../../ui/Markup';
import { usePaperData } from './usePaperData';
import { usePaperPrint } from './usePaperPrint';
import { Repository } from '../../db/repository';

function Steps({ steps, empty }: { steps: readonly ProcedureStep[]; empty: string }) {
  const { t } = useTranslation();
  if (steps.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="paper-steps">
      {steps.map((step, i) => (
        <li key={i}>
          <span className="paper-step-role">{step.role || t('paper.procedure.noRole')}</span>
          <Markup text={step.text} />
        </li>
      ))}
    </ol>
  );
}

/** One procedure, readable at a glance during an outage, with its print button. */
export function ProcedureView() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { db, canEdit, writer } = useWorkbook();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const loaded = useLiveQuery(async () => ({ id, procedure: (await db.procedures.get(id)) ?? null }), [db, id]);
  const procedure = loaded?.id === id ? loaded.procedure : undefined;
  const data = usePaperData();
  const job = usePrintJob();
  const print = usePaperPrint(job, data);
  if (procedure === undefined || !data) return null;
  if (procedure === null) return <Notice tone="error">{t('paper.procedure.notFound')}</Notice>;
  const empty = t('paper.procedure.notWritten');
  const forms = procedure.formIds.map((fid) => data.forms.find((f) => f.id === fid)).filter((f) => f !== undefined);

  return (
    <section aria-labelledby="procedure-heading" className="paper-procedure">
      <p>
        <Link to="/paper">← {t('paper.heading')}</Link>
      </p>
      <h1 id="procedure-heading">
        {procedure.title} {procedure.demo && <DemoBadge />}
      </h1>
      <p>
        {procedure.department} <LevelBadge level={procedure.level} levels={data.levels} />
      </p>
      <div className="actions">
        <button type="button" className="button" disabled={job.busy} onClick={() => print.printProcedure(procedure)}>
          {t('paper.procedure.print')}
        </button>
        {canEdit && (
          <>
            <Link className="button secondary" to={`/paper/procedures/${procedure.id}/edit`}>
              {t('paper.procedure.edit')}
            </Link>
            <ConfirmButton
              label={t('paper.procedure.delete')}
              question={t('paper.procedure.deleteConfirm', { title: procedure.title })}
              onConfirm={() => {
                new Repository(db, 'procedures')
                  .remove(procedure.id, writer)
                  .then(() => navigate('/paper'))
                  .catch((error: unknown) => setFailure(storageMessage(error)));
              }}
            />
          </>
        )}
      </div>
      {failure && <Notice tone="error">{failure}</Notice>}
      <PrintJobStatus job={job} />

      <div className="card">
        <h2>{t('paper.procedure.trigger')}</h2>
        <Markup text={procedure.trigger} empty={empty} />
      </div>
      <div className="card">
        <h2>{t('paper.procedure.steps')}</h2>
        <Steps steps={procedure.steps} empty={empty} />
      </div>
      <div className="card">
        <h2>{t('paper.procedure.supplies')}</h2>
        <Markup text={procedure.supplies} empty={empty} />
        <h2>{t('paper.procedure.forms')}</h2>
        {forms.length === 0 ? (
          <p className="muted">{empty}</p>
        ) : (
          <ul className="paper-links">
            {forms.map((f) => (
              <li key={f.id}>
                <Link to={`/paper/forms/${f.id}`}>{f.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="card">
        <h2>{t('paper.procedure.backEntry')}</h2>
        <Steps steps={procedure.backEntrySteps} empty={empty} />
        <h3>{t('paper.procedure.paperOriginal')}</h3>
        <Markup text={procedure.paperOriginal} empty={empty} />
      </div>
      <div className="card">
        <h2>{t('paper.procedure.return')}</h2>
        <Steps steps={procedure.returnSteps} empty={empty} />
      </div>
    </section>
  );
}
