import { AppRoutes } from './routes';
import { registry } from '../features/modules';
import { RegistryProvider } from '../workbook/registry';
import { FirstRun } from './first-run/FirstRun';
import { useWorkbook } from '../workbook/WorkbookContext';

export function App() {
  const { facility } = useWorkbook();
  return <RegistryProvider registry={registry}>{facility ? <AppRoutes /> : <FirstRun />}</RegistryProvider>;
}
