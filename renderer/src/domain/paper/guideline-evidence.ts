import type { EvidenceFinding } from '../evidence-topics';

/** 紙運用: departments with written paper procedures and the blank forms ready to print (R7). Under `paper.evidence.`. */
export function paperEvidence(procedures: readonly { department: string }[], formCount: number): EvidenceFinding[] {
  if (procedures.length === 0) return [{ verdict: 'contradicts', messageKey: 'paper.evidence.noProcedures', href: '/paper' }];
  const departments = new Set(procedures.map((p) => p.department)).size;
  return [{ verdict: 'supports', messageKey: 'paper.evidence.procedures', values: { count: procedures.length, departments, forms: formCount }, href: '/paper' }];
}
