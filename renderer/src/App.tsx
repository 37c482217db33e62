import { AppRoutes } from './app/routes';
import { registry } from './features/modules';
import { RegistryProvider } from './workbook/registry';
import { FirstRun } from './app/first-run/FirstRun';
import { useWorkbook } from './workbook/WorkbookContext';

export function App() {
  const { facility } = useWorkbook();
  return <RegistryProvider registry={registry}>{facility ? <AppRoutes /> : <FirstRun />}</RegistryProvider>;
}
