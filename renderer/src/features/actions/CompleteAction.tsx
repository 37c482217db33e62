import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { changesSinceCreated, completeAction } from '../../db/actions-store';
import type { AuditEntry } from '../../domain/audit/audit-entry';
import type { FollowUpAction, RecordLink } from '../../domain/actions/follow-up-action';
import { formatDateTime } from '../../domain/date-text';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { hrefOf } from './record-links';

/**
 * 「完了にする」. An action that names records it changes first asks whether they were updated, showing the audit-trail
 * changes of each since the action was created; 「はい」 links those rows on the action.
 */
export function CompleteAction({ action }: { action: FollowUpAction }) {
  const { t, i18n } = useTranslation();
  const { db, writer } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const [found, setFound] = useState<{ link: RecordLink; rows: AuditEntry[] }[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const complete = async (updated: boolean) => {
    setFailure(null);
    try {
      await completeAction(db, action.id, { updated }, writer);
      setFound(null);
    } catch (error) {
      setFailure(storageMessage(error));
    }
  };

  const start = async () => {
    if (action.changes.length === 0) return complete(false);
    setFound(await changesSinceCreated(db, action));
  };
  const anyRows = found?.some((f) => f.rows.length > 0) ?? false;

  return (
    <>
      <button type="button" className="button" onClick={() => void start()} data-testid="action-complete">
        {t('actions.complete.button')}
      </button>
      {failure && <Notice tone="error">{failure}</Notice>}
      {found && (
        <Dialog title={t('actions.complete.heading')} onClose={() => setFound(null)}>
          <h2>{t('actions.complete.heading')}</h2>
          <p>{t('actions.complete.lead')}</p>
          <ul data-testid="action-complete-changes">
            {found.map(({ link, rows }) => (
              <li key={`${link.table}-${link.recordId}-${link.label}`}>
                <Link to={hrefOf(link)}>{link.label}</Link>
                {t('punct.colon')}
                {rows.length === 0 ? t('actions.complete.noRows') : t('actions.complete.rows', { count: rows.length })}
                {rows.length > 0 && (
                  <ul>
                    {rows.map((r) => (
                      <li key={r.seq}>
                        No.{r.seq} {t('actions.complete.row', { at: formatDateTime(r.at, i18n.language), actor: r.actor, fields: r.changedFields.join(t('punct.list')) || t(`audit.actions.${r.action}`) })}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          {!anyRows && <Notice tone="error">{t('actions.complete.noRowsHint')}</Notice>}
          <div className="actions">
            <button type="button" className="button" disabled={!anyRows} onClick={() => void complete(true)}>
              {t('actions.complete.yes')}
            </button>
            <button type="button" className="button secondary" onClick={() => void complete(false)}>
              {t('actions.complete.noUpdate')}
            </button>
            <button type="button" className="button secondary" onClick={() => setFound(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
