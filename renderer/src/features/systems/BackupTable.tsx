import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupMethodWarnings, ISOLATED_MEDIA, type SystemBackup } from '../../domain/systems/backup-register';
import type { InventorySystem } from '../../domain/systems/system';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Notice } from '../../ui/Notice';
import { DemoBadge } from '../../workbook/DemoBadge';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { BackupDialog } from './BackupDialog';
import { formatStoredDate } from '../../domain/date-text';
import { useSystemsRepositories } from './useSystemsData';
import { useToday } from '../../workbook/useToday';

interface Props {
  system: InventorySystem;
  backups: readonly SystemBackup[];
  systems: readonly InventorySystem[];
}

/** One system's backup methods, with add / edit / delete for those who may edit. */
export function BackupTable({ system, backups, systems }: Props) {
  const { t, i18n } = useTranslation();
  const { canEdit, settings, writer } = useWorkbook();
  const repos = useSystemsRepositories();
  const today = useToday();
  const storageMessage = useStorageErrorMessage();
  const [editing, setEditing] = useState<SystemBackup | 'new' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  return (
    <div className="systems-backups" data-testid={`backups-${system.id}`}>
      {backups.length === 0 ? (
        <p className="muted">{t('systems.backup.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="list">
            <thead>
              <tr>
                <th>{t('systems.backup.method')}</th>
                <th>{t('systems.backup.mediaKind')}</th>
                <th>{t('systems.backup.generations')}</th>
                <th>{t('systems.backup.schedule')}</th>
                <th>{t('systems.backup.location')}</th>
                <th>{t('systems.backup.readableShort')}</th>
                <th>{t('systems.backup.lastTestRestoreAt')}</th>
                {canEdit && <th>{t('systems.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => {
                const warnings = backupMethodWarnings(b, today, settings.testRestoreDays);
                return (
                  <tr key={b.id}>
                    <td>
                      {b.method} {b.demo && <DemoBadge />}
                      {b.notes && <div className="muted">{b.notes}</div>}
                    </td>
                    <td>
                      <span className={`systems-media ${ISOLATED_MEDIA.has(b.mediaKind) ? 'isolated' : 'appendable'}`}>{t(`systems.media.${b.mediaKind}`)}</span>
                    </td>
                    <td className="systems-num">{b.generations}</td>
                    <td>{b.schedule}</td>
                    <td>{b.location}</td>
                    <td>{b.readableWithoutSystem ? t('common.yes') : t('common.no')}</td>
                    <td>
                      {formatStoredDate(b.lastTestRestoreAt, i18n.language)}
                      {warnings.map((w) => (
                        <div key={w} className="systems-warning-strong">
                          {t(`systems.backupMethodWarning.${w}`, { days: settings.testRestoreDays })}
                        </div>
                      ))}
                    </td>
                    {canEdit && (
                      <td>
                        <div className="actions">
                          <button type="button" className="button secondary" onClick={() => setEditing(b)}>
                            {t('systems.edit')}
                          </button>
                          <ConfirmButton
                            label={t('common.delete')}
                            question={t('systems.backup.deleteConfirm', { method: b.method })}
                            onConfirm={() => void repos.backups.remove(b.id, writer).catch((e: unknown) => setFailure(storageMessage(e)))}
                          />
                        </div>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <button type="button" className="button secondary" onClick={() => setEditing('new')}>
          {t('systems.backup.add')}
        </button>
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
      {editing && <BackupDialog backup={editing === 'new' ? null : editing} systemId={system.id} systems={systems} onClose={() => setEditing(null)} />}
    </div>
  );
}
