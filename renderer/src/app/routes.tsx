import { Route, Routes } from 'react-router';
import { EmergencyHome } from './home/EmergencyHome';
import { builtAreas, featureModules } from '../features/modules';
import { PrintCenter } from './print/PrintCenter';
import { SettingsPage } from './settings/SettingsPage';
import { AppShell } from './shell/AppShell';
import { areas, isModuleArea } from '../workbook/areas';
import { PlannedArea } from './shell/PlannedArea';

const plannedAreas = areas.flatMap((a) => (isModuleArea(a.key) && !builtAreas.has(a.key) ? [{ key: a.key, path: a.path }] : []));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<EmergencyHome />} />
        <Route path="print" element={<PrintCenter />} />
        <Route path="settings" element={<SettingsPage />} />
        {featureModules.flatMap((m) => m.routes).map((r) => (
          <Route key={r.path} path={r.path} element={r.element} />
        ))}
        {plannedAreas.map((area) => (
          <Route key={area.key} path={area.path.slice(1)} element={<PlannedArea area={area.key} />} />
        ))}
        <Route path="*" element={<EmergencyHome />} />
      </Route>
    </Routes>
  );
}
