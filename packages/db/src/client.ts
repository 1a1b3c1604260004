import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Database = PostgresJsDatabase<Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface DbHandle {
  db: Database;
  /** The postgres.js client, for LISTEN/NOTIFY and raw SQL in tests. */
  sql: postgres.Sql;
  close: () => Promise<void>;
}

export interface CreateDbOptions {
  /** Pool size; postgres.js opens connections lazily up to this number. */
  max?: number;
  /** Shown in pg_stat_activity, so operators can tell the roles apart. */
  applicationName?: string;
}

export function createDb(url: string, options: CreateDbOptions = {}): DbHandle {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: {
      application_name: options.applicationName ?? 'communa',
      // The statements are prepared once and run many times, mostly key lookups: planned once too
      // (PostgreSQL would otherwise plan each of the first runs on every connection again, and
      // keep doing so for any whose generic plan it judges no better).
      plan_cache_mode: 'force_generic_plan',
    },
  });
  const db = drizzle(roundTripSaving(sql), { schema });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}

// Round trips to PostgreSQL are most of what a request costs, so the client drizzle is given saves
// them in two ways (each request of an opening-day rush runs a dozen statements):
// - drizzle sends each query as an unnamed statement, and postgres.js then asks the server for the
//   parameter types before running it: two round trips, and nothing can be sent behind it. Named
//   statements are prepared once per connection and cached by their text: one round trip, and
//   queries started together go out in one write.
// - postgres.js waits for BEGIN's answer before running the transaction's body. Here BEGIN goes
//   out in the same write as the body's first statements.

type TransactionCallback<R> = (sql: TransactionClient) => R | Promise<R>;

type TransactionClient = postgres.ReservedSql & {
  savepoint: <R>(callback: TransactionCallback<R>) => Promise<R>;
};

function roundTripSaving(sql: postgres.Sql): postgres.Sql {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === 'unsafe') return preparedUnsafe(target.unsafe);
      if (property === 'begin')
        return <R>(first: string | TransactionCallback<R>, second?: TransactionCallback<R>) =>
          typeof first === 'string'
            ? pipelinedTransaction(target, first, requireCallback(second))
            : pipelinedTransaction(target, '', first);
      return Reflect.get(target, property, receiver);
    },
  });
}

function preparedUnsafe(unsafe: postgres.Sql['unsafe']): postgres.Sql['unsafe'] {
  return (query, parameters, options) => unsafe(query, parameters, { ...options, prepare: true });
}

async function pipelinedTransaction<R>(
  pool: postgres.Sql,
  mode: string,
  callback: TransactionCallback<R>,
): Promise<R> {
  const reserved = await pool.reserve();
  const client = transactionClient(reserved);
  // Sent at once, before the body's first statement; awaited after it, so its failure surfaces.
  const begun = reserved.unsafe(`begin ${mode.replace(/[^a-z ]/gi, '')}`).execute();
  begun.catch(() => undefined);
  try {
    const result = await callback(client);
    await begun;
    await reserved.unsafe('commit');
    return result;
  } catch (error) {
    await reserved.unsafe('rollback').catch(() => undefined);
    throw error;
  } finally {
    reserved.release();
  }
}

function transactionClient(reserved: postgres.ReservedSql): TransactionClient {
  const unsafe = preparedUnsafe(reserved.unsafe);
  let savepoints = 0;
  const client: TransactionClient = Object.assign(reserved, {
    unsafe,
    savepoint: async <R>(callback: TransactionCallback<R>): Promise<R> => {
      savepoints += 1;
      const name = `s${savepoints}`;
      await reserved.unsafe(`savepoint ${name}`);
      try {
        const result = await callback(client);
        await reserved.unsafe(`release savepoint ${name}`);
        return result;
      } catch (error) {
        await reserved.unsafe(`rollback to savepoint ${name}`);
        throw error;
      }
    },
  });
  return client;
}

function requireCallback<R>(callback: TransactionCallback<R> | undefined): TransactionCallback<R> {
  if (!callback) throw new TypeError('a transaction needs a callback');
  return callback;
}
