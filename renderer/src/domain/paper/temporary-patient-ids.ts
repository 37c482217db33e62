import { z } from 'zod';

/**
 * 仮患者番号 (temporary patient IDs) handed out while the patient master is unreachable, pre-printed on the
 * 仮患者番号台帳. A number is never printed twice until someone explicitly resets the range: the next free number
 * is stored with the form and a block is reserved in one transaction before a sheet is rendered.
 */

export const temporaryIdNumberingSchema = z
  .object({
    prefix: z.string().trim().max(10, 'validation.tooLong').default('仮-'),
    digits: z.number({ error: 'paper.validation.digits' }).int('paper.validation.digits').min(1, 'paper.validation.digits').max(9, 'paper.validation.digits'),
    rangeStart: z.number({ error: 'paper.validation.rangeStart' }).int('paper.validation.rangeStart').min(0, 'paper.validation.rangeStart'),
    rangeEnd: z.number({ error: 'paper.validation.rangeEnd' }).int('paper.validation.rangeEnd').min(0, 'paper.validation.rangeEnd'),
    /** The next number not yet printed; rangeEnd + 1 when the range is used up. */
    nextNumber: z.number().int().min(0),
  })
  .superRefine((n, ctx) => {
    if (n.rangeEnd < n.rangeStart) ctx.addIssue({ code: 'custom', path: ['rangeEnd'], message: 'paper.validation.rangeOrder' });
    if (String(n.rangeEnd).length > n.digits) ctx.addIssue({ code: 'custom', path: ['rangeEnd'], message: 'paper.validation.rangeDigits' });
    if (n.nextNumber < n.rangeStart || n.nextNumber > n.rangeEnd + 1) ctx.addIssue({ code: 'custom', path: ['nextNumber'], message: 'validation.invalid' });
  });

export type TemporaryIdNumbering = z.output<typeof temporaryIdNumberingSchema>;

/** 「仮-000123」 */
export function formatTemporaryId(numbering: Pick<TemporaryIdNumbering, 'prefix' | 'digits'>, n: number): string {
  return `${numbering.prefix}${String(n).padStart(numbering.digits, '0')}`;
}

export function remainingIds(numbering: TemporaryIdNumbering): number {
  return Math.max(0, numbering.rangeEnd - numbering.nextNumber + 1);
}

/** A block of consecutive numbers reserved for one print run. */
export interface ReservedBlock {
  first: number;
  count: number;
}

export type Reservation =
  | { ok: true; block: ReservedBlock; numbering: TemporaryIdNumbering }
  | { ok: false; remaining: number; requested: number };

/** Take `count` numbers from the front of what is left; refuse (nothing taken) when fewer remain. */
export function reserveIds(numbering: TemporaryIdNumbering, count: number): Reservation {
  const remaining = remainingIds(numbering);
  if (!Number.isInteger(count) || count < 0 || count > remaining) return { ok: false, remaining, requested: count };
  return { ok: true, block: { first: numbering.nextNumber, count }, numbering: { ...numbering, nextNumber: numbering.nextNumber + count } };
}

/** 「仮-000501〜仮-000510」: a block as staff write it down. */
export function formatBlock(numbering: Pick<TemporaryIdNumbering, 'prefix' | 'digits'>, block: ReservedBlock): string {
  const first = formatTemporaryId(numbering, block.first);
  return block.count > 1 ? `${first}〜${formatTemporaryId(numbering, block.first + block.count - 1)}` : first;
}

/** The IDs of sheet `sheetIndex` when each sheet carries `perSheet` numbers from `block`. */
export function idsForSheet(numbering: Pick<TemporaryIdNumbering, 'prefix' | 'digits'>, block: ReservedBlock, sheetIndex: number, perSheet: number): string[] {
  const start = block.first + sheetIndex * perSheet;
  const end = Math.min(block.first + block.count, start + perSheet);
  const ids: string[] = [];
  for (let n = start; n < end; n++) ids.push(formatTemporaryId(numbering, n));
  return ids;
}

/** A fresh range: everything from rangeStart is free again. */
export function resetNumbering(range: Pick<TemporaryIdNumbering, 'prefix' | 'digits' | 'rangeStart' | 'rangeEnd'>): TemporaryIdNumbering {
  return temporaryIdNumberingSchema.parse({ ...range, nextNumber: range.rangeStart });
}
