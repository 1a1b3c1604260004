import { html, nothing, type TemplateResult } from 'lit';
import type { FieldProblem } from './account-forms.ts';
import type { AccountMessageKey } from './account-messages.ts';

export type Translate = (key: AccountMessageKey, params?: Readonly<Record<string, string>>) => string;

/** The message for a field error code, the server's or ours (both use the same codes). */
export function fieldErrorKey(code: string, field: string): AccountMessageKey {
  // A group of checkboxes is not "filled in": whatever is wrong, one of them must be chosen.
  if (field === 'childIds') return 'errorShareChildren';
  if (field === 'photoConsent') return 'errorPhotoConsent';
  if (field === 'collectors') return 'errorCollectorNeeded';
  // A phone number given but too short to be one: not "fill in this field".
  if (field.endsWith('phone') && code === 'too_small') return 'errorPhone';
  if (code === 'required' || code === 'too_small') return 'errorRequired';
  if (code === 'too_big') return 'errorTooLong';
  if (field === 'birthDate' && code === 'invalid_format') return 'errorBirthDate';
  if (field === 'email' || field === 'contactEmail') return 'errorEmail';
  if (code.startsWith('company_number')) return 'errorCompanyNumber';
  if (code.startsWith('postal_code')) return 'errorPostalCode';
  if (code.startsWith('phone')) return 'errorPhone';
  if (code === 'niss_birth_date_mismatch') return 'errorNissMismatch';
  if (code.startsWith('niss')) return 'errorNiss';
  if (code === 'birth_date_in_future') return 'errorBirthDateFuture';
  if (code === 'birth_date_too_old') return 'errorBirthDateOld';
  return 'errorField';
}

export interface FieldOptions {
  form: string;
  name: string;
  label: string;
  value: string;
  problems: readonly FieldProblem[];
  t: Translate;
  hint?: string;
  autocomplete?: string;
  inputmode?: 'numeric' | 'tel' | 'text';
  type?: 'text' | 'tel' | 'email';
  required?: boolean;
}

export const fieldId = (form: string, name: string): string => `${form}-${name}`;

/** A labelled text field with its hint and, when it is wrong, its error (tied by aria-describedby). */
export function renderField(options: FieldOptions): TemplateResult {
  const id = fieldId(options.form, options.name);
  const problem = options.problems.find((p) => p.field === options.name);
  const described = [options.hint ? `${id}-hint` : '', problem ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field">
    <label for=${id}>${options.label}</label>
    ${options.hint ? html`<p id="${id}-hint" class="hint">${options.hint}</p>` : nothing}
    ${problem ? html`<p id="${id}-error" class="field-error">${options.t(fieldErrorKey(problem.code, problem.field))}</p>` : nothing}
    <input id=${id} name=${options.name} part="input" type=${options.type ?? 'text'}
      .value=${options.value} autocomplete=${options.autocomplete ?? 'off'}
      inputmode=${options.inputmode ?? nothing} ?required=${options.required ?? false}
      aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${described || nothing} />
  </div>`;
}

/**
 * The list of what is wrong, at the top of the form: announced at once (role=alert), focused after
 * a refused submit, each entry a link that moves to its field.
 */
export function renderErrorSummary(
  form: string,
  problems: readonly FieldProblem[],
  labels: Readonly<Record<string, string>>,
  t: Translate,
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const focusField = (event: Event, name: string) => {
    event.preventDefault();
    const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
    root.getElementById(fieldId(form, name))?.focus();
  };
  return html`<div id="${form}-summary" class="alert" part="alert error-summary" role="alert" tabindex="-1">
    <p>${t('errorSummary')}</p>
    <ul>
      ${problems.map(
        (p) =>
          html`<li><a href="#${fieldId(form, p.field)}" @click=${(e: Event) => focusField(e, p.field)}>
            ${labels[p.field] ?? p.field}: ${t(fieldErrorKey(p.code, p.field))}</a></li>`,
      )}
    </ul>
  </div>`;
}
