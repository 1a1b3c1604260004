import type { LocalizedText } from './localized-text.ts';

type WithLocalizedFields = {
  names: LocalizedText;
  services: readonly { title: LocalizedText; description: LocalizedText }[];
  eventDecisionLetter?: { signatoryTitle: LocalizedText; closing?: LocalizedText | undefined } | undefined;
};

/** Every commune-written text of a tenant with its path, so language rules are written once. */
export const localizedFields = (
  config: WithLocalizedFields,
): { path: (string | number)[]; text: LocalizedText }[] => [
  { path: ['names'], text: config.names },
  ...config.services.flatMap((service, index) => [
    { path: ['services', index, 'title'], text: service.title },
    { path: ['services', index, 'description'], text: service.description },
  ]),
  ...(config.eventDecisionLetter
    ? [
        { path: ['eventDecisionLetter', 'signatoryTitle'], text: config.eventDecisionLetter.signatoryTitle },
        ...(config.eventDecisionLetter.closing
          ? [{ path: ['eventDecisionLetter', 'closing'], text: config.eventDecisionLetter.closing }]
          : []),
      ]
    : []),
];
