import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env.ts';
import { healthKeyringFromEnv } from './health-keys.ts';

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: '',
  RESEND_API_KEY: '',
  AUTH_SECRET: 'p'.repeat(32),
};

describe('health data key settings', () => {
  it('refuses to start in production without HEALTH_DATA_KEY, or with a key of the wrong size', () => {
    expect(() => parseEnv(production)).toThrow(/HEALTH_DATA_KEY/);
    expect(() => parseEnv({ ...production, HEALTH_DATA_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /HEALTH_DATA_KEY/,
    );
    const key = Buffer.alloc(32, 7);
    const env = parseEnv({ ...production, HEALTH_DATA_KEY: key.toString('base64') });
    expect(healthKeyringFromEnv(env).current.key.equals(key)).toBe(true);
  });

  it('uses a development key elsewhere, and keeps previous keys for opening', () => {
    const old = Buffer.alloc(32, 3);
    const env = parseEnv({ NODE_ENV: 'test', HEALTH_DATA_PREVIOUS_KEYS: old.toString('base64') });
    const keys = healthKeyringFromEnv(env);
    expect(keys.current.key).toHaveLength(32);
    expect(keys.byId.size).toBe(2);
    expect(env.HEALTH_SHEET_RETENTION_DAYS).toBe(30);
  });
});
