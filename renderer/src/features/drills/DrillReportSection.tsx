import { dataKey } from '../../i18n/typed-keys';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approveDrillReport } from '../../db/drills-store';
import { Repository } from '../../db/repository';
import { drillSchema, type Drill } from '../../domain/drills/drill';
import { formatStoredDate } from '../../domain/date-text';
import { approvalProblems, approvalSchema } from '../../domain/plan/approval';
import { Field, fieldAria } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PrintButton } from '../../workbook/print/PrintButton';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useToday } from '../../workbook/useToday';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useDrillPrints } from './useDrillPrints';

const NAME_PROBLEMS = new Set(['validation.approverRequired', 'validation.required']);

/** approval.ts names its problems with shared keys; the drills area words them itself. */
const problemKey = (key: string) => `drills.validation.${key.split('.').pop() ?? 'date'}`;

/** 経営層への報告 (R4): the report's words, management's approval (the plan's approval shape), and the report PDF. */
export function DrillReportSection({ drill }: { drill: Drill }) {
  const { t, i18n } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const today = useToday();
  const storageMessage = useStorageErrorMessage();
  const prints = useDrillPrints();
  const contacts = useLiveQuery(() => db.contacts.orderBy('furigana').toArray(), [db]);
  const [summary, setSummary] = useState(drill.reportSummary);
  const [approverId, setApproverId] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [approvedOn, setApprovedOn] = useState(today);
  const [reference, setReference] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  if (!contacts) return null;

  const attempt = async (work: () => Promise<unknown>) => {
    setStatus(null);
    try {
      await work();
    } catch (error) {
      setStatus({ tone: 'error', text: storageMessage(error) });
    }
  };

  const saveSummary = () => attempt(async () => {
    const parsed = drillSchema.shape.reportSummary.safeParse(summary);
    if (!parsed.success) return setStatus({ tone: 'error', text: t(dataKey(parsed.error.issues[0]?.message ?? 'validation.invalid')) });
    await new Repository(db, 'drills').save({ ...drill, reportSummary: parsed.data }, writer);
    setStatus({ tone: 'ok', text: t('drills.record.saved') });
  });

  const approve = () => attempt(async () => {
    const draft = { approverContactId: approverId, approverName: name, approverRole: role, approvedOn, reference };
    const found = approvalProblems(draft, today);
    const parsed = approvalSchema.safeParse(draft);
    if (!parsed.success) found.push(...parsed.error.issues.map((i) => i.message));
    setProblems([...new Set(found)]);
    if (found.length > 0 || !parsed.success) return;
    await approveDrillReport(db, drill.id, parsed.data, writer);
  });

  // The name's problems (missing) and the date's (malformed, in the future), each worded by the drills area.
  const problemOf = (field: 'name' | 'date') => {
    const problem = problems.find((p) => NAME_PROBLEMS.has(p) === (field === 'name'));
    return problem ? t(field === 'name' ? 'drills.validation.approverRequired' : dataKey(problemKey(problem))) : undefined;
  };

  return (
    <section className="card" aria-labelledby="drill-report-heading">
      <h2 id="drill-report-heading">{t('drills.report.heading')}</h2>
      <Field id="drill-report-summary" label={t('drills.report.summary')} hint={t('drills.report.summaryHint')}>
        <textarea {...fieldAria('drill-report-summary', { hint: true })} value={summary} readOnly={!canEdit} onChange={(e) => setSummary(e.target.value)} />
      </Field>
      {canEdit && (
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => void saveSummary()}>
            {t('drills.report.saveSummary')}
          </button>
        </div>
      )}
      <h3>{t('drills.fields.approval')}</h3>
      {drill.approval ? (
        <p data-testid="drill-approval">
          {t('drills.report.approved', { date: formatStoredDate(drill.approval.approvedOn, i18n.language), name: drill.approval.approverName, role: drill.approval.approverRole || '—' })}
          {drill.approval.reference && ` ${t('punct.parens', { text: drill.approval.reference })}`}
        </p>
      ) : (
        canEdit && (
          <div className="form">
            <div className="field">
              <label htmlFor="drill-approver-contact">{t('drills.report.approver')}</label>
              <select
                id="drill-approver-contact"
                value={approverId}
                onChange={(e) => {
                  const contact = contacts.find((c) => c.id === e.target.value);
                  setApproverId(e.target.value);
                  if (contact) {
                    setName(contact.name);
                    setRole(contact.role);
                  }
                }}
              >
                <option value="">{t('drills.report.approverPick')}</option>
                {contacts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                    {c.role ? t('punct.parens', { text: c.role }) : ''}
                  </option>
                ))}
              </select>
            </div>
            <div className="systems-grid">
              <Field id="drill-approver-name" label={t('drills.report.approverName')} error={problemOf('name')}>
                <input {...fieldAria('drill-approver-name', { error: problemOf('name') })} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
              </Field>
              <Field id="drill-approver-role" label={t('drills.report.approverRole')}>
                <input id="drill-approver-role" value={role} maxLength={100} onChange={(e) => setRole(e.target.value)} />
              </Field>
              <Field id="drill-approved-on" label={t('drills.report.approvedOn')} error={problemOf('date')}>
                <input {...fieldAria('drill-approved-on', { error: problemOf('date') })} type="date" max={today} value={approvedOn} onChange={(e) => setApprovedOn(e.target.value)} />
              </Field>
            </div>
            <Field id="drill-approval-reference" label={t('drills.report.reference')} hint={t('drills.report.referenceHint')}>
              <input {...fieldAria('drill-approval-reference', { hint: true })} value={reference} maxLength={200} onChange={(e) => setReference(e.target.value)} />
            </Field>
            <div className="actions">
              <button type="button" className="button secondary" onClick={() => void approve()}>
                {t('drills.report.approve')}
              </button>
            </div>
          </div>
        )
      )}
      <div className="actions">
        <PrintButton primary label={t('drills.report.print')} prepare={() => prints.report(drill.id)} />
      </div>
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
    </section>
  );
}
