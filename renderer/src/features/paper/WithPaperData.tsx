import type { ReactNode } from 'react';
import { usePaperData, type PaperData } from './usePaperData';

/** Shows its children once the paper area's data is loaded: an editor's defaults (the first department) need it. */
export function WithPaperData({ children }: { children(data: PaperData): ReactNode }) {
  const data = usePaperData();
  return data ? children(data) : null;
}
