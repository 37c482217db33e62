import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../demo/DemoBadge';
import { useWorkbook } from '../workbook/WorkbookContext';

/** A read-only inventory in restore-priority order, until the systems issue brings editing. */
export function SystemsPreview() {
  const { t } = useTranslation();
  const { db } = useWorkbook();
  const systems = useLiveQuery(() => db.systems.orderBy('restorePriority').toArray(), [db]);
  if (!systems) return null;
  return (
    <section aria-labelledby="systems-heading">
      <h1 id="systems-heading">{t('nav.systems')}</h1>
      <p className="muted">{t('list.previewNote')}</p>
      {systems.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="list">
            <thead>
              <tr>
                <th>{t('list.restorePriority')}</th>
                <th>{t('list.name')}</th>
                <th>{t('list.kind')}</th>
                <th>{t('list.location')}</th>
                <th>{t('list.segment')}</th>
                <th>{t('list.criticality')}</th>
              </tr>
            </thead>
            <tbody>
              {systems.map((s) => (
                <tr key={s.id}>
                  <td>{s.restorePriority}</td>
                  <td>
                    {s.name} {s.demo && <DemoBadge />}
                  </td>
                  <td>{t(`systemKind.${s.kind}`)}</td>
                  <td>{[s.location.building, s.location.floor, s.location.room, s.location.rack].filter(Boolean).join(' ')}</td>
                  <td>{s.segment}</td>
                  <td>{t(`criticality.${s.criticality}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
