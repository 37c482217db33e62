import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../domain/date-text';
import { PrintButton } from '../../workbook/print/PrintButton';
import { PrintCard } from '../../workbook/print/PrintCard';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { useIncidentList, useReportRules } from './useIncidents';
import { useIncidentPrints } from './useIncidentPrints';

/**
 * 白紙の用紙 of the 情報システム部門 downtime kit: printed before anything happens, for when the PC is gone — the
 * initial-response checklist, the timeline sheet, the status-board sheet (every system) and a report sheet per body.
 */
export function BlankIncidentSheetsPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const prints = useIncidentPrints();
  const { rules } = useReportRules();
  const [rule, setRule] = useState(rules[0]?.key ?? '');
  return (
    <PrintCard job={job} title={t('incidents.print.blankTitle')} prepare={prints.blankChecklist} buttonLabel={t('incidents.print.blankChecklist')}>
      <p className="muted">{t('incidents.print.blankLead')}</p>
      <div className="actions">
        <PrintButton job={job} label={t('incidents.print.blankTimeline')} prepare={prints.blankTimeline} />
        <PrintButton job={job} label={t('incidents.print.blankBoard')} prepare={prints.blankBoard} />
      </div>
      <div className="actions">
        <label>
          {t('incidents.print.body')}{' '}
          <select value={rule} onChange={(e) => setRule(e.target.value)}>
            {rules.map((r) => (
              <option key={r.key} value={r.key}>
                {r.body}
              </option>
            ))}
          </select>
        </label>
        <PrintButton job={job} label={t('incidents.print.blankReport')} prepare={() => prints.reportSheet(null, rule)} />
      </div>
    </PrintCard>
  );
}

/** The full record of one incident or drill, chosen from the list. */
export function IncidentRecordPrintCard({ job }: { job: PrintJob }) {
  const { t, i18n } = useTranslation();
  const incidents = useIncidentList();
  const prints = useIncidentPrints();
  const [chosen, setChosen] = useState('');
  const id = chosen || incidents?.[0]?.id || '';
  if (!incidents || incidents.length === 0) return null;
  return (
    <PrintCard job={job} title={t('incidents.print.recordTitle')} prepare={() => (id ? prints.record(id) : undefined)}>
      <label>
        {t('incidents.print.choose')}{' '}
        <select value={id} onChange={(e) => setChosen(e.target.value)}>
          {incidents.map((i) => (
            <option key={i.id} value={i.id}>
              {i.exercise ? `${t('incidents.exercise')} ` : ''}
              {t(`incidents.kind.${i.kind}`)} {formatDateTime(i.discoveredAt, i18n.language)}
            </option>
          ))}
        </select>
      </label>
    </PrintCard>
  );
}
