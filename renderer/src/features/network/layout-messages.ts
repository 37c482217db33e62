import type { DiagramInput, DiagramLayout } from '../../domain/network/diagram';

export interface LayoutRequest {
  id: number;
  input: DiagramInput;
}

export type LayoutResponse = { id: number; layout: DiagramLayout; workerMs: number } | { id: number; error: string };
