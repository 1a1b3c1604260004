/** Outcome of a validator: the normalised value, or a stable machine code that widgets localise. */
export type Validated<Value, Code extends string, Extra extends object = object> =
  | ({ ok: true; value: Value } & Extra)
  | { ok: false; code: Code };
