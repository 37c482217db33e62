import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InventorySystem } from '../../domain/systems/system';
import { Field } from '../../ui/Field';
import type { useFieldErrors } from '../../ui/form-errors';

interface Props {
  field: ReturnType<ReturnType<typeof useFieldErrors>>;
  registration: UseFormRegisterReturn;
  systems: readonly InventorySystem[];
}

/** 「対象システム」: which inventory system a backup or a runbook belongs to. */
export function SystemSelectField({ field, registration, systems }: Props) {
  const { t } = useTranslation();
  return (
    <Field id={field.id} label={t('systems.backup.system')} error={field.error}>
      <select {...field.aria} {...registration}>
        <option value="">{t('systems.backup.chooseSystem')}</option>
        {systems.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
