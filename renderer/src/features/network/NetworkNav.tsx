import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The area's three screens side by side. */
export function NetworkNav() {
  const { t } = useTranslation();
  return (
    <nav className="systems-tabs" aria-label={t('network.heading')}>
      <NavLink to="/network" end>
        {t('network.nav.overview')}
      </NavLink>
      <NavLink to="/network/isolation">{t('network.nav.isolation')}</NavLink>
      <NavLink to="/network/diagram">{t('network.nav.diagram')}</NavLink>
    </nav>
  );
}
