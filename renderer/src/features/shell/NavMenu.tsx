import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { areas } from './areas';

export function NavMenu() {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {areas.map((area) => (
          <li key={area.key}>
            <NavLink to={area.path} end={area.path === '/'} className={({ isActive }) => [isActive ? 'active' : '', area.planned ? 'planned' : ''].join(' ')}>
              {t(`nav.${area.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
