import { describe, expect, it } from 'vitest';
import { validTenantInput } from '../testing/valid-tenant.ts';
import { tenantConfigSchema } from './tenant.ts';
import { findTranslationGaps } from './translation-gaps.ts';

describe('findTranslationGaps', () => {
  it('finds nothing when every offered language has text', () => {
    expect(findTranslationGaps(tenantConfigSchema.parse(validTenantInput()))).toEqual([]);
  });

  it('lists missing offered languages and unoffered ones', () => {
    const input = validTenantInput();
    input.languages = { offered: ['fr', 'nl', 'de'], default: 'fr' };
    input.names = {
      fr: 'Commune de Testville',
      nl: 'Gemeente Testville',
      de: 'Gemeinde Testville',
      en: 'Testville',
    };
    const gaps = findTranslationGaps(tenantConfigSchema.parse(input));
    expect(gaps).toEqual([
      { path: ['names', 'en'], message: 'en is not an offered language: this text is never shown' },
      { path: ['services', 0, 'title', 'de'], message: 'no de text: falls back to fr' },
      { path: ['services', 0, 'description', 'de'], message: 'no de text: falls back to fr' },
    ]);
  });
});
