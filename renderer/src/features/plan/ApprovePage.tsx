import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { approvePlanVersion } from '../../db/plan-store';
import type { Contact } from '../../domain/contacts/contact';
import { approvalSchemaOn, type Approval } from '../../domain/plan/approval';
import type { PlanVersion } from '../../domain/plan/plan-version';
import { Field } from '../../ui/Field';
import { useFieldErrors } from '../../ui/form-errors';
import { Notice } from '../../ui/Notice';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { useToday } from '../../workbook/useToday';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { usePlanData } from './usePlanData';
import { usePlanErrorMessage } from './usePlanErrorMessage';

/** Record the approval of the draft (approver from contacts, date not in the future, meeting or document). */
export function ApprovePage() {
  const { t } = useTranslation();
  const { canEdit } = useWorkbook();
  const data = usePlanData();
  if (!data) return null;
  if (!canEdit) return <ReadOnlyNotice />;
  if (!data.draft) {
    return (
      <section>
        <Notice tone="error">{t('plan.approval.noDraft')}</Notice>
        <p>
          <Link to="/plan">← {t('plan.heading')}</Link>
        </p>
      </section>
    );
  }
  return <ApprovalForm draft={data.draft} contacts={data.contacts} />;
}

function ApprovalForm({ draft, contacts }: { draft: PlanVersion; contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const { db, writer } = useWorkbook();
  const today = useToday();
  const navigate = useNavigate();
  const planError = usePlanErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(() => approvalSchemaOn(today), [today]);
  const form = useForm<z.input<typeof schema>, unknown, Approval>({
    resolver: zodResolver(schema),
    defaultValues: { approverContactId: '', approverName: '', approverRole: '', approvedOn: today, reference: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const field = useFieldErrors(errors, 'approval');
  const contactField = form.register('approverContactId');

  const onSubmit = form.handleSubmit(async (approval) => {
    setFailure(null);
    try {
      await approvePlanVersion(db, draft.id, approval, today, writer);
      void navigate('/plan');
    } catch (e) {
      setFailure(planError(e));
    }
  });

  const name = field('approverName');
  const role = field('approverRole');
  const on = field('approvedOn');
  const reference = field('reference');
  return (
    <section aria-labelledby="plan-approve-heading">
      <p>
        <Link to="/plan">← {t('common.cancel')}</Link>
      </p>
      <h1 id="plan-approve-heading">{t('plan.approval.heading')}</h1>
      <p>{t('plan.approval.lead', { version: draft.version })}</p>
      <form className="form card" onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field id="approval-contact" label={t('plan.approval.approver')}>
          <select
            id="approval-contact"
            {...contactField}
            onChange={(e) => {
              void contactField.onChange(e);
              const contact = contacts.find((c) => c.id === e.target.value);
              if (contact) {
                form.setValue('approverName', contact.name, { shouldValidate: true });
                form.setValue('approverRole', contact.role || contact.department);
              }
            }}
          >
            <option value="">—</option>
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.organisation ? `${c.name}（${c.organisation}）` : c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={name.id} label={t('plan.approval.approverName')} error={name.error}>
          <input {...name.aria} {...form.register('approverName')} />
        </Field>
        <Field id={role.id} label={t('plan.approval.approverRole')} error={role.error}>
          <input {...role.aria} {...form.register('approverRole')} />
        </Field>
        <Field id={on.id} label={t('plan.approval.approvedOn')} error={on.error}>
          <input type="date" max={today} {...on.aria} {...form.register('approvedOn')} />
        </Field>
        <Field id={reference.id} label={t('plan.approval.reference')} error={reference.error}>
          <input {...reference.aria} {...form.register('reference')} />
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={isSubmitting}>
            {t('plan.approval.submit')}
          </button>
        </div>
        {failure && <Notice tone="error">{failure}</Notice>}
      </form>
    </section>
  );
}
