import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Database } from '@communa/db';
import { sessions, users } from '@communa/db';
import DataLoader from 'dataloader';
import { eq, sql } from 'drizzle-orm';
import type { Citizen } from './require-citizen.ts';

export interface BearerSessionSettings {
  /** better-auth's secret: it signs the token handed out in `set-auth-token`. */
  secret: string;
  /** A session expires after this long without use. */
  idleSeconds: number;
  /** A session used again this long after its last extension is extended (better-auth's updateAge). */
  updateAgeSeconds: number;
}

export interface BearerSessions {
  /** The person of a live session, from an `Authorization: Bearer …` header; undefined otherwise. */
  citizenOf(authorization: string | undefined): Promise<Citizen | undefined>;
}

/**
 * Reads citizens' bearer sessions the way better-auth's bearer plugin and getSession do (a signed
 * or a bare token; unknown or expired is no session; 12 h idle expiry, extended on use), in one
 * query instead of two and without turning the token into a cookie on the way: every citizen
 * request pays for this, including each enrolment of an opening-day rush. Tokens of requests that
 * arrive together (one turn of the event loop) are looked up in one query; nothing is cached, so a
 * session signed out is refused by the next request.
 */
export function createBearerSessions(db: Database, settings: BearerSessionSettings): BearerSessions {
  const find = db
    .select({
      token: sessions.token,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      email: users.email,
      name: users.name,
      language: users.language,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(sql`${sessions.token} = any(${sql.placeholder('tokens')})`)
    .prepare('bearer_sessions');
  type Found = Awaited<ReturnType<typeof find.execute>>[number];
  const sessionsOf = new DataLoader<string, Found | undefined>(
    async (tokens) => {
      const rows = await find.execute({ tokens: [...tokens] });
      const byToken = new Map(rows.map((row) => [row.token, row]));
      return tokens.map((token) => byToken.get(token));
    },
    { cache: false, maxBatchSize: 100, batchScheduleFn: (lookUp) => setImmediate(lookUp) },
  );
  return {
    async citizenOf(authorization) {
      const token = sessionToken(authorization, settings.secret);
      if (!token) return undefined;
      const row = await sessionsOf.load(token);
      const now = Date.now();
      if (!row || row.expiresAt.getTime() < now) return undefined;
      const idleMs = settings.idleSeconds * 1000;
      if (row.expiresAt.getTime() - idleMs + settings.updateAgeSeconds * 1000 <= now) {
        await db
          .update(sessions)
          .set({ expiresAt: new Date(now + idleMs), updatedAt: new Date(now) })
          .where(eq(sessions.token, token));
      }
      return { userId: row.userId, email: row.email, name: row.name, language: row.language ?? null };
    },
  };
}

const BEARER = /^bearer\s+(\S+)\s*$/i;

/**
 * The session token of a bearer header. A token with a dot is `token.signature` (HMAC-SHA256 with
 * the secret, base64 or base64url, possibly URI-encoded): the signature must match. A token without
 * one is taken as it is, as better-auth's bearer plugin takes it.
 */
export function sessionToken(authorization: string | undefined, secret: string): string | undefined {
  const match = BEARER.exec(authorization ?? '');
  if (!match?.[1]) return undefined;
  const raw = match[1];
  if (!raw.includes('.')) return raw;
  const decoded = raw.includes('%') ? safelyDecoded(raw) : raw;
  const [token, signature, ...rest] = decoded.split('.');
  if (!token || !signature || rest.length > 0) return undefined;
  const expected = createHmac('sha256', secret).update(token).digest();
  // Node's base64 decoder reads both alphabets and ignores padding.
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : undefined;
}

function safelyDecoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
