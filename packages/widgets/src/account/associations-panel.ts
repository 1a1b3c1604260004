import type {
  AccountError,
  Association,
  AssociationSummary,
  ReceivedAssociationInvitation,
} from './account-api.ts';

type AssociationMember = Association['members'][number];

/** A member as the list and the messages name them. */
export const memberName = (member: AssociationMember): string =>
  member.name ? `${member.name} (${member.email})` : member.email;

import type { AccountArea } from './account-area.ts';
import type { AssociationValues } from './account-forms.ts';
import { associationField, checkAssociation, EMAIL_PATTERN } from './account-forms.ts';

/**
 * The Associations section's state and actions: the associations the citizen acts for, the one
 * open (details, members, invitations), and the invitation a mailed link named. Markup is in
 * associations-section.ts; actions go through the area's `run`, so errors show the same way.
 */
export class AssociationsPanel {
  readonly #area: AccountArea;
  /** undefined while loading. */
  list: AssociationSummary[] | undefined;
  listError: AccountError | undefined;
  /** The association open, with its members. */
  open: Association | undefined;
  /** Whether the form registering a new association is shown. */
  creating = false;
  /** Whether leaving the open association waits for a confirmation. */
  leaving = false;
  /** The member whose removal waits for a confirmation (owners). */
  removing: string | undefined;
  /** The token of a mailed link, with what it invites to once read, or why it cannot be answered. */
  link: { token: string; invitation?: ReceivedAssociationInvitation; error?: AccountError } | undefined;

  constructor(area: AccountArea, token: string | undefined) {
    this.#area = area;
    if (token) this.link = { token };
  }

  /** Leaving the section closes what was open in it. */
  reset(): void {
    this.open = undefined;
    this.creating = false;
    this.leaving = false;
    this.removing = undefined;
  }

  async load(): Promise<void> {
    const session = this.#area.session();
    if (!session) return;
    const [list, invitation] = await Promise.all([
      session.api.associations(),
      this.link && !this.link.invitation && !this.link.error
        ? session.api.lookupAssociationInvitation(this.link.token)
        : undefined,
    ]);
    if (!list.ok && list.error === 'unauthorized') return this.#area.host.sessionEnded();
    if (list.ok) {
      this.list = list.value;
      this.listError = undefined;
    } else {
      this.listError = list.error;
    }
    if (invitation && this.link) {
      // The answer's buttons are focused, never pressed: mail scanners open links too.
      if (invitation.ok) this.link = { ...this.link, invitation: invitation.value };
      else this.link = { ...this.link, error: invitation.error };
      this.#area.host.focusAfterUpdate(invitation.ok ? '#association-link-accept' : '#association-link');
    }
    this.#area.host.requestUpdate();
  }

  readonly openAssociation = async (summary: AssociationSummary): Promise<void> => {
    await this.#area.run(
      'associations',
      async (api) => {
        const result = await api.association(summary.id);
        if (!result.ok) return result;
        this.open = result.value;
        this.creating = false;
        this.leaving = false;
        this.removing = undefined;
        return { ok: true, value: this.#area.t('associationOpened', { name: result.value.name }) };
      },
      '#association-heading',
    );
  };

  readonly closeAssociation = (): void => {
    const id = this.open?.id;
    this.open = undefined;
    this.leaving = false;
    this.removing = undefined;
    this.#area.formState = undefined;
    this.#area.host.focusAfterUpdate(id ? `#association-${id} button` : '#section-heading');
    this.#area.host.requestUpdate();
  };

  readonly startNew = (open: boolean): void => {
    this.creating = open;
    this.#area.formState = undefined;
    this.#area.host.focusAfterUpdate(open ? '#association-name' : '#association-new');
    this.#area.host.requestUpdate();
  };

