import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AccountArea, HealthSheetView } from './account-area.ts';
import { fieldErrorKey, fieldId, renderErrorSummary } from './account-fields.ts';
import type { FieldProblem } from './account-forms.ts';
import type { AccountMessageKey } from './account-messages.ts';
import type { HealthSheetDraft } from './health-sheet-form.ts';
import { HEALTH_MAX_LENGTH } from './health-sheet-form.ts';
import { renderHeading } from './section-heading.ts';

const FORM = 'health';

/** A child's health sheet, within Children: what it is for, how it is kept, and its form. */
export function renderHealthSheetSection(area: AccountArea, view: HealthSheetView): TemplateResult {
  const child = area.household?.children.find((c) => c.id === view.childId);
  const title = child ? area.t('healthHeading', { name: child.firstName }) : area.t('healthSheetOpen');
  // One outer template whatever the state, so the focused heading survives the data arriving.
  return html`${renderHeading(area.sectionLevel, title, 'section-heading')}${renderBody(area, view, child?.firstName)}`;
}

function renderBody(area: AccountArea, view: HealthSheetView, name: string | undefined): TemplateResult {
  const { t } = area;
  const back = html`<div class="actions">
    <button type="button" class="button secondary" part="secondary" id="health-back" @click=${area.closeHealthSheet}>
      ${t('healthBack')}
    </button>
  </div>`;
  const failed = view.loadError ?? area.loadError;
  if (failed) return html`<p class="alert" part="alert" role="alert">${area.errorText(failed)}</p>${back}`;
  if (area.household !== undefined && name === undefined)
    return html`<p class="alert" part="alert" role="alert">${t('errorChildGone')}</p>${back}`;
  if (view.draft === undefined || name === undefined) return html`<p>${t('loading')}</p>`;
  const days = String(area.host.config()?.healthSheetRetentionDays ?? '');
  return html`<p>${t('healthPrivacy', { name })}</p>
    <p>${t('healthRetention', { name, days })}</p>
    ${
      view.updatedAt
        ? html`<p id="health-saved" class="status" part="status" tabindex="-1">
            ${t('healthSavedOn', { date: area.formatDay(view.updatedAt) })}
          </p>`
        : html`<p id="health-saved" class="status" part="status" tabindex="-1">${t('healthNotYet')}</p>`
    }
    ${renderForm(area, view.draft, name)}`;
}

