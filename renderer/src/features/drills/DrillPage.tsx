import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { Repository } from '../../db/repository';
import { drillState } from '../../domain/drills/drill';
import { formatStoredDate } from '../../domain/date-text';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Notice } from '../../ui/Notice';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { useStoredRecord } from '../../workbook/useStoredRecord';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { DrillFindingsSection } from './DrillFindingsSection';
import { DrillRecordSection } from './DrillRecordSection';
import { DrillReportSection } from './DrillReportSection';
import { DrillRunSection } from './DrillRunSection';

/** One drill: its plan, the run (exercise incident and timeline), what was used, findings and the report. */
export function DrillPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const { db, writer, canEdit } = useWorkbook();
  const navigate = useNavigate();
  const drill = useStoredRecord('drills', id);
  const participants = useLiveQuery(async () => (drill && drill !== 'missing' ? (await db.contacts.bulkGet(drill.participantContactIds)).flatMap((c) => (c ? [c.name] : [])) : []), [db, drill]);
  if (drill === undefined || participants === undefined) return null;
  if (drill === null || drill === 'missing') {
    return (
      <section className="record-not-found">
        <Notice tone="error">{t('drills.notFound')}</Notice>
        <p>
          <Link to="/drills">← {t('drills.backToList')}</Link>
        </p>
      </section>
    );
  }
  const rows: [string, string][] = [
    [t('drills.fields.kind'), t(`drills.kind.${drill.kind}`)],
    [t('drills.fields.scheduledFor'), formatStoredDate(drill.scheduledFor, i18n.language)],
    [t('drills.fields.heldOn'), drill.heldOn ? formatStoredDate(drill.heldOn, i18n.language) : t(`drills.state.${drillState(drill)}`)],
    [t('drills.fields.scenario'), drill.scenario || '—'],
    [t('drills.fields.objectives'), drill.objectives || '—'],
    [t('drills.fields.departments'), drill.departments.join(t('punct.list')) || '—'],
    [t('drills.fields.participants'), participants.join(t('punct.list')) || '—'],
    [t('drills.fields.outsideParties'), drill.outsideParties || '—'],
  ];
  return (
    <section aria-labelledby="drill-heading" className="drill-page">
      <p>
        <Link to="/drills">← {t('drills.backToList')}</Link>
      </p>
      <h1 id="drill-heading">{drill.title}</h1>
      <ReadOnlyNotice />
      <dl className="card drill-plan">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd style={{ whiteSpace: 'pre-wrap' }}>{value}</dd>
          </div>
        ))}
      </dl>
      {canEdit && (
        <div className="actions">
          <Link className="button secondary" to={`/drills/${drill.id}/edit`}>
            {t('drills.edit')}
          </Link>
          <ConfirmButton
            label={t('drills.delete')}
            question={t('drills.deleteConfirm', { name: drill.title })}
            onConfirm={() => void new Repository(db, 'drills').remove(drill.id, writer).then(() => navigate('/drills'))}
          />
        </div>
      )}
      <DrillRunSection drill={drill} />
      <DrillRecordSection key={`record-${drill.id}`} drill={drill} />
      <DrillFindingsSection drill={drill} />
      <DrillReportSection key={`report-${drill.id}`} drill={drill} />
    </section>
  );
}
