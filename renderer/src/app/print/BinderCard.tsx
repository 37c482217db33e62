import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BinderEdition } from '../../domain/binder/outline';
import { kitDepartments } from '../../domain/paper/downtime-kit';
import { departmentChoices } from '../../domain/paper/procedure';
import { binderTitle } from '../../pdf/documents/binder/binder';
import { PrintCard } from '../../workbook/print/PrintCard';
import type { PrintJob } from '../../workbook/print/usePrintJob';
import { usePrintedCopyRecorder } from '../../workbook/print/usePrintedCopyRecorder';
import { usePlanVersionInForce } from '../../workbook/usePlanVersionInForce';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { prepareBinder } from './binder';

const EDITIONS: readonly BinderEdition[] = ['admin', 'staff', 'department'];

/** 印刷 → BCP 冊子: the whole plan as one PDF, in the chosen edition; the saved copy can go into the printed-copy register. */
export function BinderCard({ job }: { job: PrintJob }) {
  const { t, i18n } = useTranslation();
  const { db, facility, settings } = useWorkbook();
  const id = useId();
  const planVersion = usePlanVersionInForce();
  const [edition, setEdition] = useState<BinderEdition>('admin');
  // Departments that have procedures or forms of their own: those are the ones with a binder to print.
  const departments = useLiveQuery(async () => kitDepartments(await db.procedures.toArray(), await db.formTemplates.toArray(), departmentChoices(facility?.departments)), [db, facility]) ?? [];
  const [chosen, setChosen] = useState('');
  const department = chosen || departments[0] || '';
  const forDepartment = edition === 'department';
  const recorder = usePrintedCopyRecorder(job, {
    document: 'binder',
    title: binderTitle(edition, forDepartment ? department : undefined),
    edition,
    ...(forDepartment ? { department } : {}),
    version: planVersion,
  });
  const blocked = forDepartment && !department;
  return (
    <PrintCard
      job={job}
      title={t('print.binder.heading')}
      buttonLabel={t('print.binder.make')}
      prepare={recorder.track((control) =>
        facility && !blocked ? prepareBinder(db, facility, settings, i18n.getFixedT('ja'), { edition, ...(forDepartment ? { department } : {}) }, control) : undefined,
      )}
    >
      <p className="muted">{t('print.binder.lead')}</p>
      <fieldset className="binder-edition" data-testid="binder-edition">
        <legend>{t('print.binder.edition')}</legend>
        {EDITIONS.map((e) => (
          <label key={e}>
            <input type="radio" name={`${id}-edition`} value={e} checked={edition === e} onChange={() => setEdition(e)} /> {t(`print.binder.editions.${e}`)}
          </label>
        ))}
        <p className="hint">{t(`print.binder.hints.${edition}`)}</p>
      </fieldset>
      {forDepartment && (
        <div className="field paper-inline">
          <label htmlFor={`${id}-department`}>{t('print.binder.department')}</label>
          <select id={`${id}-department`} value={department} onChange={(e) => setChosen(e.target.value)}>
            {departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
          {departments.length === 0 && <span className="hint">{t('print.binder.noDepartments')}</span>}
        </div>
      )}
      {recorder.form}
    </PrintCard>
  );
}
