import type { SQL } from 'drizzle-orm';
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * `insert into <table> (…) select … from jsonb_to_recordset($1)`: the rows go as one JSON parameter,
 * so the statement's text, and the plan prepared for it on each connection, is the same for one row
 * or fifty (a `values` list makes a new statement for each count), and building it costs the same.
 * The caller appends `on conflict …` and `returning …` as needed. Values are sent as JSON: dates as
 * ISO text, objects as JSON, which PostgreSQL reads back into each column's type.
 */
export function insertFromJson<T extends PgTable>(
  table: T,
  keys: readonly (keyof T['$inferInsert'] & string)[],
  rows: readonly T['$inferInsert'][],
): SQL {
  const columns = getTableColumns(table);
  const chosen = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`no column ${key}`);
    return { key, column };
  });
  const names = sql.join(
    chosen.map(({ column }) => sql.identifier(column.name)),
    sql`, `,
  );
  const selected = sql.raw(chosen.map(({ key }) => `v."${key}"`).join(', '));
  const definitions = sql.raw(chosen.map(({ key, column }) => `"${key}" ${column.getSQLType()}`).join(', '));
  const values = rows.map((row) => Object.fromEntries(keys.map((key) => [key, row[key] ?? null])));
  return sql`insert into ${table} (${names}) select ${selected} from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(${definitions})`;
}
