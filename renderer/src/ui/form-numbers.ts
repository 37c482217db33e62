/**
 * react-hook-form `setValueAs` for number inputs, the one convention of every form: an empty box is "not set" (null)
 * for optional numbers and NaN for required ones, so the schema reports it with its own Japanese message
 * (「数値を入力してください。」, 「複写枚数は 1〜5 の整数で入力してください。」) instead of reading it as 0.
 */
const isEmpty = (v: unknown) => v === '' || v === null || v === undefined;

export const optionalNumber = (v: unknown) => (isEmpty(v) ? null : Number(v));
export const requiredNumber = (v: unknown) => (isEmpty(v) ? Number.NaN : Number(v));

/** Spread into `register(name, …)` of a required number box. */
export const requiredNumberInput = { setValueAs: requiredNumber } as const;
