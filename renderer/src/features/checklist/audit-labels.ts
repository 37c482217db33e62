import type { AuditFieldLabels } from '../../workbook/audit-labels';

const f = (name: string) => `checklist.fields.${name}`;

/** How the audit log names the fields of answers, item sets and vendor sheets. */
export const checklistAuditLabels = {
  checklistAnswers: {
    setId: f('setId'),
    itemId: f('itemId'),
    fiscalYear: f('fiscalYear'),
    first: f('first'),
    second: f('second'),
    targetDate: f('targetDate'),
    note: f('note'),
    evidence: f('evidence'),
    actionId: f('actionId'),
    demo: 'audit.fieldNames.demo',
  },
  checklistSets: {
    setId: f('setId'),
    version: f('version'),
    title: f('title'),
    layout: f('layout'),
    source: f('source'),
    sections: f('sections'),
    items: f('items'),
    retired: f('retired'),
    demo: 'audit.fieldNames.demo',
  },
  vendorSheets: {
    contactId: f('contactId'),
    setId: f('setId'),
    fiscalYear: f('fiscalYear'),
    sentOn: f('sentOn'),
    receivedOn: f('receivedOn'),
    answers: f('answers'),
    note: f('note'),
    demo: 'audit.fieldNames.demo',
  },
} satisfies Partial<AuditFieldLabels>;
