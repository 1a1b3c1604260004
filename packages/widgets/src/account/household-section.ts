import { html, nothing, type TemplateResult } from 'lit';
import type { AccountArea } from './account-area.ts';
import { renderErrorSummary, renderField } from './account-fields.ts';
import { renderHeading } from './section-heading.ts';

/** Belgium first, then the countries households most often live in near or outside Belgium. */
const FOREIGN_COUNTRIES = [
  'NL',
  'FR',
  'DE',
  'LU',
  'GB',
  'IE',
  'ES',
  'PT',
  'IT',
  'CH',
  'AT',
  'PL',
  'RO',
  'BG',
  'GR',
  'SE',
  'DK',
  'FI',
  'NO',
  'CZ',
  'SK',
  'HU',
  'HR',
  'SI',
  'LT',
  'LV',
  'EE',
  'CY',
  'MT',
  'US',
  'CA',
  'MA',
  'TR',
  'DZ',
  'TN',
  'CD',
  'RW',
  'BI',
  'CM',
  'SN',
] as const;

export function renderHouseholdSection(area: AccountArea): TemplateResult {
  // One outer template whatever the state, so the focused heading survives the data arriving.
  return html`${renderHeading(area.sectionLevel, area.t('sectionHousehold'), 'section-heading')}${renderHouseholdBody(area)}`;
}

function renderHouseholdBody(area: AccountArea): TemplateResult {
  const { t } = area;
  const household = area.household;
  const problems = area.problemsOf('household');
  const error = area.errorOf('household') ?? area.loadError;
  const labels = {
    street: t('streetLabel'),
    number: t('numberLabel'),
    box: t('boxLabel'),
    postalCode: t('postalCodeLabel'),
    city: t('cityLabel'),
    country: t('countryLabel'),
    phone: t('phoneLabel'),
  };
  const field = (
    name: keyof typeof labels,
    extra: { autocomplete?: string; hint?: string; required?: boolean; type?: 'tel' } = {},
  ) =>
    renderField({
      form: 'household',
      name,
      label: labels[name],
      value: household?.[name] ?? '',
      problems,
      t,
      ...extra,
    });
  // The form waits for the saved address, so nothing typed meanwhile is overwritten by it.
  if (household === undefined) {
    return html`${error ? html`<p class="alert" part="alert" role="alert">${area.errorText(error)}</p>` : html`<p>${t('loading')}</p>`}`;
  }
  return html`<p>${t('householdIntro', { commune: area.communeName })}</p>
    ${household ? renderResidency(area) : html`<p>${t('noHouseholdYet')}</p>`}
    ${renderErrorSummary('household', problems, labels, t)}
    ${error ? html`<p id="household-alert" class="alert" part="alert" role="alert" tabindex="-1">${area.errorText(error)}</p>` : nothing}
    <form part="form" novalidate @submit=${area.saveHousehold}>
      ${field('street', { autocomplete: 'address-line1', required: true })}
      <div class="row">
        ${field('number', { required: true })}
        ${field('box')}
      </div>
      <div class="row">
        ${field('postalCode', { autocomplete: 'postal-code', required: true })}
        ${field('city', { autocomplete: 'address-level2', required: true })}
      </div>
      ${renderCountry(area, household?.country ?? 'BE')}
      ${field('phone', { autocomplete: 'tel', hint: t('phoneHint'), type: 'tel' })}
      <div class="actions">
        <button type="submit" class="button" part="submit" ?disabled=${area.busy}>${t('save')}</button>
      </div>
    </form>`;
}

function renderResidency(area: AccountArea): TemplateResult | typeof nothing {
  const { t, household } = area;
  if (!household) return nothing;
  const commune = area.communeName;
  const where =
    household.residency === 'declared_resident'
      ? t('residencyResident', { commune })
      : t('residencyNonResident', { commune });
  const status = {
    declared: t('residencyDeclared'),
    confirmed: t('residencyConfirmed'),
    corrected: t('residencyCorrected'),
  }[household.residencyStatus];
  return html`<div id="residency" class="status" part="status" tabindex="-1">
    <p><strong>${t('residencyLabel')}</strong> ${where}</p>
    <p class="hint">${status}</p>
  </div>`;
}

/** The country of an address form (`form` names its field's id), Belgium first. */
export function renderCountry(area: AccountArea, current: string, form = 'household'): TemplateResult {
  const { t } = area;
  const names = new Intl.DisplayNames([area.host.ui()], { type: 'region' });
  const name = (code: string) => names.of(code) ?? code;
  const foreign = [...FOREIGN_COUNTRIES].sort((a, b) => name(a).localeCompare(name(b), area.host.ui()));
  // A country saved earlier that is not in the list stays choosable.
  const codes = [
    'BE',
    ...foreign,
    ...(current === 'BE' || foreign.some((c) => c === current) ? [] : [current]),
  ];
  return html`<div class="field">
    <label for="${form}-country">${t('countryLabel')}</label>
    <select id="${form}-country" name="country" part="input" autocomplete="country">
      ${codes.map((code) => html`<option value=${code} ?selected=${code === current}>${name(code)}</option>`)}
    </select>
  </div>`;
}
