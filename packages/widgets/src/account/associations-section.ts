import { html, nothing, type TemplateResult } from 'lit';
import type { Association, AssociationSummary } from './account-api.ts';
import type { AccountArea } from './account-area.ts';
import { renderErrorSummary, renderField } from './account-fields.ts';
import type { AccountMessageKey } from './account-messages.ts';
import { memberName } from './associations-panel.ts';
import { renderCountry } from './household-section.ts';
import { renderHeading } from './section-heading.ts';

/*
 * Associations a citizen requests event permits for: the list, one open at a time (details any
 * member corrects, members, and for owners the members' roles and removal and the invitations,
 * pending ones cancelled), the form registering a new one, and
 * the invitation a mailed link named, answered here.
 */

const ROLE_TEXT: Readonly<Record<Association['myRole'], AccountMessageKey>> = {
  owner: 'associationRoleOwner',
  member: 'associationRoleMember',
};

const STATUS_TEXT: Readonly<Record<Association['invitations'][number]['status'], AccountMessageKey>> = {
  pending: 'coParentStatusPending',
  accepted: 'coParentStatusAccepted',
  declined: 'coParentStatusDeclined',
  cancelled: 'coParentStatusCancelled',
  expired: 'coParentStatusExpired',
};

export function renderAssociationsSection(area: AccountArea): TemplateResult {
  // One outer template whatever the state, so the focused heading survives the data arriving.
  return html`${renderHeading(area.sectionLevel, area.t('sectionAssociations'), 'section-heading')}${renderBody(area)}`;
}

function alertOf(area: AccountArea, form: string): TemplateResult | typeof nothing {
  const error = area.errorOf(form);
  if (!error) return nothing;
  return html`<p id="${form}-alert" class="alert" part="alert" role="alert" tabindex="-1">${area.errorText(error)}</p>`;
}

function renderBody(area: AccountArea): TemplateResult {
  const { t } = area;
  const panel = area.associations;
  return html`<p>${t('associationsIntro')}</p>
    ${renderLink(area)}
    ${alertOf(area, 'associations')}
    ${panel.open ? renderOpen(area, panel.open) : renderList(area)}`;
}

/** The invitation of a mailed link: what it is, then Accept and Decline, or why it cannot be answered. */
function renderLink(area: AccountArea): TemplateResult | typeof nothing {
  const { t } = area;
  const link = area.associations.link;
  if (!link) return nothing;
  if (link.error) {
    return html`<p id="association-link" class="alert" part="alert" role="alert" tabindex="-1">${area.errorText(link.error)}</p>`;
  }
  const invitation = link.invitation;
  if (!invitation) return html`<p>${t('loading')}</p>`;
  const name = invitation.association.name;
  const inviter = invitation.invitedBy
    ? invitation.invitedBy.name
      ? `${invitation.invitedBy.name} (${invitation.invitedBy.email})`
      : invitation.invitedBy.email
    : t('associationSomeone');
  return html`<div id="association-link" class="status" part="status invitation" tabindex="-1">
    ${renderHeading(area.sectionLevel + 1, t('associationLinkHeading'))}
    ${alertOf(area, 'association-link')}
    <p>${t('associationLinkText', { inviter, name, role: t(ROLE_TEXT[invitation.role]) })}</p>
    <p class="hint">${t('coParentValidUntil', { date: area.formatDay(invitation.expiresAt) })}</p>
    <div class="actions">
      <button type="button" id="association-link-accept" class="button" part="submit" ?disabled=${area.busy}
        @click=${() => area.associations.answerLink(true)}>${t('associationAccept')}<span class="visually-hidden"> — ${name}</span></button>
      <button type="button" id="association-link-decline" class="button secondary" part="secondary" ?disabled=${area.busy}
        @click=${() => area.associations.answerLink(false)}>${t('associationDecline')}<span class="visually-hidden"> — ${name}</span></button>
    </div>
  </div>`;
}

function renderList(area: AccountArea): TemplateResult {
  const { t } = area;
  const panel = area.associations;
  if (panel.list === undefined) {
    return panel.listError
      ? html`<p class="alert" part="alert" role="alert">${area.errorText(panel.listError)}</p>`
      : html`<p>${t('loading')}</p>`;
  }
  return html`${renderHeading(area.sectionLevel + 1, t('associationsListHeading'))}
    ${
      panel.list.length === 0
        ? html`<p part="empty">${t('associationsNone', { commune: area.communeName })}</p>`
        : html`<ul class="associations" part="list">${panel.list.map((a) => renderSummary(area, a))}</ul>`
    }
    ${
      panel.creating
        ? html`${renderHeading(area.sectionLevel + 1, t('associationNewHeading'))}${renderDetailsForm(area, undefined)}`
        : html`<div class="actions">
          <button type="button" id="association-new" class="button secondary" part="secondary" @click=${() => panel.startNew(true)}>
            ${t('associationNew')}
          </button>
        </div>`
    }`;
}

