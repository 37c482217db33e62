import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { contactKinds, type ContactKind } from '../../domain/contacts/contact';
import { planContactImport, readCsvTable, matchHeaders, type ColumnMapping, type CsvTable, type DuplicateChoice, type FileProblem, type ImportPlan } from '../../domain/contacts/contact-csv';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useStorageErrorMessage } from '../../workbook/useStorageErrorMessage';
import { writeContactImport } from '../../db/contacts-store';
import { nextFrame } from './contact-import';
import { ImportMapping } from './ImportMapping';
import { ImportReview } from './ImportReview';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';

type Step =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'file-error'; problem: FileProblem | { code: 'unreadable' } }
  | { kind: 'mapping'; fileName: string; table: CsvTable; mapping: ColumnMapping; defaultKind: ContactKind }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'review'; fileName: string; table: CsvTable; plan: ImportPlan; choices: Map<number, DuplicateChoice> }
  | { kind: 'writing' }
  | { kind: 'write-failed'; message: string }
  | { kind: 'done'; count: number };

const ENCODING_NAMES = { 'utf-8': 'UTF-8', shift_jis: 'Shift_JIS (CP932)' } as const;

/** CSV import: choose file → columns → check every row → confirm → one transaction. */
export function ImportPage() {
  const { t } = useTranslation();
  const { db, writer, canEdit } = useWorkbook();
  const storageMessage = useStorageErrorMessage();
  const [step, setStep] = useState<Step>({ kind: 'choose' });

  const readFile = async (file: File) => {
    setStep({ kind: 'reading' });
    try {
      const result = readCsvTable(new Uint8Array(await file.arrayBuffer()));
      if (!result.ok) setStep({ kind: 'file-error', problem: result.problem });
      else setStep({ kind: 'mapping', fileName: file.name, table: result.table, mapping: matchHeaders(result.table.headers), defaultKind: 'other' });
    } catch (error) {
      console.warn('csv read failed', error);
      setStep({ kind: 'file-error', problem: { code: 'unreadable' } });
    }
  };

  const check = async (fileName: string, table: CsvTable, mapping: ColumnMapping, defaultKind: ContactKind) => {
    setStep({ kind: 'checking', done: 0, total: table.rows.length });
    const [existing, systems] = await Promise.all([db.contacts.toArray(), db.systems.toArray()]);
    const plan = await planContactImport(table, mapping, existing, {
      defaultKind,
      systemIdsByName: new Map(systems.map((s) => [s.name, s.id])),
      onProgress: (done, total) => setStep({ kind: 'checking', done, total }),
      pause: nextFrame,
    });
    setStep({ kind: 'review', fileName, table, plan, choices: new Map() });
  };

  const write = async (plan: ImportPlan, choices: Map<number, DuplicateChoice>) => {
    setStep({ kind: 'writing' });
    try {
      setStep({ kind: 'done', count: await writeContactImport(db, plan, choices, writer) });
    } catch (error) {
      setStep({ kind: 'write-failed', message: storageMessage(error) });
    }
  };

  const fileMessage = (problem: FileProblem | { code: 'unreadable' }) => {
    if (problem.code === 'column-count') {
      const listed = problem.rows.slice(0, 10).map((r) => t('contacts.csv.errorRow', { row: r.rowNumber }));
      const more = problem.rows.length > 10 ? `${t('punct.list')}${t('contacts.csv.moreErrors', { count: problem.rows.length - 10 })}` : '';
      return t('contacts.csv.fileError.column-count', { expected: problem.expected, rows: listed.join(t('punct.list')) + more });
    }
    return t(`contacts.csv.fileError.${problem.code}`, 'line' in problem ? { line: problem.line } : {});
  };

  return (
    <section aria-labelledby="import-heading">
      <h1 id="import-heading">{t('contacts.csv.importHeading')}</h1>
      <p>{t('contacts.csv.importLead')}</p>
      <ReadOnlyNotice />
      {canEdit && (step.kind === 'choose' || step.kind === 'file-error') && (
        <div className="card">
          <label className="button" htmlFor="contacts-csv-file">
            {t('contacts.csv.chooseFile')}
          </label>
          <input
            id="contacts-csv-file"
            className="contacts-file-input"
            type="file"
            accept=".csv,.txt,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void readFile(file);
            }}
          />
        </div>
      )}
      {step.kind === 'file-error' && (
        <Notice tone="error">
          <span data-testid="import-file-error">{fileMessage(step.problem)}</span> {t('contacts.csv.unchanged')}
        </Notice>
      )}
      {step.kind === 'reading' && <ProgressBar label={t('contacts.csv.reading')} />}
      {step.kind === 'mapping' && (
        <>
          <p>{t('contacts.csv.fileSummary', { name: step.fileName, rows: step.table.rows.length, encoding: ENCODING_NAMES[step.table.encoding] })}</p>
          <ImportMapping
            table={step.table}
            mapping={step.mapping}
            defaultKind={step.defaultKind}
            kinds={contactKinds}
            onChange={(mapping, defaultKind) => setStep({ ...step, mapping, defaultKind })}
            onCheck={() => void check(step.fileName, step.table, step.mapping, step.defaultKind)}
            onBack={() => setStep({ kind: 'choose' })}
          />
        </>
      )}
      {step.kind === 'checking' && <ProgressBar label={t('contacts.csv.checking', { done: step.done, total: step.total })} fraction={step.total ? step.done / step.total : undefined} />}
      {step.kind === 'review' && (
        <ImportReview
          plan={step.plan}
          choices={step.choices}
          onChoices={(choices) => setStep({ ...step, choices })}
          onConfirm={() => void write(step.plan, step.choices)}
          onBack={() => setStep({ kind: 'choose' })}
        />
      )}
      {step.kind === 'writing' && <ProgressBar label={t('contacts.csv.writing')} />}
      {step.kind === 'write-failed' && (
        <Notice tone="error">
          {step.message} {t('contacts.csv.unchanged')}
        </Notice>
      )}
      {step.kind === 'done' && (
        <Notice tone="ok">
          <span data-testid="import-done">{t('contacts.csv.done', { count: step.count })}</span> <Link to="/contacts">{t('contacts.heading')}</Link>
        </Notice>
      )}
    </section>
  );
}
