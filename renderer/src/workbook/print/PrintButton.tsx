import type { Printable } from './PrintCard';
import { PrintJobStatus } from './PrintJobStatus';
import { usePrintJob } from './usePrintJob';

interface Props {
  label: string;
  prepare(): Promise<Printable | undefined>;
}

/** A print button on one of the area's screens, with its own progress and saved-file follow-up. */
export function PrintButton({ label, prepare }: Props) {
  const job = usePrintJob();
  return (
    <div className="systems-print">
      <button
        type="button"
        className="button secondary"
        disabled={job.busy}
        onClick={() => void prepare().then((p) => p && job.print(p.doc, p.fileName))}
      >
        {label}
      </button>
      <PrintJobStatus job={job} />
    </div>
  );
}
