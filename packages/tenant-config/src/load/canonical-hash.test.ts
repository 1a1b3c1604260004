import { describe, expect, it } from 'vitest';
import { canonicalHash, canonicalJson } from './canonical-hash.ts';

describe('canonical JSON and hash', () => {
  it('ignores key order but not list order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(canonicalHash({ a: 1, b: 2 })).toBe(canonicalHash({ b: 2, a: 1 }));
    expect(canonicalHash({ a: [1, 2] })).not.toBe(canonicalHash({ a: [2, 1] }));
  });

  it('drops undefined keys, as YAML would', () => {
    expect(canonicalHash({ a: 1, box: undefined })).toBe(canonicalHash({ a: 1 }));
  });

  it('is a sha256 in hex', () => {
    expect(canonicalHash({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });
});
