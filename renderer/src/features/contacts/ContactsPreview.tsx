import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { contactKinds } from '../../domain/contact';
import { DemoBadge } from '../demo/DemoBadge';
import { useWorkbook } from '../workbook/WorkbookContext';

/** A read-only list of the contacts, grouped by kind, until the contacts issue brings editing and search. */
export function ContactsPreview() {
  const { t } = useTranslation();
  const { db } = useWorkbook();
  const contacts = useLiveQuery(() => db.contacts.orderBy('furigana').toArray(), [db]);
  if (!contacts) return null;
  return (
    <section aria-labelledby="contacts-heading">
      <h1 id="contacts-heading">{t('nav.contacts')}</h1>
      <p className="muted">{t('list.previewNote')}</p>
      {contacts.length === 0 && <p>{t('list.empty')}</p>}
      {contactKinds.map((kind) => {
        const group = contacts.filter((c) => c.kind === kind);
        if (group.length === 0) return null;
        return (
          <div key={kind} className="table-wrap">
            <h2>{t(`contactKind.${kind}`)}</h2>
            <table className="list">
              <thead>
                <tr>
                  <th>{t('list.name')}</th>
                  <th>{t('list.organisation')}</th>
                  <th>{t('list.role')}</th>
                  <th>{t('list.phones')}</th>
                </tr>
              </thead>
              <tbody>
                {group.map((c) => (
                  <tr key={c.id} id={`contact-${c.id}`}>
                    <td>
                      {c.name} {c.demo && <DemoBadge />}
                      <div className="muted">{c.furigana}</div>
                    </td>
                    <td>{[c.organisation, c.department].filter(Boolean).join(' / ')}</td>
                    <td>{c.role}</td>
                    <td>
                      {c.phones.map((p, i) => (
                        <div key={i} className="phone">
                          {t(`phoneLabel.${p.label}`)}: {p.number || <span className="badge unverified">未登録</span>}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
