import { formatNiss } from '@communa/forms/niss';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDayInput } from '../core/day-input.ts';
import type { Child } from './account-api.ts';
import type { AccountArea } from './account-area.ts';
import { renderErrorSummary, renderField } from './account-fields.ts';
import { renderReceivedInvitations, renderShareWithCoParent } from './co-parent-invitations.ts';
import { renderHeading } from './section-heading.ts';

export function renderChildrenSection(area: AccountArea): TemplateResult {
  // One outer template whatever the state, so the focused heading survives the data arriving.
  return html`${renderHeading(area.sectionLevel, area.t('sectionChildren'), 'section-heading')}${renderChildrenBody(area)}`;
}

function renderChildrenBody(area: AccountArea): TemplateResult {
  const { t } = area;
  if (area.household === undefined) {
    const error = area.loadError;
    return html`${error ? html`<p class="alert" part="alert" role="alert">${area.errorText(error)}</p>` : html`<p>${t('loading')}</p>`}`;
  }
  if (area.household === null) {
    const invited = (area.invitations?.received.length ?? 0) > 0;
    return html`${renderReceivedInvitations(area)}
      <p>${t(invited ? 'coParentNeedHousehold' : 'childrenNeedHousehold')}</p>
      <div class="actions">
        <button type="button" class="button" part="submit" @click=${() => area.show('household')}>${t('goToHousehold')}</button>
      </div>`;
  }
  const children = area.household.children;
  const listError = area.errorOf('children');
  return html`${renderReceivedInvitations(area)}
    ${listError ? html`<p id="children-alert" class="alert" part="alert" role="alert" tabindex="-1">${area.errorText(listError)}</p>` : nothing}
    ${renderAttestationError(area)}
    ${
      children.length === 0
        ? html`<p>${t('childrenEmpty')}</p>`
        : html`<ul class="children" part="list">${children.map((child) => renderChild(area, child))}</ul>`
    }
    ${renderChildForm(
      area,
      children.find((c) => c.id === area.editingChildId),
    )}
    ${renderShareWithCoParent(area, children)}`;
}

function renderAttestationError(area: AccountArea): TemplateResult | typeof nothing {
  const error = area.errorOf('attestation');
  return error
    ? html`<p id="attestation-alert" class="alert" part="alert" role="alert" tabindex="-1">${area.errorText(error)}</p>`
    : nothing;
}

function renderChild(area: AccountArea, child: Child): TemplateResult {
  const { t } = area;
  const name = `${child.firstName} ${child.lastName}`;
  const born = new Intl.DateTimeFormat(`${area.host.ui()}-BE`, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${child.birthDate}T00:00:00Z`),
  );
  const removing = area.removingChildId === child.id;
  return html`<li id="child-${child.id}" class="child" part="item">
    <p><strong>${name}</strong></p>
    <p>${t('bornOn', { date: born })}</p>
    ${child.niss ? html`<p>${t('nissShown', { niss: formatNiss(child.niss) })}</p>` : nothing}
    <div class="actions">
      <button type="button" class="button secondary health" part="secondary" @click=${() => area.openHealthSheet(child)}>
        ${t('healthSheetOpen')}<span class="visually-hidden"> ${name}</span>
      </button>
    </div>
    ${renderAttestation(area, child, name)}
    ${
      removing
        ? html`<p class="confirm-remove" tabindex="-1">${t('removeConfirm', { name })}</p>
          <div class="actions">
            <button type="button" class="button danger" part="submit danger" ?disabled=${area.busy} @click=${() => area.removeChild(child)}>
              ${t('removeYes')}<span class="visually-hidden"> ${name}</span>
            </button>
            <button type="button" class="button secondary" part="secondary" @click=${() => area.askRemoveChild(undefined)}>
              ${t('cancel')}
            </button>
          </div>`
        : html`<div class="actions">
            <button type="button" class="button secondary edit" part="secondary" @click=${() => area.editChild(child)}>
              ${t('edit')}<span class="visually-hidden"> ${name}</span>
            </button>
            <button type="button" class="button secondary" part="secondary" @click=${() => area.askRemoveChild(child)}>
              ${t('remove')}<span class="visually-hidden"> ${name}</span>
            </button>
          </div>`
    }
  </li>`;
}

/** Attestations are asked for early in the next year: last year first, then this one. */
const attestationYears = (): number[] => {
  const year = new Date().getFullYear();
  return [year - 1, year, year + 1];
};

/** The child's childcare attestation (form 281.86) of a chosen year, downloaded as a PDF. */
function renderAttestation(area: AccountArea, child: Child, name: string): TemplateResult {
  const { t } = area;
  const id = `attestation-year-${child.id}`;
  const download = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (form instanceof HTMLFormElement)
      void area.downloadAttestation(child, Number(new FormData(form).get('year')));
  };
  return html`<form class="attestation" part="form" novalidate @submit=${download}>
    <label for=${id}>${t('attestationLabel', { name })}</label>
    <select id=${id} name="year" part="input">
      ${attestationYears().map((year) => html`<option value=${year}>${year}</option>`)}
    </select>
    <button type="submit" class="button secondary" part="secondary" ?disabled=${area.busy}>
      ${t('attestationDownload')}<span class="visually-hidden"> ${name}</span>
    </button>
  </form>`;
}

function renderChildForm(area: AccountArea, editing: Child | undefined): TemplateResult {
  const { t } = area;
  const problems = area.problemsOf('child');
  const error = area.errorOf('child');
  const labels = {
    firstName: t('firstNameLabel'),
    lastName: t('lastNameLabel'),
    birthDate: t('birthDateLabel'),
    niss: t('nissLabel'),
  };
  const value = (name: keyof typeof labels): string => {
    if (!editing) return '';
    if (name === 'birthDate') return formatDayInput(editing.birthDate);
    return editing[name] ?? '';
  };
  const field = (
    name: keyof typeof labels,
    extra: { hint?: string; required?: boolean; inputmode?: 'numeric' } = {},
  ) => renderField({ form: 'child', name, label: labels[name], value: value(name), problems, t, ...extra });
  const title = editing ? t('editChildHeading', { name: editing.firstName }) : t('addChildHeading');
  return html`<form part="form" novalidate aria-labelledby="child-form-heading" @submit=${area.saveChild}>
    <div id="child-form-heading">${renderHeading(area.sectionLevel + 1, title)}</div>
    ${renderErrorSummary('child', problems, labels, t)}
    ${error ? html`<p id="child-alert" class="alert" part="alert" role="alert" tabindex="-1">${area.errorText(error)}</p>` : nothing}
    ${field('firstName', { required: true })}
    ${field('lastName', { required: true })}
    ${field('birthDate', { hint: t('birthDateHint'), required: true })}
    ${field('niss', { hint: t('nissHint'), inputmode: 'numeric' })}
    <div class="actions">
      <button type="submit" class="button" part="submit" ?disabled=${area.busy}>${editing ? t('saveChild') : t('addChild')}</button>
      ${editing ? html`<button type="button" class="button secondary" part="secondary" @click=${area.cancelEdit}>${t('cancel')}</button>` : nothing}
    </div>
  </form>`;
}
