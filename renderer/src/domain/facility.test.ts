import { describe, expect, it } from 'vitest';
import { facilitySchema, parseNameList } from './facility';

describe('parseNameList', () => {
  it('splits lines and Japanese commas, trims, drops blanks and repeats', () => {
    expect(parseNameList('外来受付\n 薬剤部 、検査部\n\n外来受付')).toEqual(['外来受付', '薬剤部', '検査部']);
  });
});

describe('facilitySchema', () => {
  it('requires a name and defaults the fiscal year to April and the mark to 取扱注意', () => {
    expect(facilitySchema.safeParse({ name: ' ', departments: [], wards: [] }).success).toBe(false);
    expect(facilitySchema.parse({ name: '病院', departments: [], wards: [] })).toMatchObject({ fiscalYearStartMonth: 4, confidentialityLabel: '取扱注意' });
  });
});
