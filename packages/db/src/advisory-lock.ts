import postgres from 'postgres';

/**
 * Runs `fn` while holding a PostgreSQL advisory lock named `name`, so that several processes
 * starting at once (pods of one release) migrate or apply configuration one after the other.
 * The lock lives on a connection of its own, released when `fn` ends or the connection drops.
 */
export async function withAdvisoryLock<T>(url: string, name: string, fn: () => Promise<T>): Promise<T> {
  const lock = postgres(url, {
    max: 1,
    onnotice: () => {},
    connection: { application_name: `lock:${name}` },
  });
  try {
    await lock`select pg_advisory_lock(hashtext(${name}))`;
    try {
      return await fn();
    } finally {
      await lock`select pg_advisory_unlock(hashtext(${name}))`;
    }
  } finally {
    await lock.end({ timeout: 5 });
  }
}
