import { PrintJobStatus } from './PrintJobStatus';
import { usePrintJob, type Prepare, type PrintJob } from './usePrintJob';

interface Props {
  label: string;
  /** Builds the document when pressed (reading the database then, so the print is current). */
  prepare: Prepare;
  /**
   * A job shared by the screen's print buttons, whose progress and outcome the screen shows once. Without it the
   * button has its own job and shows them below itself.
   */
  job?: PrintJob;
  /** When the label alone does not say which record is printed (one button per call tree). */
  ariaLabel?: string;
  primary?: boolean;
}

/**
 * The one print button: it prepares the document through the job, so "preparing…" is shown while the database is
 * read, and a document that cannot be built is reported like any other failed print instead of being lost.
 */
export function PrintButton({ job, ...button }: Props) {
  return job ? <JobButton job={job} {...button} /> : <OwnJobButton {...button} />;
}

function JobButton({ job, label, prepare, ariaLabel, primary }: Props & { job: PrintJob }) {
  return (
    <button type="button" className={primary ? 'button' : 'button secondary'} disabled={job.busy} aria-label={ariaLabel} onClick={() => void job.printPrepared(prepare)}>
      {label}
    </button>
  );
}

function OwnJobButton(button: Omit<Props, 'job'>) {
  const job = usePrintJob();
  return (
    <div className="print-button">
      <JobButton job={job} {...button} />
      <PrintJobStatus job={job} />
    </div>
  );
}
