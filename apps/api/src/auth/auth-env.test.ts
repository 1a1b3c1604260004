import { describe, expect, it } from 'vitest';
import { authSecret, parseEnv } from '../env.ts';

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: '',
  RESEND_API_KEY: '',
  HEALTH_DATA_KEY: Buffer.alloc(32, 1).toString('base64'),
};

describe('auth settings', () => {
  it('requires AUTH_SECRET in production', () => {
    expect(() => parseEnv(production)).toThrow(/AUTH_SECRET/);
    const env = parseEnv({ ...production, AUTH_SECRET: 'p'.repeat(32) });
    expect(authSecret(env)).toBe('p'.repeat(32));
  });

  it('refuses a secret shorter than 32 characters', () => {
    expect(() => parseEnv({ NODE_ENV: 'development', AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET/);
  });

  it('has a development secret and limits high enough for a shared NAT address', () => {
    const env = parseEnv({ NODE_ENV: 'development' });
    expect(authSecret(env).length).toBeGreaterThanOrEqual(32);
    expect(env.AUTH_SESSION_IDLE_SECONDS).toBe(12 * 60 * 60);
    expect(env.AUTH_CODE_SENDS_PER_IP).toBeGreaterThanOrEqual(100);
    expect(env.AUTH_CODE_SENDS_PER_ADDRESS).toBeLessThan(env.AUTH_CODE_SENDS_PER_IP);
  });
});
