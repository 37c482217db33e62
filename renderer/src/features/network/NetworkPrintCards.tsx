import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperSize } from '../../pdf/frame';
import { PrintCard } from '../../workbook/print/PrintCard';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { useNetworkPrints } from './useNetworkPrints';

export function DiagramPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const prints = useNetworkPrints();
  const [paper, setPaper] = useState<PaperSize>('A4');
  return (
    <PrintCard job={job} title={t('network.print.diagramTitle')} prepare={() => prints.diagram(paper)}>
      <label>
        {t('network.diagram.paper')}{' '}
        <select value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
          <option value="A4">{t('network.diagram.a4')}</option>
          <option value="A3">{t('network.diagram.a3')}</option>
        </select>
      </label>
    </PrintCard>
  );
}

export function IsolationSheetPrintCard({ job }: { job: PrintJob }) {
  const { t } = useTranslation();
  const prints = useNetworkPrints();
  return <PrintCard job={job} title={t('network.print.isolationTitle')} prepare={prints.isolationSheet} />;
}
