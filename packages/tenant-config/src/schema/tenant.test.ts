import { describe, expect, it } from 'vitest';
import { validTenantInput } from '../testing/valid-tenant.ts';
import { type TenantConfigInput, tenantConfigSchema } from './tenant.ts';

type Change = (input: TenantConfigInput) => void;

const changed = (change: Change): TenantConfigInput => {
  const input = structuredClone(validTenantInput());
  change(input);
  return input;
};

/** Parses the valid tenant after `change`, returning "path: message" for each issue. */
const issuesAfter = (change: Change): string[] => {
  const result = tenantConfigSchema.safeParse(changed(change));
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

const parseAfter = (change: Change) => tenantConfigSchema.parse(changed(change));

/** Sets a key the input type does not know, as a YAML author could. */
const setExtra = (target: object, key: string, value: unknown): void => {
  Object.assign(target, { [key]: value });
};

describe('tenantConfigSchema: identity and switches', () => {
  it('accepts a valid tenant and fills the defaults', () => {
    const config = tenantConfigSchema.parse(validTenantInput());
    expect(config.active).toBe(true);
    expect(config.sandbox).toBe(false);
    expect(config.timeZone).toBe('Europe/Brussels');
    expect(config.services[0]?.enabled).toBe(true);
  });

  it('rejects unknown keys at every level', () => {
    expect(issuesAfter((c) => setExtra(c, 'colour', 'red'))).toEqual([': Unrecognized key: "colour"']);
    expect(issuesAfter((c) => setExtra(c.theme, 'shadow', 'none'))).toEqual([
      'theme: Unrecognized key: "shadow"',
    ]);
    expect(issuesAfter((c) => setExtra(c.contact.address, 'country', 'BE'))).toEqual([
      'contact.address: Unrecognized key: "country"',
    ]);
  });

  it('checks the slug pattern', () => {
    expect(parseAfter((c) => Object.assign(c, { slug: 'la-louviere2' })).slug).toBe('la-louviere2');
    for (const slug of ['Liege', 'l', '4liege', 'liège', 'liege_2', `a${'b'.repeat(41)}`]) {
      expect(issuesAfter((c) => Object.assign(c, { slug }))).toEqual([
        'slug: must be lower-case letters, digits and dashes, starting with a letter (2 to 41)',
      ]);
    }
  });

  it('checks source, active and sandbox', () => {
    expect(parseAfter((c) => Object.assign(c, { source: 'admin' })).source).toBe('admin');
    expect(issuesAfter((c) => setExtra(c, 'source', 'database'))).toEqual(['source: must be code or admin']);
    expect(parseAfter((c) => Object.assign(c, { active: false, sandbox: true }))).toMatchObject({
      active: false,
      sandbox: true,
    });
    expect(issuesAfter((c) => setExtra(c, 'sandbox', 'yes'))).toEqual(['sandbox: must be true or false']);
  });

  it('checks the time zone with Intl', () => {
    expect(parseAfter((c) => Object.assign(c, { timeZone: 'Europe/Luxembourg' })).timeZone).toBe(
      'Europe/Luxembourg',
    );
    expect(issuesAfter((c) => Object.assign(c, { timeZone: 'Europe/Bruxelles' }))).toEqual([
      'timeZone: "Europe/Bruxelles" is not a known IANA time zone like Europe/Brussels',
    ]);
  });
});

describe('tenantConfigSchema: languages and texts', () => {
  it('needs a non-empty list of known, unique languages', () => {
    expect(issuesAfter((c) => Object.assign(c.languages, { offered: [] }))).toEqual([
      'languages.offered: must offer at least one language',
      'languages.default: fr is not among the offered languages ()',
    ]);
    expect(issuesAfter((c) => Object.assign(c.languages, { offered: ['fr', 'nl', 'fr'] }))).toEqual([
      'languages.offered.2: fr is listed twice',
    ]);
    expect(issuesAfter((c) => setExtra(c.languages, 'offered', ['fr', 'es']))).toEqual([
      'languages.offered.1: must be one of fr, nl, de, en',
    ]);
  });

  it('needs the default among the offered languages', () => {
    expect(issuesAfter((c) => Object.assign(c.languages, { default: 'de' }))).toEqual([
      'languages.default: de is not among the offered languages (fr, nl)',
    ]);
  });

  it('requires every text in the default language', () => {
    expect(
      issuesAfter((c) => {
        c.names = { nl: 'Gemeente Testville' };
        const [service] = c.services;
        if (service) service.description = { nl: 'Stages voor kinderen.' };
      }),
    ).toEqual([
      'names.fr: the text in the default language (fr) is required',
      'services.0.description.fr: the text in the default language (fr) is required',
    ]);
  });

  it('lets other offered languages be missing (the loader warns)', () => {
    expect(issuesAfter((c) => Object.assign(c, { names: { fr: 'Commune de Testville' } }))).toEqual([]);
  });

  it('rejects texts in unknown languages', () => {
    expect(issuesAfter((c) => setExtra(c.names, 'es', 'Ciudad'))).toEqual(['names: Unrecognized key: "es"']);
  });
});

describe('tenantConfigSchema: theme', () => {
  it('accepts #rrggbb in any case and writes it lower case', () => {
    expect(parseAfter((c) => Object.assign(c.theme, { colorPrimary: '#B5121B' })).theme.colorPrimary).toBe(
      '#b5121b',
    );
  });

  it('rejects other colour notations', () => {
    for (const colorAccent of ['red', '#123', '1d3557', 'rgb(0,0,0)', '#1d35577']) {
      expect(issuesAfter((c) => Object.assign(c.theme, { colorAccent }))).toEqual([
        'theme.colorAccent: must be a colour written #rrggbb, like #b5121b',
      ]);
    }
  });

  it('measures each text/background pair against WCAG AA', () => {
    expect(issuesAfter((c) => Object.assign(c.theme, { colorOnPrimary: '#ff6666' }))).toEqual([
      'theme.colorOnPrimary: contrast of colorOnPrimary #ff6666 on colorPrimary #b5121b is 2.39:1, WCAG AA needs at least 4.5:1',
    ]);
    expect(issuesAfter((c) => Object.assign(c.theme, { colorText: '#777777' }))).toEqual([
      'theme.colorText: contrast of colorText #777777 on colorSurface #ffffff is 4.47:1, WCAG AA needs at least 4.5:1',
    ]);
    expect(
      issuesAfter((c) => Object.assign(c.theme, { colorSurface: '#1d3557', colorText: '#ffffff' })),
    ).toEqual([
      'theme.colorAccent: contrast of colorAccent #1d3557 on colorSurface #1d3557 is 1.00:1, WCAG AA needs at least 4.5:1',
    ]);
  });

  it('accepts radius in px or rem only', () => {
    for (const radius of ['0', '6px', '0.5rem', '12.5px']) {
      expect(parseAfter((c) => Object.assign(c.theme, { radius })).theme.radius).toBe(radius);
    }
    for (const radius of ['6', '1em', '50%', '-2px', 'calc(1px)', '6 px']) {
      expect(issuesAfter((c) => Object.assign(c.theme, { radius }))).toEqual([
        'theme.radius: must be a CSS length in px or rem, like 6px or 0.5rem',
      ]);
    }
  });

  it('accepts inherit or a font-family list, nothing that escapes CSS', () => {
    for (const font of ['inherit', '"Open Sans", Arial, sans-serif', "'Fira Sans', system-ui"]) {
      expect(parseAfter((c) => Object.assign(c.theme, { font })).theme.font).toBe(font);
    }
    for (const font of ['Arial; color: red', 'a{b}', '</style>', 'Arial,,serif']) {
      expect(issuesAfter((c) => Object.assign(c.theme, { font }))).toHaveLength(1);
    }
  });
});

describe('tenantConfigSchema: embedding origins', () => {
  it('accepts bare https origins and local http ones', () => {
    const allowedOrigins = [
      'https://www.liege.be',
      'https://liege.be:8443',
      'http://localhost:5173',
      'http://127.0.0.1',
    ];
    expect(parseAfter((c) => Object.assign(c.embed, { allowedOrigins })).embed.allowedOrigins).toEqual(
      allowedOrigins,
    );
  });

  it('rejects paths, trailing slashes, default ports, upper case and plain http', () => {
    const allowedOrigins = [
      'https://www.liege.be/',
      'https://www.liege.be/fr',
      'https://www.liege.be:443',
      'https://WWW.liege.be',
      'http://www.liege.be',
      'www.liege.be',
    ];
    expect(issuesAfter((c) => Object.assign(c.embed, { allowedOrigins }))).toEqual([
      'embed.allowedOrigins.0: "https://www.liege.be/" must be written as the bare origin "https://www.liege.be" (no path, trailing slash, default port or upper case)',
      'embed.allowedOrigins.1: "https://www.liege.be/fr" must be written as the bare origin "https://www.liege.be" (no path, trailing slash, default port or upper case)',
      'embed.allowedOrigins.2: "https://www.liege.be:443" must be written as the bare origin "https://www.liege.be" (no path, trailing slash, default port or upper case)',
      'embed.allowedOrigins.3: "https://WWW.liege.be" must be written as the bare origin "https://www.liege.be" (no path, trailing slash, default port or upper case)',
      'embed.allowedOrigins.4: "http://www.liege.be" must use https (http is only allowed for localhost)',
      'embed.allowedOrigins.5: "www.liege.be" is not an origin like https://www.example.be',
    ]);
  });

  it('rejects duplicates', () => {
    const allowedOrigins = ['https://www.liege.be', 'https://www.liege.be'];
    expect(issuesAfter((c) => Object.assign(c.embed, { allowedOrigins }))).toEqual([
      'embed.allowedOrigins.1: https://www.liege.be is listed twice',
    ]);
  });
});

describe('tenantConfigSchema: contact and privacy', () => {
  it('accepts numbers where YAML reads them and keeps text', () => {
    const config = parseAfter((c) =>
      Object.assign(c.contact.address, { number: 2, box: 3, postalCode: 4000 }),
    );
    expect(config.contact.address).toMatchObject({ number: '2', box: '3', postalCode: '4000' });
  });

  it('checks e-mail, phone, website and address', () => {
    expect(
      issuesAfter((c) =>
        Object.assign(c.contact, {
          email: 'info(at)liege.be',
          phone: '04 221 84 11',
          website: 'http://www.liege.be',
          address: { street: '', number: '2', postalCode: '0400', city: 'Liège' },
        }),
      ),
    ).toEqual([
      'contact.email: must be an e-mail address like info@example.be',
      'contact.phone: must be a phone number in international form, like +32 4 221 84 11',
      'contact.website: "http://www.liege.be" is not an https address like https://www.example.be/page',
      'contact.address.street: must not be empty',
      'contact.address.postalCode: must be a Belgian postal code: 4 digits from 1000 to 9999',
    ]);
  });

  it('checks the privacy notice and the DPO address', () => {
    expect(
      issuesAfter((c) => Object.assign(c.privacy, { noticeUrl: 'javascript:alert(1)', dpoEmail: 'dpo' })),
    ).toEqual([
      'privacy.noticeUrl: "javascript:alert(1)" is not an http(s) address like https://www.example.be/page',
      'privacy.dpoEmail: must be an e-mail address like info@example.be',
    ]);
  });
});

describe('tenantConfigSchema: postal codes and bank account', () => {
  it('accepts postal codes as numbers or text and keeps text', () => {
    expect(parseAfter((c) => Object.assign(c, { postalCodes: [4000, '4020'] })).postalCodes).toEqual([
      '4000',
      '4020',
    ]);
  });

  it('needs unique Belgian postal codes, at least one', () => {
    expect(issuesAfter((c) => Object.assign(c, { postalCodes: [] }))).toEqual([
      'postalCodes: must list at least one postal code',
    ]);
    expect(issuesAfter((c) => Object.assign(c, { postalCodes: ['4000', 999, '10000', '4000'] }))).toEqual([
      'postalCodes.1: must be a Belgian postal code: 4 digits from 1000 to 9999',
      'postalCodes.2: must be a Belgian postal code: 4 digits from 1000 to 9999',
      'postalCodes.3: 4000 is listed twice',
    ]);
  });

  it('normalises a Belgian IBAN and BIC', () => {
    const config = parseAfter((c) =>
      Object.assign(c.bankAccount, { iban: 'be68 5390 0754 7034', bic: 'gkcc bebb' }),
    );
    expect(config.bankAccount).toMatchObject({ iban: 'BE68539007547034', bic: 'GKCCBEBB' });
  });

  it('rejects a wrong check digit, a foreign IBAN and a foreign BIC', () => {
    expect(issuesAfter((c) => Object.assign(c.bankAccount, { iban: 'BE68 5390 0754 7035' }))).toEqual([
      'bankAccount.iban: must be a valid Belgian IBAN (BE + 14 digits, check digits included)',
    ]);
    expect(issuesAfter((c) => Object.assign(c.bankAccount, { iban: 'NL91 ABNA 0417 1643 00' }))).toEqual([
      'bankAccount.iban: must be a valid Belgian IBAN (BE + 14 digits, check digits included)',
    ]);
    expect(issuesAfter((c) => Object.assign(c.bankAccount, { bic: 'DEUTDEFF' }))).toEqual([
      'bankAccount.bic: must be the BIC of a Belgian bank (8 or 11 characters, like GKCCBEBB)',
    ]);
  });

  it('needs a holder', () => {
    expect(issuesAfter((c) => Object.assign(c.bankAccount, { holder: ' ' }))).toEqual([
      'bankAccount.holder: must not be empty',
    ]);
  });
});

describe('tenantConfigSchema: services', () => {
  const service = () => validTenantInput().services[0];

  it('accepts every kind and keeps the configured order', () => {
    const services = (['stages', 'events', 'forms', 'link'] as const).map((kind) => ({
      ...service(),
      key: kind,
      kind,
    }));
    expect(
      parseAfter((c) => Object.assign(c, { services })).services.map(
        (s) => `${s.key}:${s.kind}:${s.enabled}`,
      ),
    ).toEqual(['stages:stages:true', 'events:events:true', 'forms:forms:true', 'link:link:true']);
  });

  it('checks key, kind and page', () => {
    const services = [{ ...service(), key: 'Stages', kind: 'camps', pageUrl: 'stages.html' }];
    expect(issuesAfter((c) => setExtra(c, 'services', services))).toEqual([
      'services.0.key: must be lower-case letters, digits and dashes, starting with a letter (2 to 41)',
      'services.0.kind: must be one of stages, events, forms, link',
      'services.0.pageUrl: "stages.html" is not an http(s) address like https://www.example.be/page',
    ]);
  });

  it('needs unique keys', () => {
    expect(issuesAfter((c) => Object.assign(c, { services: [service(), service()] }))).toEqual([
      'services.1.key: key "stages" is used twice',
    ]);
  });

  it('needs titles in the default language', () => {
    expect(
      issuesAfter((c) => Object.assign(c, { services: [{ ...service(), title: { nl: 'Stages' } }] })),
    ).toEqual(['services.0.title.fr: the text in the default language (fr) is required']);
  });
});

describe('tenantConfigSchema: event decision letter', () => {
  it('takes a signatory with a title per language and an optional closing', () => {
    const config = parseAfter((input) => {
      input.eventDecisionLetter = {
        signatoryName: 'Marie Dupont',
        signatoryTitle: { fr: 'Bourgmestre', nl: 'Burgemeester' },
        closing: { fr: 'Veuillez agréer nos salutations distinguées.' },
      };
    });
    expect(config.eventDecisionLetter?.signatoryTitle.nl).toBe('Burgemeester');
  });

  it('needs the title in the default language and refuses unknown keys', () => {
    expect(
      issuesAfter((input) => {
        input.eventDecisionLetter = { signatoryName: 'Marie Dupont', signatoryTitle: { nl: 'Burgemeester' } };
      }),
    ).toEqual(['eventDecisionLetter.signatoryTitle.fr: the text in the default language (fr) is required']);
    expect(
      issuesAfter((input) => {
        input.eventDecisionLetter = { signatoryName: '', signatoryTitle: { fr: 'Bourgmestre' } };
        setExtra(input.eventDecisionLetter, 'logo', 'x.png');
      }),
    ).toHaveLength(2);
  });
});
