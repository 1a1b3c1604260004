import type { Column, SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';

/**
 * `column = any($1)`: the values go as one array parameter, so the statement's text (and the plan
 * prepared for it on each connection) is the same for one value or fifty; `in (…)` would make a new
 * statement, parsed and planned anew, for each count.
 */
export function anyOf(column: Column, values: readonly unknown[]): SQL {
  return sql`${column} = any(${sql.param([...values])})`;
}
