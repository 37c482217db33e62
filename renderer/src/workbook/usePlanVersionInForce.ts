import { useLiveQuery } from 'dexie-react-hooks';
import { planVersionInForce } from '../db/plan-store';
import { planVersionLabel } from '../domain/plan/plan-version';
import { useWorkbook } from './WorkbookContext';

/**
 * 「計画 第1.0版（2026-04-01 承認）」 for the print context of documents the plan governs (procedures, runbooks, call
 * trees), read here so those areas need nothing from the plan area; empty while no version is approved.
 */
export function usePlanVersionInForce(): string {
  const { db } = useWorkbook();
  return useLiveQuery(async () => planVersionLabel(await planVersionInForce(db)), [db]) ?? '';
}
