import { dataKey } from '../../i18n/typed-keys';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addFinding } from '../../db/drills-store';
import { findingSchema, type Drill } from '../../domain/drills/drill';
import { formatStoredDate } from '../../domain/date-text';
import { Field, fieldAria } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { pathOf } from '../../workbook/areas';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { useWorkbook } from '../../workbook/WorkbookContext';

/** 気づき: each one is written with the follow-up action it asks for (db/drills-store.ts addFinding). */
export function DrillFindingsSection({ drill }: { drill: Drill }) {
  const { t, i18n } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const contacts = useLiveQuery(() => db.contacts.orderBy('furigana').toArray(), [db]);
  const actions = useLiveQuery(async () => new Map((await db.actions.bulkGet(drill.findings.map((f) => f.actionId))).flatMap((a) => (a ? [[a.id, a] as const] : []))), [db, drill.findings]);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  if (!contacts || !actions) return null;
  const names = new Map(contacts.map((c) => [c.id, c.name]));

  const add = async () => {
    setFailure(null);
    const check = findingSchema.shape.text.safeParse(text);
    if (!check.success) {
      setError(check.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    try {
      await addFinding(db, drill.id, { text: check.data, ownerContactId: owner, dueDate: due }, writer);
      setText('');
    } catch (e) {
      setFailure(storageMessage(e));
    }
  };

  return (
    <section className="card" aria-labelledby="drill-findings-heading">
      <h2 id="drill-findings-heading">{t('drills.findings.heading')}</h2>
      <p className="muted">{t('drills.findings.lead')}</p>
      {drill.findings.length === 0 ? (
        <p className="muted">{t('drills.findings.none')}</p>
      ) : (
        <ol data-testid="drill-findings">
          {drill.findings.map((f) => {
            const action = actions.get(f.actionId);
            return (
              <li key={f.id}>
                {f.text}
                {t('punct.colon')}
                {action ? (
                  <Link to={`${pathOf('actions')}/${action.id}`}>
                    {t('drills.findings.action')} {t(`actions.status.${action.status}`)}
                    {action.ownerContactId && names.get(action.ownerContactId) ? ` ${names.get(action.ownerContactId)}` : ''}
                    {action.dueDate ? ` ${formatStoredDate(action.dueDate, i18n.language)}` : ''}
                  </Link>
                ) : (
                  <span className="muted">{t('drills.findings.actionMissing')}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {canEdit && (
        <div className="form">
          <Field id="drill-finding-text" label={t('drills.findings.text')} error={error ? t(dataKey(error)) : undefined}>
            <textarea {...fieldAria('drill-finding-text', { error })} value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
          <div className="systems-grid">
            <div className="field">
              <label htmlFor="drill-finding-owner">{t('drills.findings.owner')}</label>
              <select id="drill-finding-owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
                <option value="">{t('drills.findings.ownerNone')}</option>
                {contacts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="drill-finding-due">{t('drills.findings.due')}</label>
              <input id="drill-finding-due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
            </div>
          </div>
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => void add()}>
              {t('drills.findings.add')}
            </button>
          </div>
        </div>
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
    </section>
  );
}
