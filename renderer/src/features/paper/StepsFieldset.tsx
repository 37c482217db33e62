import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../ui/Field';
import { useFieldErrors } from '../../ui/form-errors';
import type { ProcedureFormValues } from './procedure-form';

type StepList = 'steps' | 'backEntrySteps' | 'returnSteps';

interface Props {
  name: StepList;
  legend: string;
  control: Control<ProcedureFormValues>;
  register: UseFormRegister<ProcedureFormValues>;
  errors: FieldErrors<ProcedureFormValues>;
  disabled: boolean;
}

/** An ordered list of steps, each with the responsible role; steps can be added, moved and removed. */
export function StepsFieldset({ name, legend, control, register, errors, disabled }: Props) {
  const { t } = useTranslation();
  const { fields, append, remove, move } = useFieldArray({ control, name });
  const field = useFieldErrors(errors, 'procedure');
  return (
    <fieldset className="paper-steps-fieldset">
      <legend>{legend}</legend>
      {fields.length === 0 && <p className="muted">{t('paper.procedure.noSteps')}</p>}
      <ol>
        {fields.map((item, i) => {
          const role = field(`${name}.${i}.role`);
          const text = field(`${name}.${i}.text`);
          return (
            <li key={item.id} className="paper-step-row">
              <div className="field">
                <label htmlFor={role.id}>{t('paper.procedure.role')}</label>
                <input {...role.aria} {...register(`${name}.${i}.role`)} disabled={disabled} />
                <FieldError {...role} />
              </div>
              <div className="field">
                <label htmlFor={text.id}>{t('paper.procedure.stepText', { n: i + 1 })}</label>
                <textarea rows={3} {...text.aria} {...register(`${name}.${i}.text`)} disabled={disabled} />
                <FieldError {...text} />
              </div>
              {!disabled && (
                <div className="actions">
                  <button type="button" className="button secondary" aria-label={t('paper.procedure.stepUp', { n: i + 1 })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                    {t('paper.up')}
                  </button>
                  <button
                    type="button"
                    className="button secondary"
                    aria-label={t('paper.procedure.stepDown', { n: i + 1 })}
                    disabled={i === fields.length - 1}
                    onClick={() => move(i, i + 1)}
                  >
                    {t('paper.down')}
                  </button>
                  <button type="button" className="button secondary" aria-label={t('paper.procedure.stepRemove', { n: i + 1 })} onClick={() => remove(i)}>
                    {t('paper.remove')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!disabled && (
        <button type="button" className="button secondary" onClick={() => append({ role: '', text: '' })}>
          {t('paper.procedure.addStep')}
        </button>
      )}
    </fieldset>
  );
}
