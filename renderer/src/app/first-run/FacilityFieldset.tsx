import type { FieldErrors, Path, RegisterOptions, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field, fieldAria } from '../../ui/Field';
import { useErrorText } from '../../ui/form-errors';
import { requiredNumberInput } from '../../ui/form-numbers';
import type { FacilityFormValues } from './facility-form';

interface Props<T extends FacilityFormValues> {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  /** First run keeps it short; Settings shows everything. */
  full: boolean;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The facility fields shared by first-run setup and Settings. Error messages are i18n keys from the schema. */
export function FacilityFieldset<T extends FacilityFormValues>({ register: registerField, errors: allErrors, full }: Props<T>) {
  const { t } = useTranslation();
  // The fieldset only touches the facility's own fields, whatever else the surrounding form holds.
  const errors = allErrors as FieldErrors<FacilityFormValues>;
  const register = (key: keyof FacilityFormValues, options?: RegisterOptions<T, Path<T>>) => registerField(key as Path<T>, options);
  const errorText = useErrorText();
  const error = (key: keyof FacilityFormValues) => errorText(errors[key]?.message);
  const aria = (key: keyof FacilityFormValues) => fieldAria(`facility-${key}`, { error: errors[key] });
  return (
    <>
      <Field id="facility-name" label={t('firstRun.facilityName')} error={error('name')}>
        <input {...aria('name')} {...register('name')} placeholder={t('firstRun.facilityNamePlaceholder')} autoComplete="organization" />
      </Field>
      <Field id="facility-address" label={t('firstRun.address')} error={error('address')}>
        <input {...aria('address')} {...register('address')} />
      </Field>
      <Field id="facility-departmentsText" label={t('firstRun.departments')} hint={t('firstRun.departmentsHint')} error={error('departmentsText')}>
        <textarea {...aria('departmentsText')} {...register('departmentsText')} />
      </Field>
      <Field id="facility-wardsText" label={t('firstRun.wards')} error={error('wardsText')}>
        <textarea {...aria('wardsText')} {...register('wardsText')} />
      </Field>
      {full && (
        <>
          <Field id="facility-fiscalYearStartMonth" label={t('settings.fiscalYearStart')}>
            <select {...aria('fiscalYearStartMonth')} {...register('fiscalYearStartMonth', requiredNumberInput)}>
              {MONTHS.map((m) => (
                <option key={m} value={m}>
                  {t('settings.month', { month: m })}
                </option>
              ))}
            </select>
          </Field>
          <Field id="facility-confidentialityLabel" label={t('settings.confidentialityLabel')} error={error('confidentialityLabel')}>
            <input {...aria('confidentialityLabel')} {...register('confidentialityLabel')} />
          </Field>
        </>
      )}
    </>
  );
}
