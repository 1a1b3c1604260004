/**
 * Where a citizen's bearer token is kept: the embedding site's localStorage, one entry per API and
 * commune, so no third-party cookie is involved. The server ends idle sessions; a token it refuses
 * is forgotten here.
 */
export interface SessionStore {
  read(): string | undefined;
  write(token: string): void;
  clear(): void;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function sessionStore(
  apiBase: string,
  tenant: string,
  storage: KeyValueStorage = safeStorage() ?? pageMemory,
): SessionStore {
  const key = `communa:session:${apiBase}:${tenant}`;
  return {
    read: () => storage.getItem(key) ?? undefined,
    write: (token) => storage.setItem(key, token),
    clear: () => storage.removeItem(key),
  };
}

// Storage can be switched off (privacy modes): the session then lasts as long as the page.
const memory = new Map<string, string>();
const pageMemory: KeyValueStorage = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => memory.set(key, value),
  removeItem: (key) => memory.delete(key),
};

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
