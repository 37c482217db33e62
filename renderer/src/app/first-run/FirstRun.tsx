import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Field } from '../../ui/Field';
import { useFieldErrors } from '../../ui/form-errors';
import { Notice } from '../../ui/Notice';
import { useDemoData } from '../demo/useDemoData';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { emptyFacilityForm, facilityFormSchema, formToFacility, type FacilityFormValues } from './facility-form';
import { FacilityFieldset } from './FacilityFieldset';
import { createWorkbook } from './create-workbook';
import { LanguageSelect } from '../settings/LanguageSelect';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';

const userNameSchema = z.string().trim().min(1, 'validation.required').max(60, 'validation.tooLong');

/** Shown until the workbook has a facility: the name, departments and wards, and who is entering them. */
export function FirstRun() {
  const { t } = useTranslation();
  const { db, setCurrentUser, settings } = useWorkbook();
  const demo = useDemoData();
  const form = useForm<FacilityFormValues & { userName: string }>({
    resolver: zodResolver(facilityFormSchema.and(z.object({ userName: userNameSchema }))),
    defaultValues: { ...emptyFacilityForm, userName: settings.currentUser },
  });
  const { errors, isSubmitting } = form.formState;
  const userName = useFieldErrors(errors, 'first-run')('userName');

  const [failure, setFailure] = useState<string | null>(null);
  const storageMessage = useStorageErrorMessage();
  const onSubmit = form.handleSubmit(async (values) => {
    const actor = values.userName.trim();
    try {
      await setCurrentUser(actor);
      await createWorkbook(db, formToFacility(values), { actor });
    } catch (error) {
      setFailure(storageMessage(error));
    }
  });

  return (
    <main id="main" className="first-run" style={{ maxWidth: '46rem', margin: '0 auto', padding: '2rem 1rem' }}>
      <div className="actions" style={{ justifyContent: 'space-between' }}>
        <span className="muted">{t('app.title')}</span>
        <LanguageSelect />
      </div>
      <h1>{t('firstRun.heading')}</h1>
      <p>{t('firstRun.lead')}</p>
      <form className="form card" onSubmit={(e) => void onSubmit(e)} noValidate>
        <FacilityFieldset register={form.register} errors={errors} full={false} />
        <Field id={userName.id} label={t('firstRun.userName')} error={userName.error}>
          <input {...userName.aria} {...form.register('userName')} autoComplete="name" />
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={isSubmitting}>
            {t('firstRun.submit')}
          </button>
        </div>
        {failure && <Notice tone="error">{failure}</Notice>}
      </form>
      <div className="card">
        <p>
          <strong>{t('firstRun.or')}</strong> {t('firstRun.tryDemoHint')}
        </p>
        <button
          type="button"
          className="button secondary"
          disabled={demo.status.kind === 'busy'}
          onClick={() => {
            const actor = settings.currentUser || t('firstRun.demoUser');
            void setCurrentUser(actor).then(() => demo.load(actor));
          }}
        >
          {t('firstRun.tryDemo')}
        </button>
        {demo.status.kind === 'failed' && <Notice tone="error">{t('demo.loadFailed')}</Notice>}
      </div>
    </main>
  );
}
