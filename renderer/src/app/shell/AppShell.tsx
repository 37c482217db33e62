import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { PartBoundary } from '../../ui/ErrorBoundary';
import { DemoBanner } from '../demo/DemoBanner';
import { GlobalSearch } from '../search/GlobalSearch';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { NavMenu } from './NavMenu';
import { TopBar } from './TopBar';

export function AppShell() {
  const { t } = useTranslation();
  const { emergencyMode, setEmergencyMode } = useWorkbook();
  const [searchOpen, setSearchOpen] = useState(false);
  const { pathname } = useLocation();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setSearchOpen(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className={emergencyMode ? 'shell emergency' : 'shell'}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar onSearch={() => setSearchOpen(true)} />
      {emergencyMode ? (
        <div className="emergency-strip" role="status">
          <span>{t('topBar.emergencyActive')}</span>
          <button type="button" onClick={() => setEmergencyMode(false)}>
            {t('topBar.leaveEmergency')}
          </button>
        </div>
      ) : (
        <div />
      )}
      <div className="body">
        <NavMenu />
        <main id="main" tabIndex={-1}>
          <DemoBanner />
          <PartBoundary resetKey={pathname}>
            <Outlet />
          </PartBoundary>
        </main>
      </div>
      {searchOpen && <GlobalSearch onClose={() => setSearchOpen(false)} />}
    </div>
  );
}
