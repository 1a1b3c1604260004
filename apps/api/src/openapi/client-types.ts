import openapiTS, { astToString } from 'openapi-typescript';
import type { App } from '../app.ts';
import { buildOpenApiDocument } from './document.ts';

const HEADER = `/**
 * Generated from the API's OpenAPI document by \`npm run generate:client\`. Do not edit:
 * change the route's zod schemas and regenerate.
 */

`;

/** The widgets' client types, produced from the same zod schemas that validate the API. */
export async function generateClientTypes(app: App): Promise<string> {
  // The document's servers list is left out: it differs per deployment, the types do not.
  const document = buildOpenApiDocument(app);
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)));
  return HEADER + astToString(ast);
}
