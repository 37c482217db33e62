import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('does not depend on key order and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 'x', c: undefined }] })).toBe(canonicalJson({ a: [1, { d: 'x' }], b: 1 }));
    expect(canonicalJson({ b: 1, a: '日本' })).toBe('{"a":"日本","b":1}');
  });
});
