import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateClientTypes } from '../openapi/client-types.ts';
import { createOfflineApp } from '../testing/offline-app.ts';

// `npm run generate:client`: rewrites the widgets' API types from the routes' schemas.
export const clientTypesFile = fileURLToPath(
  new URL('../../../../packages/widgets/src/api/schema.d.ts', import.meta.url),
);

const types = await generateClientTypes(await createOfflineApp());
await writeFile(clientTypesFile, types);
process.stdout.write(`wrote ${clientTypesFile}\n`);
