import { describe, expect, it } from 'vitest';
import { msUntilNextLocalMidnight } from './useToday';

describe('msUntilNextLocalMidnight', () => {
  it('counts to the start of the next local day', () => {
    expect(msUntilNextLocalMidnight(new Date(2026, 10, 21, 23, 59, 0))).toBe(60_000);
    expect(msUntilNextLocalMidnight(new Date(2026, 10, 21, 0, 0, 0))).toBe(24 * 3_600_000);
    expect(msUntilNextLocalMidnight(new Date(2026, 10, 21, 12, 0, 0, 500))).toBe(12 * 3_600_000 - 500);
  });

  it('crosses month and year ends', () => {
    expect(msUntilNextLocalMidnight(new Date(2026, 11, 31, 23, 0))).toBe(3_600_000);
    expect(msUntilNextLocalMidnight(new Date(2028, 1, 28, 23, 30))).toBe(1_800_000);
  });
});
