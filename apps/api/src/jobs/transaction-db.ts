import type { Transaction } from '@communa/db';
import { type SQL, sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';

const PLACEHOLDER = /\$(\d+)/g;

/** A pg-boss statement (`$1`, `$2`… placeholders) as drizzle SQL with the same values bound. */
export function toBoundSql(text: string, values: readonly unknown[]): SQL {
  const chunks: SQL[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    chunks.push(sql.raw(text.slice(last, match.index)));
    chunks.push(sql`${asParameter(values[Number(match[1]) - 1])}`);
    last = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks);
}

// pg-boss hands objects (job data) and undefined (unset options) to node-postgres, which sends them
// as JSON and NULL; here they are made so before binding.
function asParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}

/**
 * Lets pg-boss write a job inside our own transaction: the job exists if and only if the change
 * that causes it commits, so a crash between the two loses nothing and sends nothing extra.
 */
export function transactionDb(tx: Transaction): PgBoss.Db {
  return {
    executeSql: async (text, values) => ({ rows: [...(await tx.execute(toBoundSql(text, values ?? [])))] }),
  };
}
