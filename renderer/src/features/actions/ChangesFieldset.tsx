import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecordLink } from '../../domain/actions/follow-up-action';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { AREA_OF_KIND, changeKindOf, changeKinds, hrefOf, planSectionLink, type ChangeKind } from './record-links';

interface Props {
  value: readonly RecordLink[];
  onChange(next: RecordLink[]): void;
}

/** What the action changes: records picked from their tables (a plan section by its name), each linked. */
export function ChangesFieldset({ value, onChange }: Props) {
  const { t } = useTranslation();
  const { db, canEdit } = useWorkbook();
  const [kind, setKind] = useState<ChangeKind>('procedures');
  const [chosen, setChosen] = useState('');
  const [section, setSection] = useState('');
  const choices = useLiveQuery(async () => {
    const named = (rows: { id: string; title?: string; name?: string }[]) => rows.map((r) => ({ id: r.id, label: r.title ?? r.name ?? r.id })).sort((a, b) => a.label.localeCompare(b.label, 'ja'));
    return {
      procedures: named(await db.procedures.toArray()),
      runbooks: named(await db.runbooks.toArray()),
      formTemplates: named(await db.formTemplates.toArray()),
      contacts: named(await db.contacts.toArray()),
      callTrees: named(await db.callTrees.toArray()),
      plan: [],
    } satisfies Record<ChangeKind, { id: string; label: string }[]>;
  }, [db]);
  const options = choices?.[kind] ?? [];
  const picked = chosen || options[0]?.id || '';

  const add = () => {
    const link = kind === 'plan' ? planSectionLink(section) : ((o) => (o ? { area: AREA_OF_KIND[kind], table: kind, recordId: o.id, label: o.label } : undefined))(options.find((o) => o.id === picked));
    if (!link || !link.label) return;
    if (value.some((l) => l.table === link.table && l.recordId === link.recordId && l.label === link.label)) return;
    onChange([...value, link]);
    setSection('');
  };

  return (
    <fieldset>
      <legend>{t('actions.fields.changes')}</legend>
      <p className="muted">{t('actions.changes.lead')}</p>
      {value.length === 0 ? (
        <p className="muted">{t('actions.changes.none')}</p>
      ) : (
        <ul data-testid="action-changes">
          {value.map((link, i) => (
            <li key={`${link.table}-${link.recordId}-${link.label}`}>
              {t(`actions.changes.kinds.${changeKindOf(link)}`)}
              {t('punct.colon')}
              <Link to={hrefOf(link)}>{link.label}</Link>{' '}
              {canEdit && (
                <button type="button" className="button secondary" onClick={() => onChange(value.filter((_, j) => j !== i))}>
                  {t('actions.changes.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <div className="systems-grid">
          <div className="field">
            <label htmlFor="action-change-kind">{t('actions.changes.kind')}</label>
            <select
              id="action-change-kind"
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as ChangeKind);
                setChosen('');
              }}
            >
              {changeKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`actions.changes.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          {kind === 'plan' ? (
            <div className="field">
              <label htmlFor="action-change-section">{t('actions.changes.planSection')}</label>
              <input id="action-change-section" value={section} maxLength={200} onChange={(e) => setSection(e.target.value)} />
            </div>
          ) : (
            <div className="field">
              <label htmlFor="action-change-record">{t('actions.changes.record')}</label>
              <select id="action-change-record" value={picked} onChange={(e) => setChosen(e.target.value)}>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <button type="button" className="button secondary" onClick={add} disabled={kind === 'plan' ? !section.trim() : !picked}>
              {t('actions.changes.add')}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
