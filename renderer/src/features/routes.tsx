import { Route, Routes } from 'react-router';
import { ContactsPreview } from './contacts/ContactsPreview';
import { EmergencyHome } from './home/EmergencyHome';
import { PrintCenter } from './print/PrintCenter';
import { SettingsPage } from './settings/SettingsPage';
import { AppShell } from './shell/AppShell';
import { areas, type PlannedAreaKey } from './shell/areas';
import { PlannedArea } from './shell/PlannedArea';
import { SystemsPreview } from './systems/SystemsPreview';

const planned = areas.filter((a): a is Extract<(typeof areas)[number], { key: PlannedAreaKey }> => a.planned);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<EmergencyHome />} />
        <Route path="contacts" element={<ContactsPreview />} />
        <Route path="systems" element={<SystemsPreview />} />
        <Route path="print" element={<PrintCenter />} />
        <Route path="settings" element={<SettingsPage />} />
        {planned.map((area) => (
          <Route key={area.key} path={area.path.slice(1)} element={<PlannedArea area={area.key} />} />
        ))}
        <Route path="*" element={<EmergencyHome />} />
      </Route>
    </Routes>
  );
}
