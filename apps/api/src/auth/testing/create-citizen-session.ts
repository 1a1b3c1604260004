import { randomBytes } from 'node:crypto';
import type { Database } from '@communa/db';
import { sessions, users } from '@communa/db';
import { sql } from 'drizzle-orm';

export interface CitizenSession {
  userId: string;
  /** What the citizen sends as `Authorization: Bearer <token>`. */
  token: string;
}

const TWELVE_HOURS_MS = 12 * 60 * 60 * 1000;

/**
 * A signed-in citizen without mailing a code, for tests and benchmarks that need many people.
 * The person is created once per address; each call opens a new session.
 */
export async function createCitizenSession(
  db: Database,
  email: string,
  options: { name?: string; language?: string } = {},
): Promise<CitizenSession> {
  const [user] = await db
    .insert(users)
    .values({
      email: email.toLowerCase(),
      name: options.name ?? '',
      emailVerified: true,
      language: options.language ?? null,
    })
    .onConflictDoUpdate({ target: users.email, set: { updatedAt: sql`now()` } })
    .returning({ id: users.id });
  if (!user) throw new Error(`could not create the citizen ${email}`);
  const token = randomBytes(24).toString('base64url');
  await db
    .insert(sessions)
    .values({ userId: user.id, token, expiresAt: new Date(Date.now() + TWELVE_HOURS_MS) });
  return { userId: user.id, token };
}
