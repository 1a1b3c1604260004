import { provisionFromEnv } from '../database.ts';
import { parseEnv } from '../env.ts';

// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded server.
const database = await provisionFromEnv(parseEnv());
process.stdout.write(`migrations applied (${database.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'})\n`);
await database.stop();