function renderForm(area: AccountArea, draft: HealthSheetDraft, name: string): TemplateResult {
  const { t } = area;
  const problems = area.problemsOf(FORM);
  const error = area.errorOf(FORM);
  const field = (options: Omit<ControlOptions, 'problems' | 't'>) =>
    renderControl({ ...options, problems, t });
  return html`${renderErrorSummary(FORM, problems, summaryLabels(area, draft, name), t)}
    ${error ? html`<p id="health-alert" class="alert" part="alert" role="alert" tabindex="-1">${area.errorText(error)}</p>` : nothing}
    <form part="form" novalidate aria-labelledby="section-heading" @submit=${area.saveHealthSheet}>
      ${field({ name: 'allergies', label: t('allergiesLabel'), value: draft.allergies, hint: t('allergiesHint'), multiline: true, max: HEALTH_MAX_LENGTH.allergies })}
      ${field({ name: 'dietaryNeeds', label: t('dietaryNeedsLabel'), value: draft.dietaryNeeds, multiline: true, max: HEALTH_MAX_LENGTH.dietaryNeeds })}
      <fieldset part="fieldset">
        <legend>${t('treatmentsLegend')}</legend>
        ${draft.treatments.length === 0 ? html`<p class="hint">${t('treatmentsNone')}</p>` : nothing}
        ${draft.treatments.map(
          (row, i) => html`<fieldset part="fieldset">
            <legend>${t('treatmentLegend', { n: String(i + 1) })}</legend>
            ${field({ name: `treatments.${i}.medication`, label: t('medicationLabel'), value: row.medication, required: true, max: HEALTH_MAX_LENGTH.medication })}
            ${field({ name: `treatments.${i}.dose`, label: t('doseLabel'), value: row.dose, required: true, max: HEALTH_MAX_LENGTH.dose })}
            ${field({ name: `treatments.${i}.when`, label: t('whenLabel'), value: row.when, hint: t('whenHint'), required: true, max: HEALTH_MAX_LENGTH.when })}
            <div class="actions">
              <button type="button" class="button secondary" part="secondary" @click=${(e: Event) => area.removeHealthRow('treatments', i, e)}>
                ${t('treatmentRemove', { n: String(i + 1) })}
              </button>
            </div>
          </fieldset>`,
        )}
        <div class="actions">
          <button type="button" class="button secondary" part="secondary" id="health-add-treatments" @click=${(e: Event) => area.addHealthRow('treatments', e)}>
            ${t('treatmentAdd')}
          </button>
        </div>
      </fieldset>
      <fieldset part="fieldset">
        <legend>${t('doctorLegend')}</legend>
        ${field({ name: 'doctor.name', label: t('doctorNameLabel'), value: draft.doctor.name, max: HEALTH_MAX_LENGTH.name })}
        ${field({ name: 'doctor.phone', label: t('doctorPhoneLabel'), value: draft.doctor.phone, type: 'tel', max: HEALTH_MAX_LENGTH.phone })}
      </fieldset>
      <fieldset part="fieldset" id="health-collectors" tabindex="-1" aria-describedby="health-collectors-hint">
        <legend>${t('collectorsLegend', { name })}</legend>
        <p id="health-collectors-hint" class="hint">${t('collectorsHint')}</p>
        ${draft.collectors.map(
          (row, i) => html`<fieldset part="fieldset">
            <legend>${t('collectorLegend', { n: String(i + 1) })}</legend>
            ${field({ name: `collectors.${i}.name`, label: t('collectorNameLabel'), value: row.name, required: true, max: HEALTH_MAX_LENGTH.name })}
            ${field({ name: `collectors.${i}.phone`, label: t('collectorPhoneLabel'), value: row.phone, type: 'tel', required: true, max: HEALTH_MAX_LENGTH.phone })}
            ${field({ name: `collectors.${i}.relation`, label: t('collectorRelationLabel'), value: row.relation, hint: t('collectorRelationHint'), required: true, max: HEALTH_MAX_LENGTH.relation })}
            ${
              draft.collectors.length > 1
                ? html`<div class="actions">
                    <button type="button" class="button secondary" part="secondary" @click=${(e: Event) => area.removeHealthRow('collectors', i, e)}>
                      ${t('collectorRemove', { n: String(i + 1) })}
                    </button>
                  </div>`
                : nothing
            }
          </fieldset>`,
        )}
        <div class="actions">
          <button type="button" class="button secondary" part="secondary" id="health-add-collectors" @click=${(e: Event) => area.addHealthRow('collectors', e)}>
            ${t('collectorAdd')}
          </button>
        </div>
      </fieldset>
      ${renderPhotoConsent(area, draft, name, problems)}
      ${field({ name: 'remarks', label: t('remarksLabel'), value: draft.remarks, multiline: true, max: HEALTH_MAX_LENGTH.remarks })}
      <div class="actions">
        <button type="submit" class="button" part="submit" ?disabled=${area.busy}>${t('healthSave')}</button>
        <button type="button" class="button secondary" part="secondary" id="health-back" @click=${area.closeHealthSheet}>
          ${t('healthBack')}
        </button>
      </div>
    </form>`;
}