  /** Registers a new association, or saves the open one's details. */
  readonly save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const get = (name: keyof AssociationValues) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const values: AssociationValues = {
      name: get('name'),
      companyNumber: get('companyNumber'),
      street: get('street'),
      number: get('number'),
      box: get('box'),
      postalCode: get('postalCode'),
      city: get('city'),
      country: get('country') || 'BE',
      contactName: get('contactName'),
      contactEmail: get('contactEmail'),
      contactPhone: get('contactPhone'),
    };
    const problems = checkAssociation(values);
    if (problems.length > 0) return this.#area.refuse('association', problems);
    const editing = this.open?.id;
    await this.#area.run(
      'association',
      async (api) => {
        const result = await api.saveAssociation(editing, {
          name: values.name.trim(),
          companyNumber: values.companyNumber.trim() || null,
          address: {
            street: values.street.trim(),
            number: values.number.trim(),
            box: values.box.trim() || null,
            postalCode: values.postalCode.trim(),
            city: values.city.trim(),
            country: values.country,
          },
          contact: {
            name: values.contactName.trim(),
            email: values.contactEmail.trim(),
            phone: values.contactPhone.trim() || null,
          },
        });
        if (!result.ok)
          return {
            ...result,
            fields: result.fields.map((f) => ({ ...f, field: associationField(f.field) })),
          };
        this.open = result.value;
        this.creating = false;
        void this.reloadList();
        const name = result.value.name;
        return {
          ok: true,
          value: this.#area.t(editing ? 'associationSaved' : 'associationCreated', { name }),
        };
      },
      '#association-heading',
    );
  };

  readonly invite = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = new FormData(form).get('email');
    const email = typeof value === 'string' ? value.trim() : '';
    const open = this.open;
    if (!open) return;
    if (!email) return this.#area.refuse('invite', [{ field: 'email', code: 'required' }]);
    if (!EMAIL_PATTERN.test(email))
      return this.#area.refuse('invite', [{ field: 'email', code: 'invalid_format' }]);
    await this.#area.run(
      'invite',
      async (api) => {
        const result = await api.inviteToAssociation(open.id, email);
        if (!result.ok) return result;
        this.open = result.value;
        form.reset();
        return { ok: true, value: this.#area.t('associationInvited', { email: email.toLowerCase() }) };
      },
      '#association-invitations',
    );
  };

  readonly askLeave = (confirm: boolean): void => {
    this.leaving = confirm;
    this.#area.formState = undefined;
    this.#area.host.focusAfterUpdate(confirm ? '#association-leave-confirm' : '#association-leave');
    this.#area.host.requestUpdate();
  };

  readonly leave = async (): Promise<void> => {
    const open = this.open;
    const me = open?.members.find((m) => m.email.toLowerCase() === this.#area.person.email.toLowerCase());
    if (!open || !me) return;
    await this.#area.run(
      'leave',
      async (api) => {
        const result = await api.removeAssociationMember(open.id, me.userId);
        if (!result.ok) return result;
        this.open = undefined;
        this.leaving = false;
        void this.reloadList();
        return { ok: true, value: this.#area.t('associationLeft', { name: open.name }) };
      },
      '#section-heading',
    );
  };

  /** As an owner, makes a member an owner, or an owner a member; the API keeps at least one owner. */
  readonly setRole = async (member: AssociationMember, role: AssociationMember['role']): Promise<void> => {
    const open = this.open;
    if (!open) return;
    await this.#area.run(
      'members',
      async (api) => {
        const result = await api.setAssociationMemberRole(open.id, member.userId, role);
        if (!result.ok) return result;
        this.open = result.value;
        const roleText = this.#area.t(role === 'owner' ? 'associationRoleOwner' : 'associationRoleMember');
        return {
          ok: true,
          value: this.#area.t('associationRoleChanged', { member: memberName(member), role: roleText }),
        };
      },
      `#member-${member.userId}-role`,
    );
  };

  readonly askRemove = (member: AssociationMember | undefined): void => {
    const asked = this.removing;
    this.removing = member?.userId;
    this.#area.formState = undefined;
    this.#area.host.focusAfterUpdate(member ? '#member-remove-confirm' : `#member-${asked ?? ''}-remove`);
    this.#area.host.requestUpdate();
  };

  /** As an owner, removes another member: they no longer see the association's requests. */
  readonly remove = async (member: AssociationMember): Promise<void> => {
    const open = this.open;
    if (!open) return;
    await this.#area.run(
      'members',
      async (api) => {
        const result = await api.removeAssociationMember(open.id, member.userId);
        if (!result.ok) return result;
        const reread = await api.association(open.id);
        if (!reread.ok) return reread;
        this.open = reread.value;
        this.removing = undefined;
        return {
          ok: true,
          value: this.#area.t('associationMemberRemoved', { member: memberName(member), name: open.name }),
        };
      },
      '#association-members',
    );
  };

  /** As an owner, cancels an invitation waiting for an answer: its link stops working at once. */
  readonly cancelInvitation = async (invitation: Association['invitations'][number]): Promise<void> => {
    const open = this.open;
    if (!open) return;
    await this.#area.run(
      'invitations',
      async (api) => {
        const result = await api.cancelAssociationInvitation(open.id, invitation.id);
        if (!result.ok) return result;
        const reread = await api.association(open.id);
        if (!reread.ok) return reread;
        this.open = reread.value;
        return {
          ok: true,
          value: this.#area.t('associationInvitationCancelled', { email: invitation.email }),
        };
      },
      '#association-invitations',
    );
  };

  /** The one click on Accept or Decline of the invitation a mailed link named. */
  readonly answerLink = async (accept: boolean): Promise<void> => {
    const link = this.link;
    if (!link?.invitation) return;
    const name = link.invitation.association.name;
    await this.#area.run(
      'association-link',
      async (api) => {
        if (accept) {
          const result = await api.acceptAssociationInvitation(link.token);
          if (!result.ok) return result;
          this.open = result.value;
        } else {
          const result = await api.declineAssociationInvitation(link.token);
          if (!result.ok) return result;
        }
        this.link = undefined;
        void this.reloadList();
        return {
          ok: true,
          value: this.#area.t(accept ? 'associationJoined' : 'associationDeclined', { name }),
        };
      },
      accept ? '#association-heading' : '#section-heading',
    );
  };

  private async reloadList(): Promise<void> {
    const session = this.#area.session();
    if (!session) return;
    const result = await session.api.associations();
    if (result.ok) this.list = result.value;
    this.#area.host.requestUpdate();
  }
}
