import { html, nothing, type TemplateResult } from 'lit';
import { LANGUAGES } from '../core/languages.ts';
import type { AccountArea } from './account-area.ts';
import { renderErrorSummary, renderField } from './account-fields.ts';
import { renderHeading } from './section-heading.ts';

/** Each language named in itself, as a language chooser should. */
const NATIVE_NAMES = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' } as const;

export function renderProfileSection(area: AccountArea): TemplateResult {
  const { t } = area;
  const problems = area.problemsOf('profile');
  const error = area.errorOf('profile');
  const current = area.person.language ?? area.host.ui();
  return html`${renderHeading(area.sectionLevel, t('sectionProfile'), 'section-heading')}
    <p>${t('profileIntro', { email: area.person.email })}</p>
    ${renderErrorSummary('profile', problems, { name: t('nameLabel') }, t)}
    ${error ? html`<p id="profile-alert" class="alert" part="alert" role="alert" tabindex="-1">${area.errorText(error)}</p>` : nothing}
    <form part="form" novalidate @submit=${area.saveProfile}>
      ${renderField({ form: 'profile', name: 'name', label: t('nameLabel'), value: area.person.name, problems, t, autocomplete: 'name', required: true })}
      <div class="field">
        <label for="profile-language">${t('languageLabel')}</label>
        <p id="profile-language-hint" class="hint">${t('languageHint')}</p>
        <select id="profile-language" name="language" part="input" aria-describedby="profile-language-hint">
          ${LANGUAGES.map((lang) => html`<option value=${lang} lang=${lang} ?selected=${lang === current}>${NATIVE_NAMES[lang]}</option>`)}
        </select>
      </div>
      <div class="actions">
        <button type="submit" class="button" part="submit" ?disabled=${area.busy}>${t('save')}</button>
      </div>
    </form>`;
}
