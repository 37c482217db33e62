import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfDocument } from '../../pdf/frame';
import { PrintButton } from './PrintButton';
import type { Prepare, PrintJob } from './usePrintJob';

export interface Printable {
  doc: PdfDocument;
  fileName: string;
}

interface Props {
  job: PrintJob;
  title: string;
  children?: ReactNode;
  /** Builds the document when the button is pressed (reads the database then, so the print is current). */
  prepare: Prepare;
  buttonLabel?: string;
}

/** One printable document on the 印刷 screen. */
export function PrintCard({ job, title, children, prepare, buttonLabel }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
      <div className="actions">
        <PrintButton job={job} primary label={buttonLabel ?? t('print.make')} prepare={prepare} />
      </div>
    </section>
  );
}
