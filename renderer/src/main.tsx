import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { App } from './app/App';
import { classifyStorageError } from './db/errors';
import { openDatabase } from './db/open';
import { readSettings } from './db/settings';
import { WorkbookProvider } from './workbook/WorkbookContext';
import { initI18n } from './i18n';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { StorageErrorScreen } from './workbook/StorageErrorScreen';
import './ui/styles.css';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from index.html');
  // An error a boundary caught is already shown to the user in place (and warned by the boundary): not a console error.
  const root = createRoot(container, { onCaughtError: () => undefined });
  try {
    const db = await openDatabase();
    const settings = await readSettings(db);
    await initI18n(settings.uiLanguage);
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <HashRouter>
            <WorkbookProvider db={db} initialSettings={settings}>
              <App />
            </WorkbookProvider>
          </HashRouter>
        </ErrorBoundary>
      </StrictMode>,
    );
  } catch (error) {
    console.warn('workbook could not be opened', error);
    await initI18n('ja');
    root.render(<StorageErrorScreen kind={classifyStorageError(error)} />);
  }
}

void start();
