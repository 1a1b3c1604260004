import type {
  EditableEventConfiguration,
  EventEquipmentInput,
  EventPlaceInput,
  EventTypeInput,
} from '../api/api-types.ts';
import type { Language } from '../i18n/languages.ts';
import type { MessageKey } from '../i18n/messages.ts';

type Texts = Partial<Record<Language, string>>;

/** An event type as its form holds it: numbers and media types as typed, until saved. */
export interface TypeDraft {
  key: string;
  name: Texts;
  description: Texts;
  form: string;
  leadTimeDays: string;
  opinions: string[];
  publicCalendar: boolean;
  attachments: { key: string; label: Texts; accept: string; maxSizeMb: string }[];
}

export interface PlaceDraft {
  key: string;
  name: string;
  street: string;
  number: string;
  box: string;
  postalCode: string;
  city: string;
  capacity: string;
}

export interface EquipmentDraft {
  key: string;
  name: Texts;
  stock: string;
}

export type EditableType = EditableEventConfiguration['types'][number];

export const typeDraft = (type: EditableType | undefined, firstForm: string): TypeDraft => ({
  key: type?.key ?? '',
  name: { ...type?.name },
  description: { ...type?.description },
  form: type?.form ?? firstForm,
  leadTimeDays: String(type?.leadTimeDays ?? 30),
  opinions: [...(type?.opinions ?? [])],
  publicCalendar: type?.publicCalendar ?? true,
  attachments: (type?.attachments ?? []).map((attachment) => ({
    key: attachment.key,
    label: { ...attachment.label },
    accept: attachment.accept.join(', '),
    maxSizeMb: String(attachment.maxSizeMb),
  })),
});

export const placeDraft = (place: EventPlaceInput): PlaceDraft => ({
  key: place.key,
  name: place.name,
  street: place.address.street,
  number: place.address.number,
  box: place.address.box ?? '',
  postalCode: place.address.postalCode,
  city: place.address.city,
  capacity: String(place.capacity),
});

export const equipmentDraft = (item: EventEquipmentInput): EquipmentDraft => ({
  key: item.key,
  name: { ...item.name },
  stock: String(item.stock),
});

/** A whole number as typed, else undefined (the form says so before anything is sent). */
export const wholeNumber = (text: string): number | undefined =>
  /^\s*\d{1,9}\s*$/.test(text) ? Number(text) : undefined;

/** Texts without the empty ones: a language left blank is a missing translation, not an empty text. */
export const filledTexts = (texts: Texts): Texts =>
  Object.fromEntries(
    Object.entries(texts)
      .map(([language, text]) => [language, text?.trim() ?? ''] as const)
      .filter(([, text]) => text !== ''),
  );

/** Media types typed as a list: separated by commas or spaces. */
export const mediaTypes = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .map((type) => type.trim())
    .filter((type) => type !== '');

/** The number fields of a type that are not whole numbers, by control id. */
export const typeNumberProblems = (draft: TypeDraft): string[] => [
  ...(wholeNumber(draft.leadTimeDays) === undefined ? ['type-leadTimeDays'] : []),
  ...draft.attachments.flatMap((attachment, index) =>
    wholeNumber(attachment.maxSizeMb) === undefined ? [`type-attachments-${index}-maxSizeMb`] : [],
  ),
];

/** What the API is sent for a type; call once typeNumberProblems found nothing. */
export const typeInput = (draft: TypeDraft): EventTypeInput => ({
  name: filledTexts(draft.name),
  description: filledTexts(draft.description),
  form: draft.form,
  attachments: draft.attachments.map((attachment) => ({
    key: attachment.key.trim(),
    label: filledTexts(attachment.label),
    accept: mediaTypes(attachment.accept),
    maxSizeMb: wholeNumber(attachment.maxSizeMb) ?? 0,
  })),
  leadTimeDays: wholeNumber(draft.leadTimeDays) ?? 0,
  opinions: draft.opinions,
  publicCalendar: draft.publicCalendar,
});

export const placeInput = (draft: PlaceDraft): EventPlaceInput => ({
  key: draft.key.trim(),
  name: draft.name.trim(),
  address: {
    street: draft.street.trim(),
    number: draft.number.trim(),
    ...(draft.box.trim() === '' ? {} : { box: draft.box.trim() }),
    postalCode: draft.postalCode.trim(),
    city: draft.city.trim(),
  },
  capacity: wholeNumber(draft.capacity) ?? 0,
});

export const equipmentInput = (draft: EquipmentDraft): EventEquipmentInput => ({
  key: draft.key.trim(),
  name: filledTexts(draft.name),
  stock: wholeNumber(draft.stock) ?? 0,
});

/** The id of the control for an API error path under `prefix`: `attachments.0.label.nl` → `type-attachments-0-label-nl`. */
export const controlId = (prefix: string, path: string): string =>
  [prefix, ...path.split('.')].filter((step) => step !== '').join('-');

/** The ids to try for an error, deepest first, down to the prefix: the first one on screen gets it. */
export const controlCandidates = (id: string): string[] => {
  const steps = id.split('-');
  return steps.map((_, index) => steps.slice(0, steps.length - index).join('-'));
};

/** The staff's words for the API's codes; others show the rule's own words. */
export const ERROR_WORDS: Readonly<Record<string, MessageKey>> = {
  missing_default_text: 'eventConfigErrMissingDefault',
  unknown_form: 'eventConfigErrUnknownForm',
  attachment_without_field: 'eventConfigErrAttachmentWithoutField',
  unknown_service: 'eventConfigErrUnknownService',
  duplicate_key: 'eventConfigErrDuplicateKey',
};
