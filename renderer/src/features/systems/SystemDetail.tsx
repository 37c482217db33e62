import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { removeSystem } from '../../db/systems-store';
import { useRegistry } from '../../workbook/registry';
import { deletePlanText, useDeletePlan } from '../../workbook/useDeletePlan';
import { supportStatus } from '../../domain/systems/eos';
import { totalExpectedMinutes } from '../../domain/systems/runbook';
import { formatLocation } from '../../domain/systems/system';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Notice } from '../../ui/Notice';
import { DemoBadge } from '../../workbook/DemoBadge';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { BackupTable } from './BackupTable';
import { contactLabel, hoursLabel, minutesLabel } from './format';
import { formatStoredDate } from '../../domain/date-text';
import { SystemsNav } from './SystemsNav';
import { useBackups, useContacts, useRunbooks, useSegmentNames, useSystems } from './useSystemsData';
import { useToday } from '../../workbook/useToday';
import { SystemWarnings } from './warnings';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children || '—'}</dd>
    </>
  );
}

/** Everything about one system: inventory fields, warnings, backups and its runbooks. */
export function SystemDetail() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const { db, canEdit, settings, writer } = useWorkbook();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const systems = useSystems();
  const backups = useBackups();
  const runbooks = useRunbooks();
  const contacts = useContacts();
  const segmentNames = useSegmentNames();
  const today = useToday();
  const [failure, setFailure] = useState<string | null>(null);
  const { references } = useRegistry();
  const deletePlan = useDeletePlan('systems', id);
  const deleteDetails = deletePlanText(t, deletePlan);
  if (!systems || !backups || !runbooks || !contacts) return null;
  const system = systems.find((s) => s.id === id);
  if (!system) return <p>{t('systems.notFound')}</p>;
  const vendor = contacts.find((c) => c.id === system.vendorContactId);
  const own = backups.filter((b) => b.systemId === system.id);
  const books = runbooks.filter((r) => r.systemId === system.id);
  const date = (v: string) => formatStoredDate(v, i18n.language);
  const risk = system.riskAcceptance;

  return (
    <section className="systems-page" aria-labelledby="system-heading">
      <SystemsNav />
      <p>
        <Link to="/systems">← {t('systems.backToList')}</Link>
      </p>
      <h1 id="system-heading">
        {system.name} {system.demo && <DemoBadge />}
      </h1>
      <SystemWarnings system={system} backups={own} today={today} testRestoreDays={settings.testRestoreDays} />
      {canEdit && (
        <div className="actions systems-toolbar">
          <Link className="button" to={`/systems/${system.id}/edit`}>
            {t('systems.edit')}
          </Link>
          <ConfirmButton
            label={t('common.delete')}
            question={deleteDetails ? t('systems.deleteConfirmReferences', { name: system.name, details: deleteDetails }) : t('systems.deleteConfirm', { name: system.name })}
            blocked={deletePlan?.refused}
            onConfirm={() =>
              void removeSystem(db, references, system.id, writer)
                .then(() => navigate('/systems'))
                .catch((e: unknown) => setFailure(storageMessage(e)))
            }
          />
        </div>
      )}
      {failure && <Notice tone="error">{failure}</Notice>}

      <div className="systems-columns">
        <div className="card">
          <h2>{t('systems.editor.basics')}</h2>
          <dl className="systems-dl">
            <Row label={t('systems.field.kind')}>
              {t(`systemKind.${system.kind}`)}
              {system.category && t('punct.parens', { text: t(`systems.category.${system.category}`) })}
            </Row>
            <Row label={t('list.location')}>{formatLocation(system.location)}</Row>
            <Row label={t('list.segment')}>{segmentNames?.get(system.segmentId)}</Row>
            <Row label={t('systems.field.vendor')}>
              {vendor && (
                <>
                  {contactLabel(vendor)}
                  {vendor.phones
                    .filter((p) => p.number)
                    .map((p) => (
                      <div key={`${p.label}-${p.number}`} className="phone">
                        {t(`phoneLabel.${p.label}`)} {p.number}
                      </div>
                    ))}
                </>
              )}
            </Row>
          </dl>
        </div>
        <div className="card">
          <h2>{t('systems.editor.recovery')}</h2>
          <dl className="systems-dl">
            <Row label={t('systems.field.criticality')}>{t(`criticality.${system.criticality}`)}</Row>
            <Row label={t('systems.field.restorePriority')}>{String(system.restorePriority)}</Row>
            <Row label="RTO">{hoursLabel(t, system.rtoHours)}</Row>
            <Row label="RPO">{hoursLabel(t, system.rpoHours)}</Row>
            <Row label={t('systems.field.substitute')}>{system.substitute}</Row>
            <Row label={t('systems.field.configurationBackup')}>{system.configurationBackup}</Row>
          </dl>
        </div>
        <div className="card">
          <h2>{t('systems.editor.operation')}</h2>
          <dl className="systems-dl">
            <Row label={t('systems.field.monitoringMethod')}>{system.monitoring.method}</Row>
            <Row label={t('systems.field.monitoringWatchedBy')}>{system.monitoring.watchedBy}</Row>
            <Row label={t('systems.field.remoteMaintenance')}>
              {system.remoteMaintenance.present ? t('systems.detail.remoteYes', { route: system.remoteMaintenance.route }) : t('systems.detail.remoteNo')}
            </Row>
          </dl>
        </div>
        <div className="card">
          <h2>{t('systems.editor.eos')}</h2>
          <dl className="systems-dl">
            <Row label={t('systems.field.support')}>{t(`systems.support.${supportStatus(system, today)}`)}</Row>
            <Row label={t('systems.eos.endOfSale')}>{date(system.eos.endOfSale)}</Row>
            <Row label={t('systems.eos.endOfSupport')}>{date(system.eos.endOfSupport)}</Row>
            <Row label={t('systems.eos.endOfService')}>{date(system.eos.endOfService)}</Row>
            <Row label={t('systems.field.vulnerabilityNotes')}>{system.vulnerabilityNotes}</Row>
            <Row label={t('systems.field.riskAcceptance')}>
              {risk.accepted ? (
                <>
                  <div>{risk.compensatingControls}</div>
                  <div className="muted">
                    {t('systems.detail.riskMeta', { approver: risk.approver, acceptedOn: date(risk.acceptedOn), reviewDate: date(risk.reviewDate) })}
                  </div>
                </>
              ) : (
                t('systems.detail.noRiskAcceptance')
              )}
            </Row>
          </dl>
        </div>
      </div>
      {system.notes && (
        <div className="card">
          <h2>{t('systems.field.notes')}</h2>
          <p className="systems-pre">{system.notes}</p>
        </div>
      )}

      <div className="card">
        <h2>{t('nav.backups')}</h2>
        <BackupTable system={system} backups={own} systems={systems} />
      </div>

      <div className="card">
        <h2>{t('nav.runbooks')}</h2>
        {books.length === 0 ? (
          <p className="muted">{t('systems.runbook.none')}</p>
        ) : (
          <ul>
            {books.map((r) => (
              <li key={r.id}>
                <Link to={`/runbooks/${r.id}`}>{r.title}</Link>{' '}
                <span className="muted">
                  {t('systems.runbook.stepCount', { count: r.steps.length })}
                  {t('punct.dot')}
                  {minutesLabel(t, totalExpectedMinutes(r.steps))}
                </span>
              </li>
            ))}
          </ul>
        )}
        {canEdit && (
          <Link className="button secondary" to={`/runbooks/new?system=${system.id}`}>
            {t('systems.runbook.add')}
          </Link>
        )}
      </div>
    </section>
  );
}
