import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { systemBackupSchema, mediaKinds, type SystemBackup, type SystemBackupFields } from '../../domain/systems/backup-register';
import type { InventorySystem } from '../../domain/systems/system';
import { ActionRow } from '../../ui/ActionRow';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useFieldErrors } from '../../ui/form-errors';
import { requiredNumber } from '../../ui/form-numbers';
import { SystemSelectField } from './SystemSelectField';
import { useSystemsRepositories } from './useSystemsData';

type BackupInput = z.input<typeof systemBackupSchema>;

interface Props {
  /** The backup to edit, or the system a new one belongs to (null: choose it in the form). */
  backup: SystemBackup | null;
  systemId: string;
  systems: readonly InventorySystem[];
  onClose(): void;
}

/** Add or change one backup method of a system. */
export function BackupDialog({ backup, systemId, systems, onClose }: Props) {
  const { t } = useTranslation();
  const { writer } = useWorkbook();
  const repos = useSystemsRepositories();
  const storageMessage = useStorageErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const defaults: BackupInput = backup ?? {
    systemId,
    method: '',
    mediaKind: 'appendable',
    generations: 7,
    schedule: '',
    location: '',
    readableWithoutSystem: false,
    lastTestRestoreAt: '',
    notes: '',
  };
  const form = useForm<BackupInput, unknown, SystemBackupFields>({ resolver: zodResolver(systemBackupSchema), defaultValues: defaults });
  const { register, formState } = form;
  const field = useFieldErrors(formState.errors, 'backup');
  const title = backup ? t('systems.backup.editTitle') : t('systems.backup.addTitle');

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await repos.backups.save({ ...values, ...(backup ? { id: backup.id } : {}) }, writer);
      onClose();
    } catch (error) {
      setFailure(storageMessage(error));
    }
  });

  const input = (path: 'method' | 'schedule' | 'location' | 'lastTestRestoreAt' | 'notes', label: string, hint?: string, type = 'text') => {
    const f = field(path);
    return (
      <Field id={f.id} label={label} hint={hint} error={f.error}>
        {path === 'notes' ? <textarea {...f.aria} {...register(path)} /> : <input type={type} {...f.aria} {...register(path)} />}
      </Field>
    );
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <h2>{title}</h2>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <SystemSelectField field={field('systemId')} registration={register('systemId')} systems={systems} />
        {input('method', t('systems.backup.method'), t('systems.backup.methodHint'))}
        <Field id={field('mediaKind').id} label={t('systems.backup.mediaKind')} hint={t('systems.backup.mediaKindHint')}>
          <select {...field('mediaKind').aria} {...register('mediaKind')}>
            {mediaKinds.map((m) => (
              <option key={m} value={m}>
                {t(`systems.media.${m}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={field('generations').id} label={t('systems.backup.generations')} error={field('generations').error}>
          <input type="number" min={1} step={1} {...field('generations').aria} {...register('generations', { setValueAs: requiredNumber })} />
        </Field>
        {input('schedule', t('systems.backup.schedule'), t('systems.backup.scheduleHint'))}
        {input('location', t('systems.backup.location'), t('systems.backup.locationHint'))}
        <label className="systems-check">
          <input type="checkbox" {...register('readableWithoutSystem')} /> {t('systems.backup.readableWithoutSystem')}
        </label>
        {input('lastTestRestoreAt', t('systems.backup.lastTestRestoreAt'), t('systems.backup.lastTestRestoreHint'), 'date')}
        {input('notes', t('systems.field.notes'))}
        <ActionRow onCancel={onClose} failure={failure}>
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            {t('systems.save')}
          </button>
        </ActionRow>
      </form>
    </Dialog>
  );
}
