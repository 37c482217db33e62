import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useWorkbook } from '../workbook/WorkbookContext';
import { DemoBadge } from '../demo/DemoBadge';
import { SafetyBar } from '../safety/SafetyBar';
import { UserSwitcher } from './UserSwitcher';

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
      <SafetyBar />
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
