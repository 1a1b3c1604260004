import { html, nothing, type TemplateResult } from 'lit';
import type { Child, CoParentInvitation } from './account-api.ts';
import type { AccountArea } from './account-area.ts';
import { fieldErrorKey, fieldId, renderErrorSummary, renderField } from './account-fields.ts';
import type { AccountMessageKey } from './account-messages.ts';
import { renderHeading } from './section-heading.ts';

/*
 * Separated parents share their children, in the Children section: the invitations waiting for me
 * above my children (who then join that list), and below it the form to invite the other parent
 * with the invitations my household sent.
 */

const STATUS_TEXT: Readonly<Record<CoParentInvitation['status'], AccountMessageKey>> = {
  pending: 'coParentStatusPending',
  accepted: 'coParentStatusAccepted',
  declined: 'coParentStatusDeclined',
  cancelled: 'coParentStatusCancelled',
  expired: 'coParentStatusExpired',
};

/** An action's error, focused after it (`#<form>-alert`). */
function alertOf(area: AccountArea, form: 'received' | 'sent' | 'share'): TemplateResult | typeof nothing {
  const error = area.errorOf(form);
  if (!error) return nothing;
  // Without an address, accepting needs it first: said as such rather than "before adding children".
  const text = error === 'household-required' ? area.t('coParentNeedHousehold') : area.errorText(error);
  return html`<p id="${form}-alert" class="alert" part="alert" role="alert" tabindex="-1">${text}</p>`;
}

/** Invitations addressed to me; without a household, accepting waits for my address. */
export function renderReceivedInvitations(area: AccountArea): TemplateResult | typeof nothing {
  if (area.invitationsError) {
    return html`<p class="alert" part="alert" role="alert">${area.errorText(area.invitationsError)}</p>`;
  }
  const received = area.invitations?.received ?? [];
  if (received.length === 0 && !area.errorOf('received')) return nothing;
  return html`${renderHeading(area.sectionLevel + 1, area.t('coParentReceivedHeading'))}
    ${alertOf(area, 'received')}
    ${
      received.length > 0
        ? html`<ul class="invitations" part="list">${received.map((invitation) => renderReceived(area, invitation))}</ul>`
        : nothing
    }`;
}

function renderReceived(area: AccountArea, invitation: CoParentInvitation): TemplateResult {
  const { t } = area;
  const inviter = area.inviterOf(invitation);
  const children = area.listNames(invitation.children.map((c) => `${c.firstName} ${c.lastName}`));
  const confirming = area.confirmingInvitationId === invitation.id;
  const canAccept = area.household !== null && area.household !== undefined;
  return html`<li id="invitation-${invitation.id}" class="invitation" part="item invitation">
    <p>${t('coParentReceived', { inviter, children })}</p>
    <p class="hint">${t('coParentValidUntil', { date: area.formatDay(invitation.expiresAt) })}</p>
    ${
      confirming
        ? html`<p class="confirm-close" tabindex="-1">${t('coParentDeclineConfirm', { inviter })}</p>
          <div class="actions">
            <button type="button" class="button danger" part="submit danger" ?disabled=${area.busy} @click=${() => area.declineInvitation(invitation)}>
              ${t('coParentDeclineYes')}<span class="visually-hidden"> — ${inviter}</span>
            </button>
            <button type="button" class="button secondary" part="secondary" @click=${() => area.askCloseInvitation(invitation, false)}>
              ${t('cancel')}
            </button>
          </div>`
        : html`<div class="actions">
            ${
              canAccept
                ? html`<button type="button" class="button accept" part="submit" ?disabled=${area.busy} @click=${() => area.acceptInvitation(invitation)}>
                    ${t('coParentAccept')}<span class="visually-hidden"> — ${inviter}</span>
                  </button>`
                : nothing
            }
            <button type="button" class="button secondary close" part="secondary" @click=${() => area.askCloseInvitation(invitation, true)}>
              ${t('coParentDecline')}<span class="visually-hidden"> — ${inviter}</span>
            </button>
          </div>`
    }
  </li>`;
}

