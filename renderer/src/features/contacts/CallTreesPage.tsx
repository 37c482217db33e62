import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CallTree } from '../../domain/contacts/call-tree';
import type { Contact } from '../../domain/contacts/contact';
import { DemoBadge } from '../../workbook/DemoBadge';
import { PrintButton } from '../../workbook/print/PrintButton';
import { PrintJobStatus } from '../../workbook/print/PrintJobStatus';
import { usePrintJob } from '../../workbook/print/usePrintJob';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { CallTreeForm } from './CallTreeForm';
import { useContactListText } from './contact-list-text';
import { PhoneNumber } from './PhoneNumber';
import { useContactPrints } from './useContactPrints';
import { ReadOnlyNotice } from '../../workbook/ReadOnlyNotice';
import { RecordEditorRoute } from '../../workbook/RecordEditorRoute';

function Person({ contact, prefix }: { contact: Contact | undefined; prefix?: string }) {
  const { t } = useTranslation();
  const text = useContactListText();
  if (!contact) {
    return (
      <div>
        <span className="badge unverified">{t('contacts.callTrees.missingContact')}</span> <span className="muted">{t('contacts.callTrees.missingContactHint')}</span>
      </div>
    );
  }
  return (
    <div className="contacts-tree-person">
      <div>
        {prefix && <span className="muted">{prefix} </span>}
        <strong>{contact.name}</strong> <span className="muted">{[contact.organisation, contact.role].filter(Boolean).join('・')}</span>
      </div>
      {contact.phones.map((p, i) => (
        <PhoneNumber key={i} phone={p} text={text} />
      ))}
    </div>
  );
}

/** A 連絡網 on screen as on paper: levels top to bottom, fallbacks hanging under each. */
function TreeView({ tree, contactsById }: { tree: CallTree; contactsById: ReadonlyMap<string, Contact> }) {
  const { t } = useTranslation();
  return (
    <ol className="contacts-tree">
      {tree.levels.map((level, i) => (
        <li key={i} className="contacts-tree-level">
          <div className="contacts-tree-level-title">{t('contacts.callTrees.level', { n: i + 1 })}</div>
          <Person contact={contactsById.get(level.contactId)} />
          {level.note && <div className="muted">{level.note}</div>}
          {level.fallbacks.length > 0 && (
            <ul className="contacts-tree-fallbacks">
              {level.fallbacks.map((f, j) => (
                <li key={j}>
                  <Person contact={contactsById.get(f.contactId)} prefix={t('contacts.callTrees.fallbackN', { n: j + 1 })} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

/** 連絡網: every tree with its trigger, drawn as a tree, printable one by one or together. */
export function CallTreesPage() {
  const { t } = useTranslation();
  const { db, canEdit } = useWorkbook();
  const trees = useLiveQuery(() => db.callTrees.orderBy('name').toArray(), [db]);
  const contacts = useLiveQuery(() => db.contacts.toArray(), [db]);
  const contactsById = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c])), [contacts]);
  const job = usePrintJob();
  const prints = useContactPrints();
  if (!trees || !contacts) return null;
  return (
    <section aria-labelledby="call-trees-heading">
      <h1 id="call-trees-heading">{t('contacts.callTrees.heading')}</h1>
      <p>{t('contacts.callTrees.lead')}</p>
      <div className="actions contacts-toolbar">
        {canEdit && (
          <Link className="button" to="/call-trees/new">
            {t('contacts.callTrees.add')}
          </Link>
        )}
        {trees.length > 0 && (
          <PrintButton job={job} label={t('contacts.callTrees.printAll')} prepare={() => prints.callTrees()} />
        )}
      </div>
      <ReadOnlyNotice />
      <PrintJobStatus job={job} />
      {trees.length === 0 && <p>{t('contacts.callTrees.empty')}</p>}
      {trees.map((tree) => (
        <article key={tree.id} className="card" aria-labelledby={`tree-${tree.id}`} data-testid="call-tree">
          <h2 id={`tree-${tree.id}`}>
            {tree.name} {tree.demo && <DemoBadge />} <span className="muted">{t('contacts.callTrees.levels', { count: tree.levels.length })}</span>
          </h2>
          <p>
            <strong>{t('contacts.callTrees.trigger')}：</strong>
            {tree.trigger || '—'}
          </p>
          <TreeView tree={tree} contactsById={contactsById} />
          {tree.notes && <p className="muted">{tree.notes}</p>}
          <div className="actions">
            <PrintButton job={job} label={t('contacts.callTrees.print')} ariaLabel={`${tree.name} ${t('contacts.callTrees.print')}`} prepare={() => prints.callTrees(tree.id)} />
            {canEdit && (
              <Link className="button secondary" to={`/call-trees/${encodeURIComponent(tree.id)}`} aria-label={`${tree.name} ${t('contacts.callTrees.edit')}`}>
                {t('contacts.callTrees.edit')}
              </Link>
            )}
          </div>
        </article>
      ))}
    </section>
  );
}

/** /call-trees/new and /call-trees/:id. */
export function CallTreeEditPage() {
  const { t } = useTranslation();
  return (
    <RecordEditorRoute table="callTrees" notFound={t('contacts.callTrees.form.notFound')} back={{ to: '/call-trees', label: t('contacts.callTrees.form.cancel') }}>
      {(tree) => <CallTreeForm tree={tree ?? undefined} />}
    </RecordEditorRoute>
  );
}
