import { html, type nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { InvitationDetails } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { formatDateTime, formatList } from '../i18n/format.ts';
import { FALLBACK_LANGUAGE, localizedName } from '../i18n/languages.ts';
import { navigate } from '../routing/router-controller.ts';
import { routePath } from '../routing/routes.ts';
import { emit, SIGN_OUT_EVENT, SIGNED_IN_EVENT } from '../shell/session-events.ts';
import { AdminView } from '../ui/admin-view.ts';
import { roleLabel } from '../ui/role-labels.ts';
import { acceptInvitation, readInvitation } from './invitation-api.ts';

type State = { kind: 'loading' } | { kind: 'gone' } | { kind: 'open'; invitation: InvitationDetails };

/** `/admin/invitations/<id>`: the signed-in invitee reads the invitation and accepts it. */
export class AdminInvitation extends AdminView {
  static override properties = {
    invitationId: { attribute: false },
    email: { attribute: false },
    state: { state: true },
    busy: { state: true },
  } satisfies PropertyDeclarations;

  invitationId = '';
  /** The signed-in address, to say which account the invitation was not for. */
  email = '';
  private state: State = { kind: 'loading' };
  private busy = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('invitationId') && this.invitationId) void this.load();
  }

  private async load(): Promise<void> {
    this.state = { kind: 'loading' };
    const result = await readInvitation(this.invitationId);
    if (result.ok && result.data.status === 'pending') this.state = { kind: 'open', invitation: result.data };
    else if (result.ok || result.status === 404) this.state = { kind: 'gone' };
    else await this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('invitationTitle')}</h1>
      ${this.renderErrorSummary()}
      ${this.renderState()}`;
  }

  private renderState(): TemplateResult | typeof nothing {
    switch (this.state.kind) {
      case 'loading':
        return this.renderLoading();
      case 'gone':
        return html`<p>${this.t('invitationGone', { email: this.email })}</p>
          <div class="actions">
            <a class="button secondary" href=${routePath({ kind: 'home' })}>${this.t('backHome')}</a>
            <button type="button" class="button secondary" @click=${() => emit(this, SIGN_OUT_EVENT)}>
              ${this.t('otherAccount')}
            </button>
          </div>`;
      case 'open': {
        const { invitation } = this.state;
        const commune = this.communeName(invitation);
        const roles = formatList(
          this.ui,
          invitation.roles.map((role) => roleLabel(this.ui, role)),
        );
        return html`<div class="panel">
          <p>${this.t('invitationText', { commune, roles })}</p>
          <p>${this.t('invitationExpires', { date: formatDateTime(this.ui, invitation.expiresAt) })}</p>
          <div class="actions">
            <button type="button" class="button" id="accept" ?disabled=${this.busy} @click=${this.accept}>
              ${this.t('accept')}
            </button>
          </div>
        </div>`;
      }
    }
  }

  private communeName(invitation: InvitationDetails): string {
    return localizedName(invitation.tenant.names, this.ui, FALLBACK_LANGUAGE) || invitation.tenant.slug;
  }

  private readonly accept = async (): Promise<void> => {
    if (this.state.kind !== 'open') return;
    const commune = this.communeName(this.state.invitation);
    this.busy = true;
    const result = await acceptInvitation(this.invitationId);
    this.busy = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.announce(this.t('invitationAccepted', { commune }));
    navigate(routePath({ kind: 'commune', slug: result.data.slug, section: 'overview' }));
    emit(this, SIGNED_IN_EVENT);
  };
}

customElements.define('admin-invitation', AdminInvitation);

declare global {
  interface HTMLElementTagNameMap {
    'admin-invitation': AdminInvitation;
  }
}