function renderSummary(area: AccountArea, association: AssociationSummary): TemplateResult {
  const { t } = area;
  return html`<li id="association-${association.id}" class="association" part="item">
    <p><strong>${association.name}</strong>${association.companyNumber ? html` — ${t('associationNumberShown', { number: association.companyNumber })}` : nothing}</p>
    <p class="hint">${t('associationRoleShown', { role: t(ROLE_TEXT[association.myRole]) })}</p>
    <div class="actions">
      <button type="button" class="button secondary" part="secondary" ?disabled=${area.busy}
        @click=${() => area.associations.openAssociation(association)}>
        ${t('associationOpen')}<span class="visually-hidden"> — ${association.name}</span>
      </button>
    </div>
  </li>`;
}

function renderOpen(area: AccountArea, association: Association): TemplateResult {
  const { t } = area;
  const panel = area.associations;
  const owner = association.myRole === 'owner';
  return html`<div class="association-open">
    ${renderHeading(area.sectionLevel + 1, association.name, 'association-heading')}
    <p class="hint">${t('associationRoleShown', { role: t(ROLE_TEXT[association.myRole]) })}</p>
    ${renderDetailsForm(area, association)}
    ${renderMembers(area, association)}
    ${owner ? renderInvite(area, association) : nothing}
    ${alertOf(area, 'leave')}
    ${
      panel.leaving
        ? html`<p id="association-leave-confirm" class="confirm-close" tabindex="-1">${t('associationLeaveConfirm', { name: association.name })}</p>
          <div class="actions">
            <button type="button" class="button danger" part="submit danger" ?disabled=${area.busy} @click=${panel.leave}>${t('associationLeaveYes')}</button>
            <button type="button" class="button secondary" part="secondary" @click=${() => panel.askLeave(false)}>${t('cancel')}</button>
          </div>`
        : html`<div class="actions">
          <button type="button" id="association-leave" class="button secondary" part="secondary" @click=${() => panel.askLeave(true)}>${t('associationLeave')}</button>
          <button type="button" id="association-close" class="button secondary" part="secondary" @click=${panel.closeAssociation}>${t('associationBack')}</button>
        </div>`
    }
  </div>`;
}