/** The invitation form (with children to share) and the invitations my household sent. */
export function renderShareWithCoParent(
  area: AccountArea,
  children: readonly Child[],
): TemplateResult | typeof nothing {
  const sent = area.invitations?.sent ?? [];
  if (children.length === 0 && sent.length === 0) return nothing;
  return html`<div class="share">
    ${renderHeading(area.sectionLevel + 1, area.t('coParentShareHeading'))}
    ${children.length > 0 ? renderShare(area, children) : nothing}
    ${
      sent.length > 0 || area.errorOf('sent')
        ? html`${renderHeading(area.sectionLevel + 2, area.t('coParentSentHeading'))}
          ${alertOf(area, 'sent')}
          <ul class="invitations" part="list">${sent.map((invitation) => renderSent(area, invitation))}</ul>`
        : nothing
    }
  </div>`;
}

function renderShare(area: AccountArea, children: readonly Child[]): TemplateResult {
  const { t } = area;
  return html`<p>${t('coParentShareIntro')}</p>
    ${
      area.sharing
        ? renderShareForm(area, children)
        : html`<div class="actions">
          <button type="button" id="share-open" class="button secondary" part="secondary" @click=${() => area.openShare(true)}>
            ${t('coParentShareOpen')}
          </button>
        </div>`
    }`;
}

function renderShareForm(area: AccountArea, children: readonly Child[]): TemplateResult {
  const { t } = area;
  const problems = area.problemsOf('share');
  const labels = { childIds: t('coParentChildrenLegend'), email: t('coParentEmailLabel') };
  const groupId = fieldId('share', 'childIds');
  const groupProblem = problems.find((p) => p.field === 'childIds');
  return html`<form part="form" novalidate aria-label=${t('coParentShareHeading')} @submit=${area.inviteCoParent}>
    ${renderErrorSummary('share', problems, labels, t)}
    ${alertOf(area, 'share')}
    <fieldset id=${groupId} part="fieldset" tabindex="-1" aria-describedby=${groupProblem ? `${groupId}-error` : nothing}>
      <legend>${labels.childIds}</legend>
      ${groupProblem ? html`<p id="${groupId}-error" class="field-error">${t(fieldErrorKey(groupProblem.code, groupProblem.field))}</p>` : nothing}
      ${children.map(
        (child) => html`<label class="check">
          <input type="checkbox" name="childIds" part="checkbox" value=${child.id} />
          ${child.firstName} ${child.lastName}
        </label>`,
      )}
    </fieldset>
    ${renderField({ form: 'share', name: 'email', label: labels.email, value: '', problems, t, hint: t('coParentEmailHint'), type: 'email', required: true })}
    <div class="actions">
      <button type="submit" class="button" part="submit" ?disabled=${area.busy}>${t('coParentSend')}</button>
      <button type="button" class="button secondary" part="secondary" @click=${() => area.openShare(false)}>${t('cancel')}</button>
    </div>
  </form>`;
}

function renderSent(area: AccountArea, invitation: CoParentInvitation): TemplateResult {
  const { t } = area;
  const children = area.listNames(invitation.children.map((c) => c.firstName));
  const confirming = area.confirmingInvitationId === invitation.id;
  const status = t(STATUS_TEXT[invitation.status], { date: area.formatDay(invitation.expiresAt) });
  return html`<li id="invitation-${invitation.id}" class="invitation" part="item invitation" tabindex="-1">
    <p><strong>${invitation.email}</strong></p>
    <p>${children}</p>
    <p><strong>${t('coParentStatusLabel')}</strong> ${status}</p>
    <p class="hint">${t('coParentSentOn', { date: area.formatDay(invitation.createdAt) })}</p>
    ${
      invitation.status !== 'pending'
        ? nothing
        : confirming
          ? html`<p class="confirm-close" tabindex="-1">${t('coParentCancelConfirm', { email: invitation.email })}</p>
            <div class="actions">
              <button type="button" class="button danger" part="submit danger" ?disabled=${area.busy} @click=${() => area.cancelInvitation(invitation)}>
                ${t('coParentCancelYes')}<span class="visually-hidden"> — ${invitation.email}</span>
              </button>
              <button type="button" class="button secondary" part="secondary" @click=${() => area.askCloseInvitation(invitation, false)}>
                ${t('coParentKeep')}
              </button>
            </div>`
          : html`<div class="actions">
              <button type="button" class="button secondary close" part="secondary" @click=${() => area.askCloseInvitation(invitation, true)}>
                ${t('coParentCancel')}<span class="visually-hidden"> — ${invitation.email}</span>
              </button>
            </div>`
    }
  </li>`;
}
