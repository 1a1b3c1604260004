/**
 * The name of the constraint a failed statement violated, found on PostgreSQL's error whether it
 * comes bare (postgres.js) or as the cause of drizzle's query error; undefined for any other error.
 */
export function violatedConstraint(error: unknown): string | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    if ('constraint_name' in current && typeof current.constraint_name === 'string') {
      return current.constraint_name;
    }
  }
  return undefined;
}
