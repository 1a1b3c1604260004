import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, EventServices, Member, Role, StaffList } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { readEventServices } from '../events/events-api.ts';
import { labelIn } from '../forms/definition-fields.ts';
import { formatDateTime, formatList } from '../i18n/format.ts';
import { localizedName } from '../i18n/languages.ts';
import { isEmail } from '../sign-in/form-checks.ts';
import { AdminView } from '../ui/admin-view.ts';
import '../ui/confirm-dialog.ts';
import { ROLES, roleLabel } from '../ui/role-labels.ts';
import {
  cancelInvitation,
  changeRoles,
  changeServices,
  inviteStaff,
  listStaff,
  removeMember,
} from './staff-api.ts';

/**
 * The commune's staff, for its administrators: members and their roles, pending invitations,
 * inviting someone, changing roles, removing a member, cancelling an invitation, and which advisory
 * services each service advisor speaks for.
 */
export class AdminStaff extends AdminView {
  static override properties = {
    commune: { attribute: false },
    list: { state: true },
    services: { state: true },
    editing: { state: true },
    editingServices: { state: true },
    busy: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  private list: StaffList | undefined;
  /** The commune's active advisory services, with who speaks for each. */
  private services: EventServices['services'] = [];
  /** The member whose roles are being changed. */
  private editing: string | undefined;
  /** The service advisor whose services are being changed. */
  private editingServices: string | undefined;
  private busy = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('commune') && this.commune) {
      this.list = undefined;
      this.editing = undefined;
      this.editingServices = undefined;
      void this.load();
    }
  }

  private get slug(): string {
    return this.commune?.slug ?? '';
  }

  private async load(): Promise<boolean> {
    const [result, services] = await Promise.all([listStaff(this.slug), readEventServices(this.slug)]);
    if (!result.ok) return this.loadFailed(result.code);
    if (!services.ok) return this.loadFailed(services.code);
    this.list = result.data;
    this.services = services.data.services;
    return true;
  }

  private async loadFailed(code: string): Promise<false> {
    await this.showErrors([{ message: this.t(problemMessage(code)) }]);
    return false;
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('navStaff')}</h1>
      ${this.renderErrorSummary()}
      ${this.list ? this.renderLists(this.list) : this.renderLoading()}
      ${this.renderInviteForm()}
      <admin-confirm-dialog></admin-confirm-dialog>`;
  }

  private renderLists(list: StaffList): TemplateResult {
    return html`<h2 id="members-title">${this.t('staffMembers')}</h2>
      <div class="table-wrap">
        <table aria-labelledby="members-title" id="members">
          <thead>
            <tr>
              <th scope="col">${this.t('colName')}</th>
              <th scope="col">${this.t('colEmail')}</th>
              <th scope="col">${this.t('colRoles')}</th>
              <th scope="col">${this.t('colActions')}</th>
            </tr>
          </thead>
          <tbody>${list.members.map((member) => this.renderMember(member))}</tbody>
        </table>
      </div>
      <h2 id="invitations-title">${this.t('staffInvitations')}</h2>
      ${
        list.invitations.length === 0
          ? html`<p>${this.t('noInvitations')}</p>`
          : html`<div class="table-wrap">
              <table aria-labelledby="invitations-title" id="invitations">
                <thead>
                  <tr>
                    <th scope="col">${this.t('colEmail')}</th>
                    <th scope="col">${this.t('colRoles')}</th>
                    <th scope="col">${this.t('colExpires')}</th>
                    <th scope="col">${this.t('colActions')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${list.invitations.map(
                    (invitation) => html`<tr data-email=${invitation.email}>
                      <th scope="row">${invitation.email}</th>
                      <td>${this.roleList(invitation.roles)}</td>
                      <td>${formatDateTime(this.ui, invitation.expiresAt)}</td>
                      <td>
                        <button type="button" class="button secondary small" ?disabled=${this.busy}
                          aria-label="${this.t('cancelInvitation')} (${invitation.email})"
                          @click=${() => this.cancelInvitation(invitation.id, invitation.email)}>
                          ${this.t('cancelInvitation')}
                        </button>
                      </td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }`;
  }

  private renderMember(member: Member): TemplateResult {
    const name = member.name || member.email;
    const editing = this.editing === member.id;
    return html`<tr data-email=${member.email}>
      <th scope="row">${member.name}</th>
      <td>${member.email}</td>
      <td>
        ${
          editing
            ? html`<form novalidate @submit=${(event: SubmitEvent) => this.saveRoles(event, member)}>
                <fieldset>
                  <legend>${this.t('rolesOf', { name })}</legend>
                  ${this.renderFieldError('edit-role-admin')}
                  ${this.renderRoleChoices('edit-role', member.roles)}
                </fieldset>
                <div class="actions">
                  <button type="submit" class="button small" ?disabled=${this.busy}>${this.t('save')}</button>
                  <button type="button" class="button secondary small" @click=${() => this.stopEditing(member.id)}>
                    ${this.t('cancel')}
                  </button>
                </div>
              </form>`
            : this.roleList(member.roles)
        }
        ${member.roles.includes('service-advisor') ? this.renderServices(member, name) : nothing}
      </td>
      <td>
        <div class="actions">
          ${
            editing
              ? ''
              : html`<button type="button" class="button secondary small" id="change-${member.id}"
                  aria-label="${this.t('changeRoles')} (${name})" ?disabled=${this.busy}
                  @click=${() => this.startEditing(member.id)}>${this.t('changeRoles')}</button>`
          }
          ${
            member.roles.includes('service-advisor') && this.editingServices !== member.id
              ? html`<button type="button" class="button secondary small" id="change-services-${member.id}"
                  aria-label="${this.t('changeServices')} (${name})" ?disabled=${this.busy}
                  @click=${() => this.startEditingServices(member.id)}>${this.t('changeServices')}</button>`
              : nothing
          }
          <button type="button" class="button danger small" aria-label="${this.t('remove')} (${name})"
            ?disabled=${this.busy} @click=${() => this.confirmRemoval(member)}>${this.t('remove')}</button>
        </div>
      </td>
    </tr>`;
  }

  /** The advisor's services, or the form that changes them. */
  private renderServices(member: Member, name: string): TemplateResult {
    const theirs = this.servicesOf(member.id);
    if (this.editingServices !== member.id) {
      const names = this.services
        .filter((service) => theirs.includes(service.key))
        .map((service) => labelIn(service.name, this.ui, service.key));
      return html`<p class="member-services">
        ${
          names.length > 0
            ? this.t('memberServices', { services: formatList(this.ui, names) })
            : this.t('noMemberServices')
        }
      </p>`;
    }
    return html`<form novalidate class="member-services"
        @submit=${(event: SubmitEvent) => this.saveServices(event, member)}>
      <fieldset>
        <legend>${this.t('servicesOf', { name })}</legend>
        ${
          this.services.length === 0
            ? html`<p>${this.t('noActiveServices')}</p>`
            : html`<div class="choices">
                ${this.services.map(
                  (service) => html`<label class="choice" for="edit-service-${service.key}">
                    <input type="checkbox" id="edit-service-${service.key}" name="service" value=${service.key}
                      ?checked=${theirs.includes(service.key)} />
                    ${labelIn(service.name, this.ui, service.key)}
                  </label>`,
                )}
              </div>`
        }
      </fieldset>
      <div class="actions">
        <button type="submit" class="button small" ?disabled=${this.busy}>${this.t('save')}</button>
        <button type="button" class="button secondary small" @click=${() => this.stopEditingServices(member.id)}>
          ${this.t('cancel')}
        </button>
      </div>
    </form>`;
  }

  private servicesOf(memberId: string): string[] {
    return this.services
      .filter((service) => service.advisors.some((advisor) => advisor.memberId === memberId))
      .map((service) => service.key);
  }

  private renderRoleChoices(prefix: string, checked: readonly Role[]): TemplateResult {
    return html`<div class="choices">
      ${ROLES.map(
        (role) => html`<label class="choice" for="${prefix}-${role}">
          <input type="checkbox" id="${prefix}-${role}" name="role" value=${role} ?checked=${checked.includes(role)} />
          ${roleLabel(this.ui, role)}
        </label>`,
      )}
    </div>`;
  }

  private renderInviteForm(): TemplateResult {
    const email = this.fieldState('invite-email');
    const rolesError = this.fieldError('invite-role-admin');
    return html`<h2 id="invite-title">${this.t('inviteTitle')}</h2>
      <form class="panel" id="invite-form" aria-labelledby="invite-title" novalidate @submit=${this.invite}>
        <div class="field">
          <label for="invite-email">${this.t('email')}</label>
          <input id="invite-email" name="email" type="email" autocomplete="off" required
            aria-invalid=${email.invalid} aria-describedby=${email.describedBy} />
          ${this.renderFieldError('invite-email')}
        </div>
        <fieldset aria-describedby=${rolesError ? 'invite-role-admin-error' : nothing}>
          <legend>${this.t('rolesLegend')}</legend>
          ${this.renderFieldError('invite-role-admin')}
          ${this.renderRoleChoices('invite-role', [])}
        </fieldset>
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.busy}>${this.t('invite')}</button>
        </div>
      </form>`;
  }

  private roleList(roles: readonly Role[]): string {
    return formatList(
      this.ui,
      roles.map((role) => roleLabel(this.ui, role)),
    );
  }

  private checkedRoles(form: HTMLFormElement): Role[] {
    const checked = new Set(
      [...form.querySelectorAll<HTMLInputElement>('input[name="role"]:checked')].map((input) => input.value),
    );
    return ROLES.filter((role) => checked.has(role));
  }

  private async startEditing(memberId: string): Promise<void> {
    this.clearErrors();
    this.editingServices = undefined;
    this.editing = memberId;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input[id^="edit-role-"]')?.focus();
  }

  private async stopEditing(memberId: string): Promise<void> {
    this.editing = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#change-${memberId}`)?.focus();
  }

  private async startEditingServices(memberId: string): Promise<void> {
    this.clearErrors();
    this.editing = undefined;
    this.editingServices = memberId;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input[id^="edit-service-"]')?.focus();
  }

  private async stopEditingServices(memberId: string): Promise<void> {
    this.editingServices = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#change-services-${memberId}`)?.focus();
  }

  /** Runs a change, then shows the lists as they now are, or says why it failed. */
  private async act(change: () => Promise<{ ok: boolean; code?: string }>, done: string): Promise<boolean> {
    this.busy = true;
    const result = await change();
    this.busy = false;
    if (!result.ok) {
      await this.showErrors([{ message: this.t(problemMessage(result.code ?? 'server_error')) }]);
      return false;
    }
    this.clearErrors();
    await this.load();
    this.announce(done);
    return true;
  }

  private async saveRoles(event: SubmitEvent, member: Member): Promise<void> {
    event.preventDefault();
    const roles = this.checkedRoles(event.currentTarget as HTMLFormElement);
    if (roles.length === 0) {
      return this.showErrors([{ field: 'edit-role-admin', message: this.t('errRolesRequired') }]);
    }
    const name = member.name || member.email;
    if (
      await this.act(() => changeRoles(this.slug, member.id, roles), this.t('announceRolesChanged', { name }))
    ) {
      await this.stopEditing(member.id);
    }
  }

  private async saveServices(event: SubmitEvent, member: Member): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const services = [...form.querySelectorAll<HTMLInputElement>('input[name="service"]:checked')].map(
      (input) => input.value,
    );
    const name = member.name || member.email;
    if (
      await this.act(
        () => changeServices(this.slug, member.id, services),
        this.t('announceServicesChanged', { name }),
      )
    ) {
      await this.stopEditingServices(member.id);
    }
  }

  private async confirmRemoval(member: Member): Promise<void> {
    const name = member.name || member.email;
    const commune = this.commune
      ? localizedName(this.commune.names, this.ui, this.commune.defaultLanguage)
      : '';
    const confirmed = await this.confirm(this.t('confirmRemove', { name, commune }), this.t('remove'));
    if (confirmed)
      await this.act(() => removeMember(this.slug, member.id), this.t('announceRemoved', { name }));
  }

  private async cancelInvitation(invitationId: string, email: string): Promise<void> {
    const confirmed = await this.confirm(
      this.t('confirmCancelInvitation', { email }),
      this.t('cancelInvitation'),
    );
    if (confirmed) {
      await this.act(
        () => cancelInvitation(this.slug, invitationId),
        this.t('announceInvitationCancelled', { email }),
      );
    }
  }

  private confirm(message: string, confirmLabel: string): Promise<boolean> {
    const dialog = this.renderRoot.querySelector('admin-confirm-dialog');
    if (!dialog) return Promise.resolve(false);
    return dialog.ask({ title: this.t('confirmTitle'), message, confirmLabel, cancelLabel: this.t('keep') });
  }

  private readonly invite = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const email = this.fieldValue('#invite-email').trim();
    const roles = this.checkedRoles(form);
    const errors = [
      ...(isEmail(email) ? [] : [{ field: 'invite-email', message: this.t('errEmail') }]),
      ...(roles.length > 0 ? [] : [{ field: 'invite-role-admin', message: this.t('errRolesRequired') }]),
    ];
    if (errors.length > 0) return this.showErrors(errors);
    if (await this.act(() => inviteStaff(this.slug, email, roles), this.t('announceInvited', { email }))) {
      form.reset();
    }
  };
}

customElements.define('admin-staff', AdminStaff);

declare global {
  interface HTMLElementTagNameMap {
    'admin-staff': AdminStaff;
  }
}
