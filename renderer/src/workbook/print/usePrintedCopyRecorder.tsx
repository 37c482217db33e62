import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintedCopyFields } from '../../domain/distribution/printed-copy';
import { useWorkbook } from '../WorkbookContext';
import { PrintedCopyForm } from './PrintedCopyForm';
import type { Prepare, PrintJob } from './usePrintJob';

type WhatWasPrinted = Partial<Pick<PrintedCopyFields, 'document' | 'title' | 'edition' | 'department' | 'version'>>;

/** The recorder whose button started the screen's shared job last: only its card offers to record the saved print. */
let lastStarted: symbol | undefined;

/**
 * For a print card whose paper is kept somewhere (the binder, a department's kit): wrap the card's `prepare` with
 * `track`, and render `form` below it. After a successful save of THAT card's PDF the form asks where the paper will
 * be kept and adds it to the printed-copy register (印刷物の保管台帳), which then warns when the data changes.
 */
export function usePrintedCopyRecorder(job: PrintJob, printed: WhatWasPrinted) {
  const { t } = useTranslation();
  const { canEdit } = useWorkbook();
  const me = useRef(Symbol('printed-copy-recorder')).current;
  const track =
    (prepare: Prepare): Prepare =>
    (control) => {
      lastStarted = me;
      return prepare(control);
    };
  const offered = canEdit && job.state.kind === 'saved' && lastStarted === me;
  const form = offered ? (
    <div className="printed-copy-recorder" data-testid="printed-copy-recorder">
      <h3>{t('distribution.printed.recordHeading')}</h3>
      <p className="muted">{t('distribution.printed.recordLead')}</p>
      <PrintedCopyForm key={job.state.kind === 'saved' ? job.state.fileId : ''} initial={printed} />
    </div>
  ) : null;
  return { track, form };
}
