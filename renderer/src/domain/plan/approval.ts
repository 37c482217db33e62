import { z } from 'zod';

/**
 * 承認: who approved a document (the plan's version, a drill report to management), when and where it is recorded.
 * The approver is a contact; name and role are copied so the record still reads right if the contact changes.
 */
export const approvalSchema = z.object({
  approverContactId: z.string().default(''),
  approverName: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
  approverRole: z.string().trim().max(100, 'validation.tooLong').default(''),
  /** YYYY-MM-DD, not in the future. */
  approvedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date'),
  /** The meeting or document that records it (e.g. 第12回 情報セキュリティ委員会 議事録). */
  reference: z.string().trim().max(200, 'validation.tooLong').default(''),
});
export type Approval = z.output<typeof approvalSchema>;

/** Why an approval cannot be recorded today (i18n keys), or none. */
export function approvalProblems(approval: Pick<Approval, 'approverName' | 'approvedOn'>, today: string): string[] {
  const problems: string[] = [];
  if (!approval.approverName.trim()) problems.push('validation.approverRequired');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(approval.approvedOn)) problems.push('validation.date');
  else if (approval.approvedOn > today) problems.push('validation.approvalInFuture');
  return problems;
}

/** The approval form's schema on `today`: the approver is required (schema) and the date may not be in the future. */
export function approvalSchemaOn(today: string) {
  return approvalSchema.superRefine((approval, ctx) => {
    if (approval.approvedOn > today) ctx.addIssue({ code: 'custom', path: ['approvedOn'], message: 'validation.approvalInFuture' });
  });
}
