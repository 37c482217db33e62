import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { hasDemoData } from '../../db/demo';
import { readStalePrints } from '../../db/distribution-store';
import { currentCopies } from '../../domain/distribution/stale-prints';
import { formatInstantDate } from '../../domain/date-text';
import { pdfFileName } from '../../domain/print-file-name';
import { buildPrintedCopyRegister, PRINTED_COPY_REGISTER_TITLE } from '../../pdf/documents/distribution/printed-copy-register';
import { APP_VERSION } from '../../workbook/app-version';
import { PrintCard } from '../../workbook/print/PrintCard';
import { PrintedCopyForm } from '../../workbook/print/PrintedCopyForm';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { changesText } from './stale-text';

/** 印刷 → 印刷物の保管台帳: the kept copies with their state, a form for a copy printed elsewhere, and the list on paper. */
export function PrintedCopiesCard({ job }: { job: PrintJob }) {
  const { t, i18n } = useTranslation();
  const { db, facility, canEdit } = useWorkbook();
  const register = useLiveQuery(async () => {
    const [copies, stale] = await Promise.all([db.printedCopies.toArray(), readStalePrints(db)]);
    return { kept: currentCopies(copies).reverse(), stale: new Map(stale.map((s) => [s.copy.id, s.changes])) };
  }, [db]);

  async function prepare() {
    if (!facility) return undefined;
    const ja = i18n.getFixedT('ja');
    const copies = currentCopies(await db.printedCopies.toArray()).reverse();
    const stale = new Map((await readStalePrints(db)).map((s) => [s.copy.id, s.changes]));
    const printedAt = new Date();
    const doc = buildPrintedCopyRegister({
      facilityName: facility.name,
      confidentialityLabel: facility.confidentialityLabel,
      version: APP_VERSION,
      printedAt,
      demo: await hasDemoData(db),
      rows: copies.map((c) => ({
        document: ja(`distribution.printed.documents.${c.document}`),
        title: c.title,
        edition: c.edition === 'department' ? `${ja('distribution.printed.editions.department')}（${c.department}）` : ja(`distribution.printed.editions.${c.edition}`),
        place: c.place,
        version: c.version,
        printedOn: formatInstantDate(c.printedAt, 'ja'),
        state: stale.has(c.id) ? changesText(stale.get(c.id)!, ja) : ja('distribution.printed.current'),
        outdated: stale.has(c.id),
        notes: c.notes,
      })),
    });
    return { doc, fileName: pdfFileName(PRINTED_COPY_REGISTER_TITLE, facility.name, printedAt) };
  }

  return (
    <PrintCard job={job} title={t('distribution.printed.heading')} prepare={prepare} buttonLabel={t('distribution.printed.printRegister')}>
      <p>{t('distribution.printed.lead')}</p>
      {register && register.kept.length === 0 && <p className="muted">{t('distribution.printed.empty')}</p>}
      {register && register.kept.length > 0 && (
        <div className="table-wrap">
          <table className="list" data-testid="printed-copies">
            <thead>
              <tr>
                <th>{t('distribution.printed.fields.title')}</th>
                <th>{t('distribution.printed.fields.edition')}</th>
                <th>{t('distribution.printed.fields.place')}</th>
                <th>{t('distribution.printed.fields.version')}</th>
                <th>{t('distribution.printed.fields.printedAt')}</th>
                <th>{t('distribution.printed.outdated')}</th>
              </tr>
            </thead>
            <tbody>
              {register.kept.map((c) => {
                const changes = register.stale.get(c.id);
                return (
                  <tr key={c.id}>
                    <td>{c.title}</td>
                    <td>{t(`distribution.printed.editions.${c.edition}`) + (c.edition === 'department' ? `（${c.department}）` : '')}</td>
                    <td>{c.place}</td>
                    <td>{c.version || '—'}</td>
                    <td>{formatInstantDate(c.printedAt, i18n.language)}</td>
                    <td>{changes ? <strong>{changesText(changes, t)}</strong> : t('distribution.printed.current')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <details>
          <summary>{t('distribution.printed.recordHeading')}</summary>
          <PrintedCopyForm />
        </details>
      )}
    </PrintCard>
  );
}
