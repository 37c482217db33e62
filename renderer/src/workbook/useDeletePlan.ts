import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { planDelete, type DeletePlan } from '../db/references';
import type { RecordTableName } from '../db/schema';
import { dataKey } from '../i18n/typed-keys';
import { useRegistry } from './registry';
import { useWorkbook } from './WorkbookContext';

/** What deleting this record would do to the records referring to it, kept current while the page is open. */
export function useDeletePlan(table: RecordTableName, id: string | undefined): DeletePlan | undefined {
  const { db } = useWorkbook();
  const { references } = useRegistry();
  return useLiveQuery(() => (id ? planDelete(db, references, table, id) : undefined), [db, references, table, id]);
}

/** The sentences a delete confirmation adds: what refers to the record and what the delete will do to it. */
export function deletePlanText(t: TFunction, plan: DeletePlan | undefined): string {
  if (!plan) return '';
  const sentences = plan.referrers.map(({ reference, records }) =>
    t(dataKey(reference.messageKey), { names: records.map((r) => r.label).join(t('punct.list')), count: records.length }),
  );
  if (plan.refused) sentences.push(t('references.refused'));
  return sentences.join('');
}
