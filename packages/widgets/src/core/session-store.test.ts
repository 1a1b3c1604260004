import { describe, expect, it } from 'vitest';
import { sessionStore } from './session-store.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

describe('sessionStore', () => {
  it('keeps one token per API and commune', () => {
    const storage = memoryStorage();
    const liege = sessionStore('https://api.example.be', 'liege', storage);
    const herstal = sessionStore('https://api.example.be', 'herstal', storage);
    const otherApi = sessionStore('https://staging.example.be', 'liege', storage);
    liege.write('token-liege');
    expect(liege.read()).toBe('token-liege');
    expect(herstal.read()).toBeUndefined();
    expect(otherApi.read()).toBeUndefined();
    expect([...storage.map.keys()]).toEqual(['communa:session:https://api.example.be:liege']);
  });

  it('forgets the token on clear', () => {
    const storage = memoryStorage();
    const store = sessionStore('https://api.example.be', 'liege', storage);
    store.write('t');
    store.clear();
    expect(store.read()).toBeUndefined();
    expect(storage.map.size).toBe(0);
  });

  it('falls back to page memory where the site has no storage', () => {
    const first = sessionStore('https://api.example.be', 'charleroi');
    first.write('in-memory');
    expect(sessionStore('https://api.example.be', 'charleroi').read()).toBe('in-memory');
  });
});
