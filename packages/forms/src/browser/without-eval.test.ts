import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import '@communa/forms/without-eval';

describe('@communa/forms/without-eval', () => {
  it('switches zod to parsers that need no eval, with the same results', () => {
    expect(z.config().jitless).toBe(true);
    const schema = z.strictObject({ a: z.string() });
    expect(schema.safeParse({ a: 'x', b: 1 }).success).toBe(false);
    expect(schema.safeParse({ a: 'x' }).success).toBe(true);
  });
});
