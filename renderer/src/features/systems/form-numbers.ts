/**
 * react-hook-form `setValueAs` for number inputs: an empty box is "not set" (null) for optional numbers and NaN for
 * required ones, so the schema reports it as missing instead of reading it as 0.
 */
const isEmpty = (v: unknown) => v === '' || v === null || v === undefined;

export const optionalNumber = (v: unknown) => (isEmpty(v) ? null : Number(v));
export const requiredNumber = (v: unknown) => (isEmpty(v) ? Number.NaN : Number(v));
