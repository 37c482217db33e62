import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pathOf } from '../../workbook/areas';
import { featureModules } from '../../features/modules';
import type { HomeTile } from '../../workbook/feature-module';
import { PartBoundary } from '../../ui/ErrorBoundary';
import { useWorkbook } from '../../workbook/WorkbookContext';

const notices = featureModules.flatMap((m) => m.homeNotices ?? []);
/** The areas' tiles in module order, then the shell's own 印刷. */
const tiles: readonly HomeTile[] = [...featureModules.flatMap((m) => m.homeTiles ?? []), { key: 'print', area: 'print' }];
const homeCounts = featureModules.flatMap((m) => m.homeCounts ?? []);

/** The first screen: four large tiles, one click each, for someone who has never seen the app. */
export function EmergencyHome() {
  const { t } = useTranslation();
  const { db } = useWorkbook();
  useEffect(() => {
    // The benchmark reads this mark: the moment the tiles can be clicked.
    performance.mark('bcp:home-interactive');
  }, []);
  const counts = useLiveQuery(() => Promise.all(homeCounts.map((c) => db[c.table].count())), [db]);
  return (
    <section aria-labelledby="home-heading">
      <h1 id="home-heading">{t('home.heading')}</h1>
      <p>{t('home.lead')}</p>
      {notices.map((Notice, i) => (
        <PartBoundary key={i}>
          <Notice />
        </PartBoundary>
      ))}
      <div className="tiles">
        {tiles.map((tile) => (
          <Link key={tile.key} className="tile" to={pathOf(tile.area)} data-testid={`tile-${tile.key}`}>
            <span className="tile-title">{t(`home.tiles.${tile.key}`)}</span>
            <span className="tile-hint">{t(`home.tiles.${tile.key}Hint`)}</span>
          </Link>
        ))}
      </div>
      {counts && homeCounts.length > 0 && (
        <p className="muted">
          {t('home.counts')}
          {t('punct.colon')}
          {homeCounts.map((c, i) => `${i > 0 ? t('punct.dot') : ''}${t(c.textKey, { count: counts[i] ?? 0 })}`).join('')}
        </p>
      )}
    </section>
  );
}
