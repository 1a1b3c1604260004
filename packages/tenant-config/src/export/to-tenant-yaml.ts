import { Document, isMap, isScalar, isSeq, Scalar, visit } from 'yaml';
import { type TenantConfig, tenantConfigSchema } from '../schema/tenant.ts';

const HEADER: Record<TenantConfig['source'], string> = {
  code: 'source: code — this file is the truth: it is applied on every start and is read-only in the back-office.',
  admin:
    'source: admin — the back-office is the truth; this file is an export, rewritten by `npm run tenants:export`.',
};

/** Short lists read best on one line. */
const FLOW_LISTS = [['languages', 'offered'], ['postalCodes']];

/** Longer prose (descriptions) is written as folded blocks rather than quoted strings; URLs stay plain. */
const FOLD_FROM = 60;

/**
 * The tenant.yaml text of `config`: keys in schema order (so exports diff cleanly), every default
 * written out, a header comment. Throws when `config` does not satisfy the schema.
 */
export const toTenantYaml = (config: TenantConfig): string => {
  // Parsing again puts keys in schema order and normalises values exactly as loading does.
  const canonical = tenantConfigSchema.parse(config);
  const doc = new Document(canonical);
  const name = canonical.names[canonical.languages.default] ?? canonical.slug;
  doc.commentBefore = ` ${name} — Communa configuration.\n ${HEADER[canonical.source]}`;

  // Blank lines around each section and between services keep the file easy to scan.
  if (isMap(doc.contents)) {
    doc.contents.items.forEach((pair, index, pairs) => {
      const previous = pairs[index - 1];
      const section = !isScalar(pair.value) || (previous !== undefined && !isScalar(previous.value));
      if (isScalar(pair.key) && section) pair.key.spaceBefore = true;
    });
  }
  const services = doc.get('services', true);
  if (isSeq(services)) {
    for (const service of services.items.slice(1)) {
      if (isMap(service)) service.spaceBefore = true;
    }
  }
  for (const path of FLOW_LISTS) {
    const list = doc.getIn(path, true);
    if (isSeq(list)) list.flow = true;
  }
  visit(doc, {
    Scalar(_key, node) {
      const { value } = node;
      if (
        typeof value === 'string' &&
        value.length >= FOLD_FROM &&
        value.includes(' ') &&
        !value.includes('\n')
      ) {
        node.type = Scalar.BLOCK_FOLDED;
      }
    },
  });
  return doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
};
