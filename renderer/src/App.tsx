import { AppRoutes } from './app/routes';
import { FirstRun } from './app/first-run/FirstRun';
import { useWorkbook } from './workbook/WorkbookContext';

export function App() {
  const { facility } = useWorkbook();
  return facility ? <AppRoutes /> : <FirstRun />;
}
