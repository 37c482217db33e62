import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { levelsInUse, saveEmergencyLevels } from '../../db/plan-store';
import { emergencyLevelSchema, type EmergencyLevelChoice } from '../../domain/plan/emergency-level';
import { FieldError } from '../../ui/Field';
import { useErrorText } from '../../ui/form-errors';
import { Notice } from '../../ui/Notice';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { usePlanData } from './usePlanData';

interface LevelRow {
  id: string;
  name: string;
  criteria: string;
}

/** The facility's emergency levels: rename, reword the criteria, add; a level in use by a procedure or incident stays. */
export function LevelsEditor() {
  const data = usePlanData();
  const { canEdit } = useWorkbook();
  if (!data) return null;
  if (!canEdit) return <ReadOnlyNotice />;
  return <LevelsForm levels={data.levels} />;
}

function LevelsForm({ levels }: { levels: readonly EmergencyLevelChoice[] }) {
  const { t } = useTranslation();
  const { db, writer } = useWorkbook();
  const navigate = useNavigate();
  const storageMessage = useStorageErrorMessage();
  const errorText = useErrorText();
  const [problems, setProblems] = useState<Record<number, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<{ levels: LevelRow[] }>({ defaultValues: { levels: levels.map((l) => ({ id: l.id, name: l.name, criteria: l.criteria })) } });
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'levels' });

  const onSubmit = form.handleSubmit(async ({ levels: rows }) => {
    setFailure(null);
    const found: Record<number, string> = {};
    rows.forEach((row, rank) => {
      const parsed = emergencyLevelSchema.safeParse({ ...row, rank });
      if (!parsed.success) found[rank] = errorText(parsed.error.issues[0]?.message) ?? '';
    });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const used = await levelsInUse(db);
    const removed = levels.filter((l) => used.has(l.id) && !rows.some((r) => r.id === l.id));
    if (removed[0]) return setFailure(t('plan.levels.inUse', { name: removed[0].name }));
    try {
      await saveEmergencyLevels(db, rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), name: r.name, criteria: r.criteria })), writer);
      void navigate('/plan');
    } catch (e) {
      setFailure(storageMessage(e));
    }
  });

  return (
    <section aria-labelledby="plan-levels-heading">
      <p>
        <Link to="/plan">← {t('common.cancel')}</Link>
      </p>
      <h1 id="plan-levels-heading">{t('plan.levels.heading')}</h1>
      <p className="muted">{t('plan.levels.lead')}</p>
      <form className="form card" onSubmit={(e) => void onSubmit(e)} noValidate>
        {fields.map((item, i) => (
          <div key={item.id} className="plan-row" data-testid={`plan-level-${i}`}>
            <label>
              {t('plan.levels.name')}
              <input {...form.register(`levels.${i}.name`)} aria-invalid={problems[i] ? true : undefined} aria-describedby={problems[i] ? `level-${i}-error` : undefined} />
              <FieldError id={`level-${i}`} error={problems[i]} />
            </label>
            <label>
              {t('plan.levels.criteria')}
              <textarea rows={2} {...form.register(`levels.${i}.criteria`)} />
            </label>
            <button type="button" className="button secondary" disabled={i === 0} onClick={() => move(i, i - 1)}>
              {t('paper.up')}
            </button>
            <button type="button" className="button secondary" onClick={() => remove(i)}>
              {t('plan.remove')}
            </button>
          </div>
        ))}
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => append({ id: '', name: '', criteria: '' })}>
            {t('plan.levels.add')}
          </button>
          <button type="submit" className="button">
            {t('plan.levels.save')}
          </button>
        </div>
        {failure && <Notice tone="error">{failure}</Notice>}
      </form>
    </section>
  );
}