/** The members with their role; an owner changes the others' roles and removes them (confirmed first). */
function renderMembers(area: AccountArea, association: Association): TemplateResult {
  const { t } = area;
  const panel = area.associations;
  const owner = association.myRole === 'owner';
  const me = area.person.email.toLowerCase();
  return html`<div id="association-members" tabindex="-1">
    ${renderHeading(area.sectionLevel + 2, t('associationMembersHeading'))}
    ${alertOf(area, 'members')}
    <ul class="members" part="list">
      ${association.members.map((m) => {
        const self = m.email.toLowerCase() === me;
        const name = memberName(m);
        return html`<li id="member-${m.userId}" part="item">
          ${name} — ${t(ROLE_TEXT[m.role])}${self ? ` ${t('associationYou')}` : ''}
          ${
            owner && !self
              ? html`<div class="actions">
                <button type="button" id="member-${m.userId}-role" class="button secondary" part="secondary" ?disabled=${area.busy}
                  @click=${() => panel.setRole(m, m.role === 'owner' ? 'member' : 'owner')}>
                  ${t(m.role === 'owner' ? 'associationMakeMember' : 'associationMakeOwner')}<span class="visually-hidden"> — ${name}</span>
                </button>
                <button type="button" id="member-${m.userId}-remove" class="button secondary" part="secondary" ?disabled=${area.busy}
                  @click=${() => panel.askRemove(m)}>
                  ${t('associationRemove')}<span class="visually-hidden"> — ${name}</span>
                </button>
              </div>`
              : nothing
          }
          ${
            owner && panel.removing === m.userId
              ? html`<p id="member-remove-confirm" class="confirm-close" tabindex="-1">${t('associationRemoveConfirm', { member: name, name: association.name })}</p>
                <div class="actions">
                  <button type="button" id="member-remove-yes" class="button danger" part="submit danger" ?disabled=${area.busy}
                    @click=${() => panel.remove(m)}>${t('associationRemoveYes')}</button>
                  <button type="button" class="button secondary" part="secondary" @click=${() => panel.askRemove(undefined)}>${t('cancel')}</button>
                </div>`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </div>`;
}

function renderDetailsForm(area: AccountArea, association: Association | undefined): TemplateResult {
  const { t } = area;
  const problems = area.problemsOf('association');
  const labels = {
    name: t('associationNameLabel'),
    companyNumber: t('companyNumberLabel'),
    street: t('streetLabel'),
    number: t('numberLabel'),
    box: t('boxLabel'),
    postalCode: t('postalCodeLabel'),
    city: t('cityLabel'),
    country: t('countryLabel'),
    contactName: t('contactNameLabel'),
    contactEmail: t('contactEmailLabel'),
    contactPhone: t('phoneLabel'),
  };
  const values: Readonly<Record<keyof typeof labels, string>> = {
    name: association?.name ?? '',
    companyNumber: association?.companyNumber ?? '',
    street: association?.address.street ?? '',
    number: association?.address.number ?? '',
    box: association?.address.box ?? '',
    postalCode: association?.address.postalCode ?? '',
    city: association?.address.city ?? '',
    country: association?.address.country ?? 'BE',
    contactName: association?.contact.name ?? area.person.name,
    contactEmail: association?.contact.email ?? area.person.email,
    contactPhone: association?.contact.phone ?? '',
  };
  const field = (
    name: Exclude<keyof typeof labels, 'country'>,
    extra: { autocomplete?: string; hint?: string; required?: boolean; type?: 'tel' | 'email' } = {},
  ) =>
    renderField({
      form: 'association',
      name,
      label: labels[name],
      value: values[name],
      problems,
      t,
      ...extra,
    });
  return html`<form part="form" novalidate aria-label=${association ? t('associationDetails') : t('associationNewHeading')} @submit=${area.associations.save}>
    ${renderErrorSummary('association', problems, labels, t)}
    ${alertOf(area, 'association')}
    ${field('name', { autocomplete: 'organization', required: true })}
    ${field('companyNumber', { hint: t('companyNumberHint') })}
    <fieldset part="fieldset">
      <legend>${t('associationAddressLegend')}</legend>
      ${field('street', { autocomplete: 'address-line1', required: true })}
      <div class="row">${field('number', { required: true })}${field('box')}</div>
      <div class="row">
        ${field('postalCode', { autocomplete: 'postal-code', required: true })}
        ${field('city', { autocomplete: 'address-level2', required: true })}
      </div>
      ${renderCountry(area, values.country, 'association')}
    </fieldset>
    <fieldset part="fieldset">
      <legend>${t('associationContactLegend')}</legend>
      ${field('contactName', { autocomplete: 'name', required: true })}
      ${field('contactEmail', { autocomplete: 'email', required: true, type: 'email' })}
      ${field('contactPhone', { autocomplete: 'tel', hint: t('phoneHint'), type: 'tel' })}
    </fieldset>
    <div class="actions">
      <button type="submit" class="button" part="submit" ?disabled=${area.busy}>${association ? t('save') : t('associationRegister')}</button>
      ${association ? nothing : html`<button type="button" class="button secondary" part="secondary" @click=${() => area.associations.startNew(false)}>${t('cancel')}</button>`}
    </div>
  </form>`;
}

function renderInvite(area: AccountArea, association: Association): TemplateResult {
  const { t } = area;
  const problems = area.problemsOf('invite');
  const labels = { email: t('associationInviteEmailLabel') };
  return html`${renderHeading(area.sectionLevel + 2, t('associationInviteHeading'))}
    <form part="form" novalidate aria-label=${t('associationInviteHeading')} @submit=${area.associations.invite}>
      ${renderErrorSummary('invite', problems, labels, t)}
      ${alertOf(area, 'invite')}
      ${renderField({ form: 'invite', name: 'email', label: labels.email, value: '', problems, t, hint: t('associationInviteHint'), type: 'email', required: true })}
      <div class="actions">
        <button type="submit" class="button" part="submit" ?disabled=${area.busy}>${t('associationInviteSend')}</button>
      </div>
    </form>
    ${
      association.invitations.length > 0
        ? html`<div id="association-invitations" tabindex="-1">
          ${renderHeading(area.sectionLevel + 3, t('associationInvitationsHeading'))}
          ${alertOf(area, 'invitations')}
          <ul class="invitations" part="list">
            ${association.invitations.map(
              (i) => html`<li id="invitation-${i.id}" part="item invitation"><strong>${i.email}</strong>
                ${t('coParentStatusLabel')} ${t(STATUS_TEXT[i.status], { date: area.formatDay(i.expiresAt) })}
                ${
                  i.status === 'pending'
                    ? html`<div class="actions">
                      <button type="button" id="invitation-${i.id}-cancel" class="button secondary" part="secondary" ?disabled=${area.busy}
                        @click=${() => area.associations.cancelInvitation(i)}>
                        ${t('associationInvitationCancel')}<span class="visually-hidden"> — ${i.email}</span>
                      </button>
                    </div>`
                    : nothing
                }
              </li>`,
            )}
          </ul>
        </div>`
        : nothing
    }`;
}
