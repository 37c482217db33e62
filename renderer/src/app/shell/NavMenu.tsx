import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { builtAreas } from '../../features/modules';
import { areas, CORE_AREAS } from '../../workbook/areas';

export function NavMenu() {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {areas.map((area) => (
          <li key={area.key}>
            <NavLink to={area.path} end={area.path === '/'} className={({ isActive }) => [isActive ? 'active' : '', CORE_AREAS.has(area.key) || builtAreas.has(area.key) ? '' : 'planned'].join(' ')}>
              {t(`nav.${area.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
