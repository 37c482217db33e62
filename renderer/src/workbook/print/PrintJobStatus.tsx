import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import type { usePrintJob } from './usePrintJob';

/** Progress while a PDF is made, then what happened and what can be done with the file. */
export function PrintJobStatus({ job }: { job: ReturnType<typeof usePrintJob> }) {
  const { t } = useTranslation();
  const { state, actionError, followUp } = job;
  switch (state.kind) {
    case 'idle':
      return null;
    case 'preparing':
      if (state.total === undefined) return <ProgressBar label={t('print.progress.preparing')} />;
      return (
        <div className="print-progress">
          <ProgressBar label={t('print.progress.sections', { done: state.done ?? 0, total: state.total })} fraction={(state.done ?? 0) / Math.max(1, state.total)} />
          <button type="button" className="button secondary" onClick={job.stop}>
            {t('print.stop')}
          </button>
        </div>
      );
    case 'rendering':
      return (
        <div className="print-progress">
          <ProgressBar
            label={state.pageCount ? t('print.progress.pages', { stage: t(`print.progress.${state.stage}`), count: state.pageCount }) : t(`print.progress.${state.stage}`)}
            fraction={state.fraction}
          />
          <button type="button" className="button secondary" onClick={job.stop}>
            {t('print.stop')}
          </button>
        </div>
      );
    case 'stopped':
      return <Notice tone="ok">{t('print.stopped')}</Notice>;
    case 'saving':
      return <ProgressBar label={t('print.progress.saving')} />;
    case 'cancelled':
      return <Notice tone="ok">{t('print.cancelled')}</Notice>;
    case 'failed':
      return (
        <Notice tone="error">
          {state.reason === 'font' ? t('print.fontFailed') : state.reason === 'render' ? t('print.failed') : t(`print.hostError.${state.reason.host}`)}
        </Notice>
      );
    case 'saved':
      return (
        <Notice tone="ok">
          <span data-testid="print-saved">{t(state.host === 'web' ? 'print.downloaded' : 'print.saved', { name: state.fileName })}</span>
          <span className="actions">
            <button type="button" className="button secondary" onClick={() => void followUp('openSavedFile', state.fileId)}>
              {t('print.open')}
            </button>
            {state.host !== 'web' && (
              <>
                <button type="button" className="button secondary" onClick={() => void followUp('printSavedFile', state.fileId)}>
                  {t('print.printNow')}
                </button>
                <button type="button" className="button secondary" onClick={() => void followUp('revealSavedFile', state.fileId)}>
                  {t('print.reveal')}
                </button>
              </>
            )}
          </span>
          {actionError && <span role="alert">{t(`print.hostError.${actionError}`)}</span>}
        </Notice>
      );
  }
}
