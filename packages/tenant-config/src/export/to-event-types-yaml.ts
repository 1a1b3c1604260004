import { Document, isMap, isScalar, isSeq, Scalar, visit } from 'yaml';
import { type EventTypesConfig, eventTypesConfigSchema } from '../schema/event-types.ts';

const HEADER =
  'source: admin — the back-office is the truth; this file is an export, rewritten by `npm run tenants:export`.\n Forms are in forms/; lead times are calendar days.';

/** Small maps and lists read best on one line, as communes write them by hand. */
const FLOW_KEYS = new Set(['address', 'accept', 'opinions']);

/** Texts per language, on one line while short: `{fr: Tables pliantes, nl: Plooitafels}`. */
const TEXT_KEYS = new Set(['name', 'label']);
const FLOW_TEXT_UP_TO = 70;

/** Prose longer than this is written as a folded block rather than one long line. */
const FOLD_FROM = 90;

/**
 * The event-types.yaml text of `config` (an `admin` commune's event types, places, equipment and
 * advisory services as the back-office keeps them): keys in schema order, every default written out,
 * so that loading it gives `config` back and exports diff cleanly. Throws when `config` does not
 * satisfy the schema.
 */
export const toEventTypesYaml = (config: EventTypesConfig, communeName: string): string => {
  // Parsing again puts keys in schema order and normalises values exactly as loading does.
  const canonical = eventTypesConfigSchema.parse(config);
  const doc = new Document({
    advisoryServices: canonical.advisoryServices.map(({ key, email, name }) => ({ key, email, name })),
    types: canonical.types.map((type) => ({
      key: type.key,
      name: type.name,
      description: type.description,
      form: type.form,
      leadTimeDays: type.leadTimeDays,
      publicCalendar: type.publicCalendar,
      opinions: type.opinions,
      attachments: type.attachments.map(({ key, label, accept, maxSizeMb }) => ({
        key,
        label,
        accept,
        maxSizeMb,
      })),
    })),
    places: canonical.places.map((place) => ({
      key: place.key,
      name: place.name,
      address: {
        street: place.address.street,
        number: place.address.number,
        ...(place.address.box === undefined ? {} : { box: place.address.box }),
        postalCode: place.address.postalCode,
        city: place.address.city,
      },
      capacity: place.capacity,
    })),
    equipment: canonical.equipment.map(({ key, name, stock }) => ({ key, name, stock })),
  });
  doc.commentBefore = ` ${communeName} — event permit requests: what may be asked, where, and with what equipment.\n ${HEADER}`;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items.slice(1)) if (isScalar(pair.key)) pair.key.spaceBefore = true;
  }
  const types = doc.get('types', true);
  if (isSeq(types)) {
    for (const type of types.items.slice(1)) if (isMap(type)) type.spaceBefore = true;
  }
  visit(doc, {
    Pair(_key, pair) {
      if (!isScalar(pair.key)) return;
      const name = String(pair.key.value);
      if (FLOW_KEYS.has(name) && (isMap(pair.value) || isSeq(pair.value))) pair.value.flow = true;
      if (TEXT_KEYS.has(name) && isMap(pair.value)) {
        const texts = Object.values(pair.value.toJSON() as Record<string, unknown>);
        if (texts.join('').length <= FLOW_TEXT_UP_TO) pair.value.flow = true;
      }
    },
    Scalar(_key, node) {
      const { value } = node;
      if (
        typeof value === 'string' &&
        value.length >= FOLD_FROM &&
        value.includes(' ') &&
        !value.includes('\n')
      )
        node.type = Scalar.BLOCK_FOLDED;
    },
  });
  return doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
};
