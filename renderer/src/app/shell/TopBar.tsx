import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { DemoBadge } from '../../workbook/DemoBadge';
import { featureModules } from '../../features/modules';
import { PartBoundary } from '../../ui/ErrorBoundary';
import { UserSwitcher } from './UserSwitcher';

const topBarItems = featureModules.flatMap((m) => m.topBarItems ?? []);

export function TopBar({ onSearch }: { onSearch(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { facility, emergencyMode, setEmergencyMode } = useWorkbook();
  return (
    <header className="top-bar">
      <div className="facility">
        <span className="app-name">{t('app.title')}</span>
        <span data-testid="facility-name">{facility?.name ?? t('topBar.facilityUnset')}</span> {facility?.demo && <DemoBadge />}
      </div>
      <button type="button" onClick={onSearch} aria-keyshortcuts="Control+K">
        {t('topBar.search')} <kbd>{t('topBar.searchShortcut')}</kbd>
      </button>
      {topBarItems.map((Item, i) => (
        <PartBoundary key={i} inline>
          <Item />
        </PartBoundary>
      ))}
      <UserSwitcher />
      <button
        type="button"
        className="emergency-button"
        aria-pressed={emergencyMode}
        onClick={() => {
          setEmergencyMode(true);
          void navigate('/');
        }}
      >
        {t('topBar.emergency')}
      </button>
    </header>
  );
}
