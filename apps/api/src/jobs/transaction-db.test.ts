import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { toBoundSql } from './transaction-db.ts';

describe('pg-boss statements bound as drizzle SQL', () => {
  const dialect = new PgDialect();

  it('binds each placeholder to its value, in the statement’s order, repeats included', () => {
    const query = dialect.sqlToQuery(toBoundSql('select $2::int, $1 as name, $2 + 1', ['mail', 7]));
    expect(query.sql).toBe('select $1::int, $2 as name, $3 + 1');
    expect(query.params).toEqual([7, 'mail', 7]);
  });

  it('sends objects as JSON text and undefined as NULL', () => {
    const query = dialect.sqlToQuery(
      toBoundSql('insert into t values ($1::jsonb, $2, $3)', [{ a: 1 }, undefined, null]),
    );
    expect(query.params).toEqual(['{"a":1}', null, null]);
  });
});
