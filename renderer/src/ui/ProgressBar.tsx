interface Props {
  label: string;
  /** 0–1, or undefined while the length of the job is unknown. */
  fraction?: number;
}

export function ProgressBar({ label, fraction }: Props) {
  return (
    <div className="progress" role="status" aria-live="polite">
      <span>{label}</span>
      {fraction === undefined ? <progress aria-label={label} /> : <progress aria-label={label} max={1} value={fraction} />}
    </div>
  );
}
