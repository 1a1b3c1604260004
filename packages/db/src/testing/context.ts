/** What the global set-up hands to every test file (through vitest's provide/inject). */
export interface TestPostgres {
  /** Superuser URL of the server's maintenance database. */
  adminUrl: string;
  /** A migrated database that each test file's database is cloned from. */
  template: string;
  /** Password of the application role's login on this server. */
  appPassword: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    communaPostgres: TestPostgres;
  }
}
