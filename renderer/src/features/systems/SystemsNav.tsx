import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The three screens of the area side by side: inventory, backups, runbooks. */
export function SystemsNav() {
  const { t } = useTranslation();
  return (
    <nav className="systems-tabs" aria-label={t('systems.tabs.label')}>
      <NavLink to="/systems">{t('nav.systems')}</NavLink>
      <NavLink to="/backups">{t('nav.backups')}</NavLink>
      <NavLink to="/runbooks">{t('nav.runbooks')}</NavLink>
    </nav>
  );
}
