import type { AuditFieldLabels } from '../../workbook/audit-labels';

/** How the audit log names the fields of procedures and form templates. */
export const paperAuditLabels = {
  procedures: {
    department: 'paper.department',
    title: 'paper.procedure.title',
    level: 'paper.procedure.level',
    trigger: 'paper.procedure.trigger',
    steps: 'paper.procedure.steps',
    supplies: 'paper.procedure.supplies',
    formIds: 'paper.procedure.forms',
    backEntrySteps: 'paper.procedure.backEntry',
    paperOriginal: 'paper.procedure.paperOriginal',
    returnSteps: 'paper.procedure.return',
    demo: 'audit.fieldNames.demo',
  },
  formTemplates: {
    title: 'paper.form.title',
    department: 'paper.department',
    headerFields: 'paper.form.headerFields',
    columns: 'paper.form.columns',
    rowsPerPage: 'paper.form.rowsPerPage',
    signatureBoxes: 'paper.form.signatureBoxes',
    notes: 'paper.form.notes',
    copies: 'paper.form.copies',
    orientation: 'paper.form.orientation',
    stock: 'paper.form.stock',
    numbering: 'paper.numbering.heading',
    starterId: 'audit.fieldNames.starterForm',
    demo: 'audit.fieldNames.demo',
  },
} satisfies Partial<AuditFieldLabels>;
