import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import { contactLabel } from './format';
import type { Contact } from '../../domain/contacts/contact';

interface Props {
  id: string;
  register: UseFormRegisterReturn;
  /** Loaded before the form renders, so the stored choice is among the options when the form sets it. */
  contacts: readonly Contact[];
}

/** Pick the vendor from the contacts (owned by the contacts area): vendors first, then everyone else, by フリガナ. */
export function VendorSelect({ id, register, contacts }: Props) {
  const { t } = useTranslation();
  const sorted = [...contacts].sort((a, b) => (a.furigana || a.name).localeCompare(b.furigana || b.name, 'ja'));
  const vendors = sorted.filter((c) => c.kind === 'vendor');
  const others = sorted.filter((c) => c.kind !== 'vendor');
  return (
    <Field id={id} label={t('systems.field.vendor')} hint={t('systems.field.vendorHint')}>
      <select id={id} {...register}>
        <option value="">{t('systems.field.vendorNone')}</option>
        {vendors.length > 0 && (
          <optgroup label={t('contactKind.vendor')}>
            {vendors.map((c) => (
              <option key={c.id} value={c.id}>
                {contactLabel(c)}
              </option>
            ))}
          </optgroup>
        )}
        {others.length > 0 && (
          <optgroup label={t('systems.field.vendorOthers')}>
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {contactLabel(c)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </Field>
  );
}
