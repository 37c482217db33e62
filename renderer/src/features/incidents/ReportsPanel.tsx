import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMonthDayTime } from '../../domain/date-text';
import type { Contact } from '../../domain/contacts/contact';
import { eventTimeProblem, incidentParts, incidentReportLines, type Incident } from '../../domain/incidents/incident';
import { answers, ppcQuestions, setReport, type Answer, type PpcQuestion, type ReportLine } from '../../domain/incidents/reports';
import { Notice } from '../../ui/Notice';
import { PrintButton } from '../../workbook/print/PrintButton';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { fromLocalInput, toLocalInput } from './time-input';
import { useIncidentChange, useReportRules } from './useIncidents';
import { useIncidentPrints } from './useIncidentPrints';

/** The authority's entry in the contact list, found by the rule's hint (organisation first, then name). */
export function contactFor(contacts: readonly Contact[], hint: string): Contact | undefined {
  if (!hint) return undefined;
  return contacts.find((c) => c.organisation.includes(hint)) ?? contacts.find((c) => c.name.includes(hint));
}

/** 報告 (R14): each body with whether it applies, its due time from discovery, its contact and its state. */
export function ReportsPanel({ incident, now }: { incident: Incident; now: Date }) {
  const { t } = useTranslation();
  const { db } = useWorkbook();
  const change = useIncidentChange(incident);
  const contacts = useLiveQuery(() => db.contacts.toArray(), [db]);
  const parts = incidentParts(incident);
  const rules = useReportRules();
  const lines = incidentReportLines(rules.rules, incident, now);
  const setAnswer = (q: PpcQuestion, a: Answer) =>
    void change.apply((i) => ({ ...i, ppc: { ...incidentParts(i).ppc, [q]: a } }), [{ what: `個人情報保護委員会の判断：${t(`incidents.ppc.${q}`)} → ${t(`incidents.answer.${a}`)}` }]);
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('incidents.tabs.reports')}</h2>
      <p className="muted">{rules.note}</p>
      {change.failure && <Notice tone="error">{change.failure}</Notice>}
      <fieldset className="card incidents-ppc" disabled={!change.mayChange || change.busy}>
        <legend>{t('incidents.ppc.heading')}</legend>
        {ppcQuestions.map((q) => (
          <label key={q} className="incidents-ppc-line">
            <span>{t(`incidents.ppc.${q}`)}</span>
            <select value={parts.ppc[q]} onChange={(e) => setAnswer(q, e.target.value as Answer)} data-testid={`ppc-${q}`}>
              {answers.map((a) => (
                <option key={a} value={a}>
                  {t(`incidents.answer.${a}`)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <ul className="incidents-reports">
        {lines.map((line) => (
          <ReportItem key={line.rule.key} line={line} incident={incident} contact={contactFor(contacts ?? [], line.rule.contactHint)} change={change} />
        ))}
      </ul>
    </section>
  );
}

function ReportItem({ line, incident, contact, change }: { line: ReportLine; incident: Incident; contact: Contact | undefined; change: ReturnType<typeof useIncidentChange> }) {
  const { t, i18n } = useTranslation();
  const prints = useIncidentPrints();
  const [open, setOpen] = useState(false);
  const [time, setTime] = useState('');
  const [reference, setReference] = useState('');
  const [attachment, setAttachment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { rule, record, state, due } = line;
  const save = async () => {
    const at = fromLocalInput(time);
    const problem = at ? eventTimeProblem(at, incident.discoveredAt, new Date()) : 'validation.required';
    if (problem) return setError(t(problem));
    setError(null);
    const ok = await change.apply(
      (i) => ({ ...i, reports: setReport(incidentParts(i).reports, { ruleKey: rule.key, status: 'done', reportedAt: at, reportedBy: change.actor, reference: reference.trim(), attachmentNote: attachment.trim() }) }),
      [{ what: `報告：${rule.body}${reference.trim() ? `（受付 ${reference.trim()}）` : ''}`, at }],
    );
    if (ok) setOpen(false);
  };
  const setStatus = (status: 'open' | 'notApplicable') =>
    void change.apply((i) => ({ ...i, reports: setReport(incidentParts(i).reports, { ...record, status }) }), [{ what: status === 'open' ? `報告：${rule.body} を未報告に戻した` : `報告：${rule.body} は対象外と判断` }]);
  return (
    <li className={`card incidents-report ${state}`} data-testid={`report-${rule.key}`}>
      <div className="incidents-report-head">
        <strong>{rule.body}</strong>
        <span className={`badge incidents-report-state ${state}`} data-testid="report-state">
          {t(`incidents.reportState.${state}`)}
        </span>
      </div>
      <div>
        {t('incidents.reports.due')}: {rule.due.text}（{formatMonthDayTime(due.dueAt.toISOString(), i18n.language)}
        {due.aimAt && ` ${t('incidents.reports.aim', { time: formatMonthDayTime(due.aimAt.toISOString(), i18n.language) })}`}）
      </div>
      {rule.what && <div className="muted">{rule.what}</div>}
      <div className="muted">
        {t('incidents.reports.contact')}:{' '}
        {contact ? (
          <Link to={`/contacts?focus=${contact.id}`}>
            {[contact.organisation, contact.name].filter(Boolean).join(' ')} {contact.phones.find((p) => p.number)?.number ?? ''}
          </Link>
        ) : (
          t('incidents.reports.noContact')
        )}
      </div>
      {record.status === 'done' && (
        <div data-testid="report-done">
          {t('incidents.reports.doneBy', { time: formatMonthDayTime(record.reportedAt, i18n.language), name: record.reportedBy })}
          {record.reference && ` · ${t('incidents.reports.reference')}: ${record.reference}`}
          {record.attachmentNote && ` · ${t('incidents.reports.attachment')}: ${record.attachmentNote}`}
        </div>
      )}
      <div className="muted incidents-sources">
        {t('incidents.reports.sources')}: {rule.sources.join(' / ')}
      </div>
      <div className="actions">
        {change.mayChange && record.status !== 'done' && (
          <button type="button" className="button" onClick={() => { setTime(toLocalInput(new Date())); setOpen(!open); }}>
            {t('incidents.reports.markDone')}
          </button>
        )}
        {change.mayChange && record.status === 'open' && line.applicability !== 'required' && (
          <button type="button" className="button secondary" onClick={() => setStatus('notApplicable')}>
            {t('incidents.reports.notApplicable')}
          </button>
        )}
        {change.mayChange && record.status !== 'open' && (
          <button type="button" className="button secondary" onClick={() => setStatus('open')}>
            {t('incidents.reports.reopen')}
          </button>
        )}
        <PrintButton label={t('incidents.print.reportSheet')} ariaLabel={t('incidents.print.reportSheetOf', { body: rule.body })} prepare={() => prints.reportSheet(incident.id, rule.key)} />
      </div>
      {open && (
        <div className="incidents-inline">
          <label>
            {t('incidents.reports.when')} <input type="datetime-local" value={time} onChange={(e) => setTime(e.target.value)} />
          </label>
          <label>
            {t('incidents.reports.reference')} <input value={reference} maxLength={200} onChange={(e) => setReference(e.target.value)} />
          </label>
          <label>
            {t('incidents.reports.attachment')} <input value={attachment} maxLength={1000} onChange={(e) => setAttachment(e.target.value)} />
          </label>
          <button type="button" className="button" disabled={change.busy} onClick={() => void save()}>
            {t('incidents.save')}
          </button>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
