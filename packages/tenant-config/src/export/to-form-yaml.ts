import { formDefinitionSchema } from '@communa/forms';
import { Document, isMap, isScalar, visit } from 'yaml';
import type { FormParts } from '../forms/check-form-content.ts';
import { formAccessSchema } from '../forms/form-access.ts';
import { DEFAULT_FORM_WORKFLOW, formWorkflowSchema } from '../forms/form-workflow.ts';
import { canonicalJson } from '../load/canonical-hash.ts';
import { LANGUAGES, type Language } from '../schema/languages.ts';

const HEADER =
  'source: admin — the back-office is the truth; this file is an export, rewritten by `npm run tenants:export`.';

/** A text per language fits on one line when short: `{ fr: Nom, nl: Naam }`. */
const FLOW_TEXT_UP_TO = 80;

const isLocalizedText = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(
    ([key, text]) => (LANGUAGES as readonly string[]).includes(key) && typeof text === 'string',
  );

/**
 * The forms/<key>.yaml text of a form: what `tenants:apply` reads back to the same content (and hash).
 * Keys in schema order and every default written out, as tenant.yaml; a form on the default workflow
 * has no `workflow`. Throws when the form does not satisfy the schemas.
 */
export const toFormYaml = (form: FormParts, defaultLanguage: Language): string => {
  // Parsing again puts keys in schema order and normalises values exactly as loading does.
  const {
    key: _fileName,
    version: _numberedOnApply,
    ...definition
  } = formDefinitionSchema.parse({
    ...form.definition,
    version: 1,
  });
  const workflow = formWorkflowSchema.parse(form.workflow);
  const onDefaultWorkflow = canonicalJson(workflow) === canonicalJson(DEFAULT_FORM_WORKFLOW);
  const doc = new Document({
    access: formAccessSchema.parse(form.access),
    ...definition,
    ...(onDefaultWorkflow ? {} : { workflow }),
  });
  const title = definition.title[defaultLanguage] ?? form.definition.key;
  doc.commentBefore = ` ${title} — Communa form.\n ${HEADER}`;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items.slice(1))
      if (isScalar(pair.key) && !isScalar(pair.value)) pair.key.spaceBefore = true;
  }
  visit(doc, {
    Map(_key, node) {
      const json = node.toJSON();
      if (isLocalizedText(json) && Object.values(json).join('').length <= FLOW_TEXT_UP_TO) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: true });
};
