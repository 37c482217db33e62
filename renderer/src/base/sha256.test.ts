import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { sha256, toHex } from './sha256';

describe('sha256 (synchronous, for the audit chain)', () => {
  it('matches Node’s SHA-256 for any input, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(toHex(sha256(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('canonicalJson', () => {
  it('does not depend on key order and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 'x', c: undefined }] })).toBe(canonicalJson({ a: [1, { d: 'x' }], b: 1 }));
    expect(canonicalJson({ b: 1, a: '日本' })).toBe('{"a":"日本","b":1}');
  });
});
