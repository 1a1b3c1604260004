import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateClientTypes } from '../openapi/client-types.ts';
import { createOfflineApp } from '../testing/offline-app.ts';

// `npm run generate:client`: rewrites the API types of every client from the routes' schemas.
export const clientTypesFiles = [
  // The widgets (public and citizen routes).
  '../../../../packages/widgets/src/api/schema.d.ts',
  // The staff back-office (staff routes under /v1/admin).
  '../../../admin/src/api/schema.d.ts',
].map((relative) => fileURLToPath(new URL(relative, import.meta.url)));

const types = await generateClientTypes(await createOfflineApp());
for (const file of clientTypesFiles) {
  await writeFile(file, types);
  process.stdout.write(`wrote ${file}\n`);
}
