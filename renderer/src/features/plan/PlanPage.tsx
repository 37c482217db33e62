import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { startNextDraft } from '../../db/plan-store';
import { Notice } from '../../ui/Notice';
import { DemoBadge } from '../../workbook/DemoBadge';
import { PrintButton } from '../../workbook/print/PrintButton';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { PlanDiffView } from './PlanDiffView';
import { PlanSectionsView } from './PlanSectionsView';
import { RevisionHistory } from './RevisionHistory';
import { usePlanData } from './usePlanData';
import { usePlanPrints } from './usePlanPrints';

/** 計画・承認: the version in force (or the draft), its changes, approval and history. */
export function PlanPage() {
  const { t } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const data = usePlanData();
  const prints = usePlanPrints();
  const [showDraft, setShowDraft] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!data) return null;
  const { inForce, draft, history, levels } = data;
  const shown = (showDraft && draft) || inForce || draft;

  const edit = async () => {
    setFailure(null);
    try {
      if (!draft) await startNextDraft(db, writer);
      void navigate('/plan/edit');
    } catch (e) {
      setFailure(storageMessage(e));
    }
  };

  return (
    <section aria-labelledby="plan-heading" className="plan-page">
      <h1 id="plan-heading">{t('plan.heading')}</h1>
      <p className="muted">{t('plan.lead')}</p>
      <ReadOnlyNotice />
      <div className="card plan-status" data-testid="plan-status">
        <p>
          <strong>{t('plan.inForce')}：</strong>
          {inForce ? (
            <span data-testid="plan-in-force">
              {t('plan.versionLabel', { version: inForce.version })} {inForce.approval && t('plan.approvedBy', { date: inForce.approval.approvedOn, name: inForce.approval.approverName })} {inForce.demo && <DemoBadge />}
            </span>
          ) : (
            <span className="muted">{t('plan.inForceNone')}</span>
          )}
        </p>
        {draft && (
          <p data-testid="plan-draft">
            <strong>{t('plan.draft')}：</strong>
            {t('plan.versionLabel', { version: draft.version })}（{t('plan.status.draft')}）{draft.summary && ` — ${draft.summary}`}
          </p>
        )}
        <div className="actions">
          {canEdit && (inForce || draft) && (
            <button type="button" className="button" onClick={() => void edit()}>
              {draft ? t('plan.editDraft') : t('plan.edit')}
            </button>
          )}
          {canEdit && draft && (
            <Link className="button secondary" to="/plan/approve">
              {t('plan.approve')}
            </Link>
          )}
          {canEdit && (
            <Link className="button secondary" to="/plan/levels">
              {t('plan.levels.edit')}
            </Link>
          )}
          <PrintButton label={t('plan.printPlan')} prepare={() => prints.plan(shown?.status === 'draft' ? 'draft' : 'inForce')} />
        </div>
        {inForce && draft && (
          <p>
            {t('plan.viewing')}
            <button type="button" className="button secondary" onClick={() => setShowDraft(!showDraft)}>
              {showDraft ? t('plan.showInForce') : t('plan.showDraft')}
            </button>
          </p>
        )}
        {failure && <Notice tone="error">{failure}</Notice>}
      </div>
      {!shown && <p className="muted">{t('plan.none')}</p>}
      {inForce && draft && <PlanDiffView inForce={inForce} draft={draft} />}
      {shown && (
        <>
          <h2 className="plan-shown" data-testid="plan-shown">
            {t('plan.versionLabel', { version: shown.version })}（{t(`plan.status.${shown.status}`)}）
          </h2>
          <PlanSectionsView sections={shown.sections} levels={levels} />
        </>
      )}
      <RevisionHistory history={history} />
    </section>
  );
}
