import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FACILITY_ID } from '../../domain/facility';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Notice } from '../../ui/Notice';
import { useDemoData } from '../demo/useDemoData';
import { emptyFacilityForm, facilityFormSchema, facilityToForm, formToFacility, type FacilityFormValues } from '../first-run/facility-form';
import { FacilityFieldset } from '../first-run/FacilityFieldset';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { LanguageSelect } from './LanguageSelect';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { featureModules } from '../../features/modules';

const featureSections = featureModules.flatMap((m) => m.settingsSections ?? []);

export function SettingsPage() {
  const { t } = useTranslation();
  const { facility, repositories, writer, persistence, settings, canEdit } = useWorkbook();
  const demo = useDemoData();
  const storageMessage = useStorageErrorMessage();
  const [saved, setSaved] = useState<'idle' | 'saved' | string>('idle');
  const form = useForm<FacilityFormValues>({
    resolver: zodResolver(facilityFormSchema),
    defaultValues: facility ? facilityToForm(facility) : emptyFacilityForm,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await repositories.facility.save({ ...formToFacility(values), id: FACILITY_ID }, writer);
      setSaved('saved');
      form.reset(values);
    } catch (error) {
      setSaved(storageMessage(error));
    }
  });

  return (
    <section aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('settings.heading')}</h1>

      <div className="card">
        <h2>{t('settings.language')}</h2>
        <LanguageSelect />
      </div>

      <form className="form card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="settings-facility">
        <h2 id="settings-facility">{t('settings.facility')}</h2>
        <fieldset disabled={!canEdit} className="plain-fieldset">
          <FacilityFieldset register={form.register} errors={form.formState.errors} full />
          <div className="actions">
            <button type="submit" className="button" disabled={form.formState.isSubmitting}>
              {t('settings.save')}
            </button>
          </div>
        </fieldset>
        {saved === 'saved' && <Notice tone="ok">{t('settings.saved')}</Notice>}
        {saved !== 'saved' && saved !== 'idle' && <Notice tone="error">{saved}</Notice>}
      </form>

      {featureSections.map((Section, i) => (
        <Section key={i} />
      ))}

      <div className="card">
        <h2>{t('settings.users')}</h2>
        <p>{settings.knownUsers.join(t('punct.list'))}</p>
      </div>

      <div className="card">
        <h2>{t('settings.storage')}</h2>
        <p>
          {t('settings.persistence')}: <strong data-testid="persistence">{t(`settings.persistence${persistence === 'granted' ? 'Granted' : persistence === 'denied' ? 'Denied' : 'Unsupported'}`)}</strong>
        </p>
      </div>

      <div className="card">
        <h2>{t('settings.demo')}</h2>
        <p>{demo.present ? t('settings.demoPresent') : t('settings.demoAbsent')}</p>
        <div className="actions">
          {demo.present ? (
            <ConfirmButton label={t('demo.remove')} question={t('demo.removeConfirm')} disabled={!canEdit || demo.status.kind === 'busy'} onConfirm={() => void demo.remove()} />
          ) : (
            <button type="button" className="button secondary" disabled={!canEdit || demo.status.kind === 'busy'} onClick={() => void demo.load()}>
              {t('demo.load')}
            </button>
          )}
        </div>
        {demo.status.kind === 'loaded' && <Notice tone="ok">{t('demo.loaded')}</Notice>}
        {demo.status.kind === 'removed' && <Notice tone="ok">{t('demo.removed', { count: demo.status.count })}</Notice>}
        {demo.status.kind === 'failed' && <Notice tone="error">{t(demo.status.action === 'load' ? 'demo.loadFailed' : 'demo.removeFailed')}</Notice>}
      </div>
    </section>
  );
}
