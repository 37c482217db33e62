import type { ReactNode } from 'react';

interface Props {
  tone: 'ok' | 'error' | 'demo';
  children: ReactNode;
}

/** A message the user must see: errors are announced at once by screen readers. */
export function Notice({ tone, children }: Props) {
  return (
    <div className={`banner ${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