/** Yes or no, nothing chosen at first: the parents decide, the form does not decide for them. */
function renderPhotoConsent(
  area: AccountArea,
  draft: HealthSheetDraft,
  name: string,
  problems: readonly FieldProblem[],
): TemplateResult {
  const { t } = area;
  const problem = problems.find((p) => p.field === 'photoConsent');
  const id = fieldId(FORM, 'photoConsent');
  return html`<fieldset part="fieldset" aria-describedby=${problem ? `${id}-error` : nothing}>
    <legend>${t('photoLegend', { name })}</legend>
    ${problem ? html`<p id="${id}-error" class="field-error">${t(fieldErrorKey(problem.code, problem.field))}</p>` : nothing}
    <label class="check"><input type="radio" id=${id} name="photoConsent" value="yes" part="radio"
      .checked=${live(draft.photoConsent === 'yes')} />${t('photoYes')}</label>
    <label class="check"><input type="radio" id="${id}-no" name="photoConsent" value="no" part="radio"
      .checked=${live(draft.photoConsent === 'no')} />${t('photoNo')}</label>
  </fieldset>`;
}

/** How the error summary names each field: a row's fields say which treatment or person. */
function summaryLabels(area: AccountArea, draft: HealthSheetDraft, name: string): Record<string, string> {
  const { t } = area;
  const labels: Record<string, string> = {
    allergies: t('allergiesLabel'),
    dietaryNeeds: t('dietaryNeedsLabel'),
    'doctor.name': t('doctorNameLabel'),
    'doctor.phone': t('doctorPhoneLabel'),
    collectors: t('collectorsLegend', { name }),
    photoConsent: t('photoLegend', { name }),
    remarks: t('remarksLabel'),
  };
  const rowLabels = (
    group: 'treatments' | 'collectors',
    count: number,
    fields: Record<string, AccountMessageKey>,
    template: AccountMessageKey,
  ) => {
    for (let i = 0; i < count; i++)
      for (const [key, label] of Object.entries(fields))
        labels[`${group}.${i}.${key}`] = t(template, { field: t(label), n: String(i + 1) });
  };
  rowLabels(
    'treatments',
    draft.treatments.length,
    { medication: 'medicationLabel', dose: 'doseLabel', when: 'whenLabel' },
    'treatmentField',
  );
  rowLabels(
    'collectors',
    draft.collectors.length,
    { name: 'collectorNameLabel', phone: 'collectorPhoneLabel', relation: 'collectorRelationLabel' },
    'collectorField',
  );
  return labels;
}

interface ControlOptions {
  name: string;
  label: string;
  value: string;
  problems: readonly FieldProblem[];
  t: AccountArea['t'];
  max: number;
  hint?: string;
  multiline?: boolean;
  required?: boolean;
  type?: 'text' | 'tel';
}

/**
 * A labelled text field or text area with its hint and error. `live` compares with what the field
 * holds now, so rows shifted by a removal show their own text, not what was typed above them.
 */
function renderControl(options: ControlOptions): TemplateResult {
  const id = fieldId(FORM, options.name);
  const problem = options.problems.find((p) => p.field === options.name);
  const described = [options.hint ? `${id}-hint` : '', problem ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const invalid = problem ? 'true' : 'false';
  return html`<div class="field">
    <label for=${id}>${options.label}</label>
    ${options.hint ? html`<p id="${id}-hint" class="hint">${options.hint}</p>` : nothing}
    ${problem ? html`<p id="${id}-error" class="field-error">${options.t(fieldErrorKey(problem.code, problem.field))}</p>` : nothing}
    ${
      options.multiline
        ? html`<textarea id=${id} name=${options.name} part="input" rows="3" maxlength=${options.max}
            .value=${live(options.value)} aria-invalid=${invalid} aria-describedby=${described || nothing}></textarea>`
        : html`<input id=${id} name=${options.name} part="input" type=${options.type ?? 'text'} maxlength=${options.max}
            autocomplete="off" .value=${live(options.value)} ?required=${options.required ?? false}
            aria-invalid=${invalid} aria-describedby=${described || nothing} />`
    }
  </div>`;
}
