import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../domain/audit/audit-entry';
import { emptyAuditFilter, matchesAuditFilter, type AuditFilter } from '../../domain/audit/audit-filter';
import { verifyAuditChain, type ChainVerdict } from '../../domain/audit/audit-chain';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { PrintJobStatus } from '../../workbook/print/PrintJobStatus';
import { usePrintJob } from '../../workbook/print/usePrintJob';
import { useRegistry } from '../../workbook/registry';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { auditActorText, auditPrintable, auditRowText, auditTableText, verdictText } from './audit-print';
import { AuditTable } from './AuditTable';

/** 監査ログ: filter the change record, verify its hash chain (in chunks, with progress) and print it. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const { db, facility } = useWorkbook();
  const labels = useRegistry();
  const rows = useLiveQuery(() => db.auditLog.orderBy('seq').toArray(), [db]);
  const [filter, setFilter] = useState<AuditFilter>(emptyAuditFilter);
  const [verification, setVerification] = useState<{ kind: 'running'; done: number; total: number } | { kind: 'done'; verdict: ChainVerdict } | null>(null);
  const job = usePrintJob();

  const matched = useMemo(() => {
    const shownText = (row: AuditEntry) => Object.values(auditRowText(t, row, labels));
    return (rows ?? []).filter((r) => matchesAuditFilter(r, filter, shownText));
  }, [rows, filter, t, labels]);
  const shown = useMemo(() => [...matched].reverse(), [matched]);
  const tables = useMemo(() => [...new Set((rows ?? []).map((r) => r.table))].sort(), [rows]);
  const actors = useMemo(() => [...new Set((rows ?? []).map((r) => r.actor))].sort(), [rows]);
  const verdict = verification?.kind === 'done' ? verification.verdict : undefined;

  async function verify(): Promise<ChainVerdict> {
    const all = rows ?? [];
    setVerification({ kind: 'running', done: 0, total: all.length });
    const result = await verifyAuditChain(all, { onProgress: (done, total) => setVerification({ kind: 'running', done, total }) });
    setVerification({ kind: 'done', verdict: result });
    return result;
  }

  async function print() {
    if (!facility) return;
    const result = verdict ?? (await verify());
    const printable = auditPrintable(i18n.getFixedT('ja'), facility, matched, filter, result, labels);
    await job.print(printable.doc, printable.fileName);
  }

  const update = (patch: Partial<AuditFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <section aria-labelledby="audit-heading">
      <h1 id="audit-heading">{t('audit.heading')}</h1>
      <p>{t('audit.lead')}</p>
      <div className="card audit-filters">
        <div className="field">
          <label htmlFor="audit-table">{t('audit.filterTable')}</label>
          <select id="audit-table" value={filter.table} onChange={(e) => update({ table: e.target.value })}>
            <option value="">{t('audit.all')}</option>
            {tables.map((table) => (
              <option key={table} value={table}>
                {auditTableText(t, table)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-actor">{t('audit.filterActor')}</label>
          <select id="audit-actor" value={filter.actor} onChange={(e) => update({ actor: e.target.value })}>
            <option value="">{t('audit.all')}</option>
            {actors.map((actor) => (
              <option key={actor} value={actor}>
                {auditActorText(t, actor)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t('audit.filterFrom')}</label>
          <input id="audit-from" type="date" value={filter.from} onChange={(e) => update({ from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t('audit.filterTo')}</label>
          <input id="audit-to" type="date" value={filter.to} onChange={(e) => update({ to: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="audit-text">{t('audit.filterText')}</label>
          <input id="audit-text" type="search" value={filter.text} onChange={(e) => update({ text: e.target.value })} />
        </div>
      </div>

      <div className="actions">
        <button type="button" className="button" onClick={() => void verify()} disabled={!rows || verification?.kind === 'running'}>
          {t('audit.verify')}
        </button>
        <button type="button" className="button secondary" onClick={() => void print()} disabled={!rows || job.busy || verification?.kind === 'running'}>
          {t('audit.print')}
        </button>
      </div>
      {verification?.kind === 'running' && (
        <ProgressBar label={t('audit.verifying', { done: verification.done, total: verification.total })} fraction={verification.total ? verification.done / verification.total : undefined} />
      )}
      {verdict && (
        <Notice tone={verdict.ok ? 'ok' : 'error'}>
          <span data-testid="audit-verdict">{verdictText(t, verdict)}</span>
        </Notice>
      )}
      <PrintJobStatus job={job} />

      {rows && (
        <p className="muted" data-testid="audit-count">
          {t('audit.shown', { matched: matched.length, total: rows.length })}
        </p>
      )}
      {rows && (shown.length === 0 ? <p>{t('audit.empty')}</p> : <AuditTable rows={shown} verdict={verdict} />)}
    </section>
  );
}
