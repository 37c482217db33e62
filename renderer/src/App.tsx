import { AppRoutes } from './features/routes';
import { FirstRun } from './features/setup/FirstRun';
import { useWorkbook } from './features/workbook/WorkbookContext';

export function App() {
  const { facility } = useWorkbook();
  return facility ? <AppRoutes /> : <FirstRun />;
}
