import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pathOf, type AreaKey } from '../../workbook/areas';
import { featureModules } from '../../features/modules';
import { useWorkbook } from '../../workbook/WorkbookContext';

const notices = featureModules.flatMap((m) => m.homeNotices);

const tiles: { area: AreaKey; key: 'contacts' | 'paper' | 'runbooks' | 'print' }[] = [
  { area: 'contacts', key: 'contacts' },
  { area: 'paper', key: 'paper' },
  { area: 'runbooks', key: 'runbooks' },
  { area: 'print', key: 'print' },
];

/** The first screen: four large tiles, one click each, for someone who has never seen the app. */
export function EmergencyHome() {
  const { t } = useTranslation();
  const { db } = useWorkbook();
  useEffect(() => {
    // The benchmark reads this mark: the moment the tiles can be clicked.
    performance.mark('bcp:home-interactive');
  }, []);
  const counts = useLiveQuery(async () => ({ contacts: await db.contacts.count(), systems: await db.systems.count() }), [db]);
  return (
    <section aria-labelledby="home-heading">
      <h1 id="home-heading">{t('home.heading')}</h1>
      <p>{t('home.lead')}</p>
      {notices.map((Notice, i) => (
        <Notice key={i} />
      ))}
      <div className="tiles">
        {tiles.map((tile) => (
          <Link key={tile.key} className="tile" to={pathOf(tile.area)} data-testid={`tile-${tile.key}`}>
            <span className="tile-title">{t(`home.tiles.${tile.key}`)}</span>
            <span className="tile-hint">{t(`home.tiles.${tile.key}Hint`)}</span>
          </Link>
        ))}
      </div>
      {counts && (
        <p className="muted">
          {t('home.counts')}
          {t('punct.colon')}
          {t('home.countContacts', { count: counts.contacts })}
          {t('punct.dot')}
          {t('home.countSystems', { count: counts.systems })}
        </p>
      )}
    </section>
  );
}
