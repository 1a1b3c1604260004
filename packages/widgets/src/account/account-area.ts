import { html, nothing, type TemplateResult } from 'lit';
import { parseDayInput } from '../core/day-input.ts';
import type { Language, PublicTenant } from '../core/tenant-types.ts';
import type {
  AccountError,
  AccountResult,
  Child,
  CoParentInvitation,
  CoParentInvitations,
  Household,
  MyEnrolment,
  MyEventRequest,
  MyEventRequestSummary,
  MyInvoice,
  MySubmission,
} from './account-api.ts';
import { AccountApi } from './account-api.ts';
import type { Translate } from './account-fields.ts';
import type { ChildValues, FieldProblem, HouseholdValues } from './account-forms.ts';
import { brusselsToday, checkChild, checkCoParentInvitation, checkHousehold } from './account-forms.ts';
import type { AccountMessageKey } from './account-messages.ts';
import {
  type AreaLocation,
  areaLocationValue,
  readAreaLocation,
  SECTIONS,
  type Section,
} from './area-location.ts';
import { readAssociationInvitationLink, withoutAssociationInvitationLink } from './association-link.ts';
import { AssociationsPanel } from './associations-panel.ts';
import { renderAssociationsSection } from './associations-section.ts';
import type { AuthContext, Person } from './auth-client.ts';
import { updateProfile } from './auth-client.ts';
import type { CancellationOutlook } from './cancellation-outlook.ts';
import { cancellationOutlook } from './cancellation-outlook.ts';
import { renderChildrenSection } from './children-section.ts';
import { saveFile, saveJsonFile } from './download.ts';
import type { HealthSheetDraft } from './health-sheet-form.ts';
import {
  checkHealthSheet,
  compactDraft,
  draftFromSheet,
  emptyCollector,
  emptyTreatment,
  readHealthDraft,
  toHealthSheetInput,
} from './health-sheet-form.ts';
import { renderHealthSheetSection } from './health-sheet-section.ts';
import { renderHouseholdSection } from './household-section.ts';
import { formatEuros } from './invoice-format.ts';
import { renderMyDataSection } from './my-data-section.ts';
import type { OfferAnswer, OfferLink } from './offer-link.ts';
import { readOfferLink, withoutOfferLink } from './offer-link.ts';
import { renderProfileSection } from './profile-section.ts';
import { renderRequestsSection } from './requests-section.ts';

const SECTION_TITLES: Readonly<Record<Section, AccountMessageKey>> = {
  profile: 'sectionProfile',
  household: 'sectionHousehold',
  children: 'sectionChildren',
  associations: 'sectionAssociations',
  requests: 'sectionRequests',
  data: 'sectionData',
};

export const ERROR_TEXT: Readonly<Record<AccountError, AccountMessageKey>> = {
  unauthorized: 'errorSessionExpired',
  invalid: 'errorField',
  'not-found': 'errorChildGone',
  'household-required': 'childrenNeedHousehold',
  'already-requested': 'errorErasureAlready',
  'same-household': 'errorCoParentSameHousehold',
  'already-invited': 'errorCoParentAlreadyInvited',
  'too-many-invitations': 'errorCoParentTooMany',
  'invitation-not-found': 'errorInvitationNotFound',
  'invitation-closed': 'errorInvitationClosed',
  'enrolment-not-found': 'errorEnrolmentNotFound',
  'enrolment-cancelled': 'errorEnrolmentCancelled',
  'offer-expired': 'errorOfferExpired',
  'no-pending-offer': 'errorNoPendingOffer',
  'nothing-to-attest': 'errorNothingToAttest',
  'attestations-not-issued': 'errorAttestationsNotIssued',
  'event-request-not-found': 'errorEventRequestNotFound',
  'event-request-not-withdrawable': 'errorEventRequestNotWithdrawable',
  'decision-letter-not-found': 'errorDecisionLetterNotFound',
  'association-not-found': 'errorAssociationNotFound',
  'owner-required': 'errorOwnerRequired',
  'last-owner': 'errorLastOwner',
  'already-member': 'errorAlreadyMember',
  'association-already-invited': 'errorAssociationAlreadyInvited',
  'association-too-many-invitations': 'errorAssociationTooMany',
  network: 'errorNetwork',
  server: 'errorServer',
};

export type ActionResult =
  | { ok: true; value: string }
  | { ok: false; error: AccountError; fields: FieldProblem[] };

/** What the element gives the signed-in area. */
export interface AreaHost {
  ui(): Language;
  config(): PublicTenant | undefined;
  headingLevel(): number;
  requestUpdate(): void;
  t: Translate;
  authContext(): AuthContext;
  token(): string | undefined;
  announce(text: string): void;
  /** Moves focus to the element matching `selector` after the next render. */
  focusAfterUpdate(selector: string): void;
  /** The server no longer knows the session. */
  sessionEnded(): void;
  /** Records where the area is in the page's URL (a new history entry), so it can be bookmarked. */
  pushLocation(value: string): void;
}

/** A child's health sheet being read or written; `draft` is undefined while it loads. */
export interface HealthSheetView {
  childId: string;
  draft: HealthSheetDraft | undefined;
  updatedAt: string | undefined;
  loadError: AccountError | undefined;
}

/** One form's outcome on screen: its field problems, or a general error. */
export interface FormState {
  form: string;
  problems: FieldProblem[];
  error: AccountError | undefined;
}

/**
 * The citizen's account area in one commune, once signed in: profile, household, children,
 * requests and personal data, one section at a time. Holds the state and the actions; each
 * section's markup is in its own module.
 */
export class AccountArea {
  readonly host: AreaHost;
  section: Section = 'profile';
  person: Person;
  /** undefined while loading; null before the citizen gave an address. */
  household: Household | null | undefined;
  loadError: AccountError | undefined;
  formState: FormState | undefined;
  busy = false;
  editingChildId: string | undefined;
  removingChildId: string | undefined;
  /** Invitations between separated parents; undefined while loading or when loading failed. */
  invitations: CoParentInvitations | undefined;
  invitationsError: AccountError | undefined;
  /** The invitation whose cancelling or declining waits for a confirmation. */
  confirmingInvitationId: string | undefined;
  /** Whether the form inviting the other parent is open (most families never need it). */
  sharing = false;
  erasure: { step: 'idle' } | { step: 'confirm' } | { step: 'sent'; requestedAt: string } = { step: 'idle' };
  /** The household's enrolments in holiday activities; undefined while loading. */
  enrolments: MyEnrolment[] | undefined;
  enrolmentsError: AccountError | undefined;
  /** The forms the citizen sent; undefined while loading. */
  submissions: MySubmission[] | undefined;
  submissionsError: AccountError | undefined;
  /** The household's stage invoices; undefined while loading. */
  invoices: MyInvoice[] | undefined;
  invoicesError: AccountError | undefined;
  /** The event permit requests, and the one opened to follow (its history, what the commune asked). */
  eventRequests: MyEventRequestSummary[] | undefined;
  eventRequestsError: AccountError | undefined;
  openEventRequest: MyEventRequest | undefined;
  /** The withdrawal of the opened request is being confirmed. */
  withdrawing = false;
  /** The enrolment whose cancelling waits for a confirmation, with what it would cost now. */
  cancelling: { enrolment: MyEnrolment; outlook: CancellationOutlook } | undefined;
  /** The seat offer an e-mail's link named, shown until answered; `shown` once the list was read. */
  offerLink: (OfferLink & { shown: boolean }) | undefined;
  /** The child's health sheet shown within Children, instead of the list. */
  health: HealthSheetView | undefined;
  /** The associations the citizen acts for, and the invitation a mailed link named. */
  readonly associations: AssociationsPanel;

  constructor(host: AreaHost, person: Person, urlValue: string | null) {
    this.host = host;
    this.person = person;
    const location = readAreaLocation(urlValue);
    this.section = location.section;
    const link = readOfferLink(window.location.search);
    if (link) {
      this.offerLink = { ...link, shown: false };
      this.section = 'requests';
    } else if (location.healthChildId) {
      this.enterHealthSheet(location.healthChildId, false);
    }
    const invitationToken = readAssociationInvitationLink(window.location.search);
    if (invitationToken) {
      // Read once: the token leaves the address, so it is neither reloaded nor shared.
      window.history.replaceState(
        window.history.state,
        '',
        withoutAssociationInvitationLink(window.location.href),
      );
      this.section = 'associations';
    }
    this.associations = new AssociationsPanel(this, invitationToken);
    void this.load();
    if (this.section === 'associations') void this.associations.load();
    if (this.section === 'requests') this.loadRequests();
  }

  get t(): Translate {
    return this.host.t;
  }

  /** The heading level of a section's title, under the element's own heading. */
  get sectionLevel(): number {
    return this.host.headingLevel() + 1;
  }

  get communeName(): string {
    const config = this.host.config();
    const names = config?.name ?? {};
    return names[this.host.ui()] ?? names[config?.languages.default ?? 'fr'] ?? '';
  }

  problemsOf(form: string): FieldProblem[] {
    return this.formState?.form === form ? this.formState.problems : [];
  }

  errorOf(form: string): AccountError | undefined {
    return this.formState?.form === form ? this.formState.error : undefined;
  }

  errorText(error: AccountError): string {
    return this.t(ERROR_TEXT[error]);
  }

  /** Names as a sentence says them: `Zoé and Tom`. */
  listNames(names: readonly string[]): string {
    return new Intl.ListFormat(this.host.ui(), { type: 'conjunction' }).format(names);
  }

  /** Who sent an invitation: their name and address, or the address alone. */
  inviterOf(invitation: CoParentInvitation): string {
    const { name, email } = invitation.invitedBy;
    return name ? `${name} (${email})` : email;
  }

  /** A day in Brussels time, in the interface's language. */
  formatDay(instant: string): string {
    return new Intl.DateTimeFormat(`${this.host.ui()}-BE`, {
      dateStyle: 'long',
      timeZone: 'Europe/Brussels',
    }).format(new Date(instant));
  }

  render(): TemplateResult {
    return html`<nav class="sections" part="nav" aria-label=${this.t('areaNav')}>
        <ul>
          ${SECTIONS.map(
            (section) => html`<li>
              <button type="button" class="tab" part="tab" id="tab-${section}"
                aria-current=${section === this.section ? 'true' : 'false'}
                @click=${() => this.show(section)}>${this.t(SECTION_TITLES[section])}</button>
            </li>`,
          )}
        </ul>
      </nav>
      ${this.renderInvitationNotice()}
      <div class="section" part="section">${this.renderSection()}</div>`;
  }

  /** Outside Children, where invitations are answered, a pending one is pointed out. */
  private renderInvitationNotice(): TemplateResult | typeof nothing {
    if (this.section === 'children' || (this.invitations?.received.length ?? 0) === 0) return nothing;
    return html`<div id="invitation-notice" class="status" part="status">
      <p>${this.t('coParentWaiting')}</p>
      <div class="actions">
        <button type="button" class="button secondary" part="secondary" @click=${() => this.show('children')}>
          ${this.t('coParentSeeInvitation')}
        </button>
      </div>
    </div>`;
  }

  private renderSection(): TemplateResult {
    switch (this.section) {
      case 'profile':
        return renderProfileSection(this);
      case 'household':
        return renderHouseholdSection(this);
      case 'children':
        return this.health ? renderHealthSheetSection(this, this.health) : renderChildrenSection(this);
      case 'associations':
        return renderAssociationsSection(this);
      case 'requests':
        return renderRequestsSection(this);
      case 'data':
        return renderMyDataSection(this);
    }
  }

  /** The visitor chose a section. */
  readonly show = (section: Section): void => {
    this.host.pushLocation(section);
    this.restore(section, true);
  };

  /** Back/forward to a value of the URL parameter: a section or a child's health sheet. */
  restoreLocation(location: AreaLocation, moveFocus: boolean): void {
    this.restore(location.section, moveFocus);
    if (location.healthChildId) this.enterHealthSheet(location.healthChildId, moveFocus);
  }

  /** Shows a section without a new history entry (back/forward); focus follows only when asked. */
  restore(section: Section, moveFocus: boolean): void {
    this.section = section;
    this.formState = undefined;
    this.editingChildId = undefined;
    this.removingChildId = undefined;
    this.confirmingInvitationId = undefined;
    this.cancelling = undefined;
    this.sharing = false;
    this.health = undefined;
    this.associations.reset();
    if (section === 'associations') void this.associations.load();
    // The other parent may have answered since the invitations were loaded.
    if (section === 'children' && this.invitations) void this.reloadInvitations();
    // Requests change from elsewhere (the stages and form elements, a seat offered, a status): read them each time.
    if (section === 'requests') this.loadRequests();
    if (section !== 'data' || this.erasure.step === 'confirm') this.erasure = { step: 'idle' };
    this.host.announce(this.t('announceSection', { section: this.t(SECTION_TITLES[section]) }));
    if (moveFocus) this.host.focusAfterUpdate('#section-heading');
    this.host.requestUpdate();
  }

  async load(): Promise<void> {
    const session = this.session();
    if (!session) return;
    const [result, invitations] = await Promise.all([
      session.api.household(),
      session.api.coParentInvitations(),
    ]);
    if (isUnauthorized(result) || isUnauthorized(invitations)) return this.host.sessionEnded();
    if (result.ok) {
      this.household = result.value;
      this.loadError = undefined;
    } else {
      this.loadError = result.error;
    }
    this.takeInvitations(invitations);
    this.host.requestUpdate();
  }

  private loadRequests(): void {
    void this.loadEnrolments();
    void this.loadSubmissions();
    void this.loadInvoices();
    void this.loadEventRequests();
  }

  async loadEventRequests(): Promise<void> {
    const session = this.session();
    if (!session) return;
    const result = await session.api.eventRequests();
    if (isUnauthorized(result)) return this.host.sessionEnded();
    if (result.ok) {
      this.eventRequests = result.value;
      this.eventRequestsError = undefined;
    } else {
      this.eventRequestsError = result.error;
    }
    this.requestLoaded();
  }

  /** Opens one event request to follow it (or closes it with undefined), focus on what opened. */
  readonly followEventRequest = async (requestId: string | undefined): Promise<void> => {
    this.withdrawing = false;
    this.formState = undefined;
    if (requestId === undefined) {
      const closed = this.openEventRequest?.id;
      this.openEventRequest = undefined;
      if (closed) this.host.focusAfterUpdate(`#event-request-${closed} .follow`);
      this.host.requestUpdate();
      return;
    }
    await this.run('event-requests', async (api) => {
      const result = await api.eventRequest(requestId);
      if (!result.ok) return result;
      this.openEventRequest = result.value;
      this.host.focusAfterUpdate('#event-request-detail');
      return { ok: true, value: '' };
    });
  };

  readonly askWithdraw = (confirm: boolean): void => {
    this.withdrawing = confirm;
    this.host.focusAfterUpdate(confirm ? '#withdraw-confirm' : '#withdraw-open');
    this.host.requestUpdate();
  };

  readonly downloadDecisionLetter = async (request: MyEventRequest): Promise<void> => {
    await this.run('event-requests', async (api) => {
      const result = await api.decisionLetter(request.id);
      if (!result.ok) return result;
      saveFile(result.value, `decision-${request.reference}.pdf`);
      return { ok: true, value: this.t('eventLetterDownloaded', { title: request.title }) };
    });
  };

  readonly withdrawEventRequest = async (request: MyEventRequest): Promise<void> => {
    await this.run(
      'event-requests',
      async (api) => {
        const result = await api.withdrawEventRequest(request.id);
        if (!result.ok) return result;
        this.withdrawing = false;
        const [list, opened] = await Promise.all([api.eventRequests(), api.eventRequest(request.id)]);
        if (list.ok) this.eventRequests = list.value;
        this.openEventRequest = opened.ok ? opened.value : undefined;
        return { ok: true, value: this.t('eventWithdrawn', { title: request.title }) };
      },
      '#event-request-detail',
    );
  };

  async loadInvoices(): Promise<void> {
    const session = this.session();
    if (!session) return;
    const result = await session.api.invoices();
    if (isUnauthorized(result)) return this.host.sessionEnded();
    if (result.ok) {
      this.invoices = result.value;
      this.invoicesError = undefined;
    } else {
      this.invoicesError = result.error;
    }
    this.requestLoaded();
  }

  async loadSubmissions(): Promise<void> {
    const session = this.session();
    if (!session) return;
    const result = await session.api.submissions();
    if (isUnauthorized(result)) return this.host.sessionEnded();
    if (result.ok) {
      this.submissions = result.value;
      this.submissionsError = undefined;
    } else {
      this.submissionsError = result.error;
    }
    this.requestLoaded();
  }

  async loadEnrolments(): Promise<void> {
    const session = this.session();
    if (!session) return;
    const result = await session.api.enrolments();
    if (isUnauthorized(result)) return this.host.sessionEnded();
    if (result.ok) {
      this.enrolments = result.value;
      this.enrolmentsError = undefined;
    } else {
      this.enrolmentsError = result.error;
    }
    this.requestLoaded();
  }

  /** Whether My requests still waits for one of its lists (it shows them all at once). */
  get requestsLoading(): boolean {
    return (
      (this.enrolments === undefined && !this.enrolmentsError) ||
      (this.invoices === undefined && !this.invoicesError) ||
      (this.submissions === undefined && !this.submissionsError) ||
      (this.eventRequests === undefined && !this.eventRequestsError)
    );
  }

  /** One of My requests' lists arrived; once all are there, an e-mail's offer link is shown. */
  private requestLoaded(): void {
    if (!this.requestsLoading && this.enrolments) this.showOfferLink(this.enrolments);
    this.host.requestUpdate();
  }

  /**
   * The offer a link named, once the lists are shown: its answer's button is focused, never pressed (mail
   * scanners open links), and the parameters leave the address so a reload does not show it again.
   */
  private showOfferLink(enrolments: readonly MyEnrolment[]): void {
    const link = this.offerLink;
    if (!link || link.shown) return;
    link.shown = true;
    window.history.replaceState(window.history.state, '', withoutOfferLink(window.location.href));
    const offered = enrolments.some((e) => e.id === link.enrolmentId && e.status === 'offered');
    this.host.focusAfterUpdate(offered ? `#offer-${link.answer}` : '#offer-gone');
  }

  /** The enrolment an e-mail's link named, while a seat is offered to it. */
  get linkedOffer(): MyEnrolment | undefined {
    const link = this.offerLink;
    return link && this.enrolments?.find((e) => e.id === link.enrolmentId && e.status === 'offered');
  }

  formatMoney(cents: number): string {
    return formatEuros(cents, this.host.ui());
  }

  /** A deadline in Brussels time: day and hour. */
  formatDeadline(instant: string): string {
    return new Intl.DateTimeFormat(`${this.host.ui()}-BE`, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Brussels',
    }).format(new Date(instant));
  }

  /** Opens the confirmation, stating what cancelling costs under the session's rules. */
  readonly askCancel = async (enrolment: MyEnrolment): Promise<void> => {
    const session = this.session();
    if (!session) return;
    this.formState = undefined;
    const rules =
      enrolment.status === 'confirmed'
        ? await session.api.cancellationRules(enrolment.session.stage.key, enrolment.session.id)
        : undefined;
    this.cancelling = {
      enrolment,
      outlook: cancellationOutlook(enrolment, rules, brusselsToday(new Date())),
    };
    this.host.requestUpdate();
  };

  /** The confirmation was dismissed (its button or Escape): focus goes back to the enrolment's button. */
  readonly closeCancel = (): void => {
    const enrolment = this.cancelling?.enrolment;
    if (!enrolment) return;
    this.cancelling = undefined;
    this.host.focusAfterUpdate(`#enrolment-${enrolment.id} .cancel`);
    this.host.requestUpdate();
  };

  readonly confirmCancel = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const enrolment = this.cancelling?.enrolment;
    if (!enrolment) return;
    const reason = formValues(event).get('reason') === 'medical' ? 'medical' : 'personal';
    await this.run('enrolments', async (api) => {
      const result = await api.cancelEnrolment(enrolment.id, reason);
      this.cancelling = undefined;
      void this.loadEnrolments();
      void this.loadInvoices();
      if (!result.ok) return result;
      const { feeCents, creditCents } = result.value;
      this.host.focusAfterUpdate(`#enrolment-${enrolment.id}`);
      const child = enrolment.child.firstName;
      return {
        ok: true,
        value:
          feeCents === 0
            ? this.t('cancelledFree', { child })
            : this.t('cancelledFee', {
                child,
                fee: this.formatMoney(feeCents),
                credit: this.formatMoney(creditCents),
              }),
      };
    });
  };

  /** The parent's one click on Accept or Decline of an offered seat. */
  readonly answerOffer = async (enrolment: MyEnrolment, answer: OfferAnswer): Promise<void> => {
    await this.run('enrolments', async (api) => {
      const result = await api.answerOffer(enrolment.id, answer);
      this.offerLink = undefined;
      void this.loadEnrolments();
      void this.loadInvoices();
      if (!result.ok) return result;
      this.host.focusAfterUpdate(`#enrolment-${enrolment.id}`);
      const child = enrolment.child.firstName;
      return { ok: true, value: this.t(answer === 'accept' ? 'offerAccepted' : 'offerDeclined', { child }) };
    });
  };

  private async reloadInvitations(): Promise<void> {
    const session = this.session();
    if (!session) return;
    const result = await session.api.coParentInvitations();
    if (isUnauthorized(result)) return this.host.sessionEnded();
    this.takeInvitations(result);
    this.host.requestUpdate();
  }

  /** A failed reload keeps the invitations already shown rather than an error in their place. */
  private takeInvitations(result: AccountResult<CoParentInvitations>): void {
    if (result.ok) {
      this.invitations = result.value;
      this.invitationsError = undefined;
    } else if (!this.invitations) {
      this.invitationsError = result.error;
    }
  }

  readonly saveProfile = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const data = formValues(event);
    const name = data.get('name')?.trim() ?? '';
    const language = data.get('language') ?? this.host.ui();
    if (!name) return this.refuse('profile', [{ field: 'name', code: 'required' }]);
    await this.run('profile', async (_api, token) => {
      const result = await updateProfile(this.host.authContext(), token, { name, language });
      if (!result.ok) {
        return { ok: false, error: result.error === 'unauthorized' ? 'unauthorized' : 'server', fields: [] };
      }
      this.person = { ...this.person, name, language };
      return { ok: true, value: this.t('profileSaved') };
    });
  };

  readonly saveHousehold = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const data = formValues(event);
    const values: HouseholdValues = {
      street: data.get('street') ?? '',
      number: data.get('number') ?? '',
      box: data.get('box') ?? '',
      postalCode: data.get('postalCode') ?? '',
      city: data.get('city') ?? '',
      country: data.get('country') ?? 'BE',
      phone: data.get('phone') ?? '',
    };
    const problems = checkHousehold(values);
    if (problems.length > 0) return this.refuse('household', problems);
    await this.run(
      'household',
      async (api) => {
        const result = await api.saveHousehold({
          street: values.street.trim(),
          number: values.number.trim(),
          box: values.box.trim() || null,
          postalCode: values.postalCode.trim(),
          city: values.city.trim(),
          country: values.country,
          phone: values.phone.trim() || null,
        });
        if (!result.ok) return result;
        this.household = result.value;
        return { ok: true, value: this.t('householdSaved') };
      },
      '#residency',
    );
  };

  readonly saveChild = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = formValues(event);
    const values: ChildValues = {
      firstName: data.get('firstName') ?? '',
      lastName: data.get('lastName') ?? '',
      birthDate: data.get('birthDate') ?? '',
      niss: data.get('niss') ?? '',
    };
    const problems = checkChild(values, brusselsToday(new Date()));
    if (problems.length > 0) return this.refuse('child', problems);
    const body = {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      birthDate: parseDayInput(values.birthDate) ?? values.birthDate,
      niss: values.niss.trim() || null,
    };
    const editing = this.editingChildId;
    await this.run(
      'child',
      async (api) => {
        const result = editing ? await api.updateChild(editing, body) : await api.addChild(body);
        if (!result.ok) return result;
        this.replaceChild(result.value);
        this.editingChildId = undefined;
        if (!editing) form.reset();
        return {
          ok: true,
          value: this.t(editing ? 'childSaved' : 'childAdded', { name: result.value.firstName }),
        };
      },
      editing ? `#child-${editing} .edit` : '#child-firstName',
    );
  };

  readonly editChild = (child: Child): void => {
    this.editingChildId = child.id;
    this.removingChildId = undefined;
    this.formState = undefined;
    this.host.focusAfterUpdate('#child-firstName');
    this.host.requestUpdate();
  };

  readonly cancelEdit = (): void => {
    const id = this.editingChildId;
    this.editingChildId = undefined;
    this.formState = undefined;
    this.host.focusAfterUpdate(id ? `#child-${id} .edit` : '#child-firstName');
    this.host.requestUpdate();
  };

  readonly askRemoveChild = (child: Child | undefined): void => {
    this.removingChildId = child?.id;
    this.host.focusAfterUpdate(child ? `#child-${child.id} .confirm-remove` : '#section-heading');
    this.host.requestUpdate();
  };

  readonly removeChild = async (child: Child): Promise<void> => {
    await this.run(
      'children',
      async (api) => {
        const result = await api.removeChild(child.id);
        if (!result.ok && result.error !== 'not-found') return result;
        if (this.household) {
          this.household = {
            ...this.household,
            children: this.household.children.filter((c) => c.id !== child.id),
          };
        }
        this.removingChildId = undefined;
        return { ok: true, value: this.t('childRemoved', { name: child.firstName }) };
      },
      '#section-heading',
    );
  };

  readonly openShare = (open: boolean): void => {
    this.sharing = open;
    this.formState = undefined;
    this.host.focusAfterUpdate(open ? '#share-childIds input' : '#share-open');
    this.host.requestUpdate();
  };

  readonly inviteCoParent = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const data = formValues(event);
    const values = { childIds: data.all('childIds'), email: data.get('email')?.trim() ?? '' };
    const problems = checkCoParentInvitation(values);
    if (problems.length > 0) return this.refuse('share', problems);
    await this.run('share', async (api) => {
      const result = await api.inviteCoParent(values);
      if (!result.ok) {
        // `childIds.0` is about the group of checkboxes, which is the field shown.
        return {
          ...result,
          fields: result.fields.map((f) => ({ ...f, field: f.field.split('.')[0] ?? '' })),
        };
      }
      const sent = result.value;
      this.invitations = {
        sent: [sent, ...(this.invitations?.sent ?? [])],
        received: this.invitations?.received ?? [],
      };
      this.sharing = false;
      this.host.focusAfterUpdate(`#invitation-${sent.id}`);
      return { ok: true, value: this.t('coParentSent', { email: sent.email }) };
    });
  };

  readonly acceptInvitation = async (invitation: CoParentInvitation): Promise<void> => {
    await this.run('received', async (api) => {
      const result = await api.acceptCoParentInvitation(invitation.id);
      if (!result.ok) return this.invitationFailed(result);
      this.household = result.value;
      this.dropReceived(invitation.id);
      // Focus lands on the first shared child, now in the list.
      const shared = invitation.children.find((c) => result.value.children.some((k) => k.id === c.id));
      this.host.focusAfterUpdate(shared ? `#child-${shared.id} .edit` : '#section-heading');
      const children = this.listNames(invitation.children.map((c) => c.firstName));
      return { ok: true, value: this.t('coParentAccepted', { children }) };
    });
  };

  /** Asks to confirm cancelling (sent) or declining (received) an invitation; `false` goes back to its button. */
  readonly askCloseInvitation = (invitation: CoParentInvitation, confirm: boolean): void => {
    this.confirmingInvitationId = confirm ? invitation.id : undefined;
    this.formState = undefined;
    this.host.focusAfterUpdate(`#invitation-${invitation.id} ${confirm ? '.confirm-close' : '.close'}`);
    this.host.requestUpdate();
  };

  readonly cancelInvitation = async (invitation: CoParentInvitation): Promise<void> => {
    await this.run('sent', async (api) => {
      const result = await api.closeCoParentInvitation(invitation.id);
      if (!result.ok) return this.invitationFailed(result);
      this.confirmingInvitationId = undefined;
      if (this.invitations) {
        const sent = this.invitations.sent.map((i) =>
          i.id === invitation.id ? { ...i, status: 'cancelled' as const } : i,
        );
        this.invitations = { ...this.invitations, sent };
      }
      this.host.focusAfterUpdate(`#invitation-${invitation.id}`);
      return { ok: true, value: this.t('coParentCancelled', { email: invitation.email }) };
    });
  };

  readonly declineInvitation = async (invitation: CoParentInvitation): Promise<void> => {
    await this.run(
      'received',
      async (api) => {
        const result = await api.closeCoParentInvitation(invitation.id);
        if (!result.ok) return this.invitationFailed(result);
        this.confirmingInvitationId = undefined;
        this.dropReceived(invitation.id);
        return { ok: true, value: this.t('coParentDeclined', { inviter: this.inviterOf(invitation) }) };
      },
      '#section-heading',
    );
  };

  /** The child's health sheet, in the page's URL so it can be bookmarked. */
  readonly openHealthSheet = (child: Child): void => {
    this.host.pushLocation(areaLocationValue({ section: 'children', healthChildId: child.id }));
    this.enterHealthSheet(child.id, true);
  };

  /** Back to the list of children, focus on the child's health sheet button. */
  readonly closeHealthSheet = (): void => {
    const childId = this.health?.childId;
    this.show('children');
    if (childId) this.host.focusAfterUpdate(`#child-${childId} .health`);
  };

  private enterHealthSheet(childId: string, moveFocus: boolean): void {
    this.section = 'children';
    this.formState = undefined;
    this.health = { childId, draft: undefined, updatedAt: undefined, loadError: undefined };
    if (moveFocus) this.host.focusAfterUpdate('#section-heading');
    this.host.requestUpdate();
    void this.loadHealthSheet(childId);
  }

  private async loadHealthSheet(childId: string): Promise<void> {
    const session = this.session();
    if (!session) return;
    const result = await session.api.healthSheet(childId);
    if (isUnauthorized(result)) return this.host.sessionEnded();
    // The parent may have gone elsewhere meanwhile.
    if (this.health?.childId !== childId) return;
    this.health = result.ok
      ? {
          childId,
          draft: draftFromSheet(result.value),
          updatedAt: result.value?.updatedAt,
          loadError: undefined,
        }
      : { childId, draft: undefined, updatedAt: undefined, loadError: result.error };
    this.host.requestUpdate();
  }

  /** What the health sheet's form holds now; rows are counted from the draft it was drawn from. */
  private captureHealthDraft(event: Event): HealthSheetDraft | undefined {
    const draft = this.health?.draft;
    const target = event.currentTarget;
    const form =
      target instanceof HTMLFormElement ? target : target instanceof HTMLButtonElement ? target.form : null;
    if (!draft || !form) return undefined;
    const data = new FormData(form);
    return readHealthDraft(
      (name) => {
        const value = data.get(name);
        return typeof value === 'string' ? value : undefined;
      },
      { treatments: draft.treatments.length, collectors: draft.collectors.length },
    );
  }

  readonly addHealthRow = (group: 'treatments' | 'collectors', event: Event): void => {
    const draft = this.captureHealthDraft(event);
    if (!draft || !this.health) return;
    const rows = group === 'treatments' ? [...draft.treatments, emptyTreatment()] : draft.treatments;
    const people = group === 'collectors' ? [...draft.collectors, emptyCollector()] : draft.collectors;
    this.health = { ...this.health, draft: { ...draft, treatments: rows, collectors: people } };
    const index = (group === 'treatments' ? rows : people).length - 1;
    const first = group === 'treatments' ? 'medication' : 'name';
    this.host.focusAfterUpdate(`#${CSS.escape(`health-${group}.${index}.${first}`)}`);
    this.host.requestUpdate();
  };

  readonly removeHealthRow = (group: 'treatments' | 'collectors', index: number, event: Event): void => {
    const draft = this.captureHealthDraft(event);
    if (!draft || !this.health) return;
    const keep = <T>(rows: readonly T[]) => rows.filter((_, i) => i !== index);
    this.health = {
      ...this.health,
      draft:
        group === 'treatments'
          ? { ...draft, treatments: keep(draft.treatments) }
          : { ...draft, collectors: keep(draft.collectors) },
    };
    // Field problems name rows by position: after a removal they would point at the wrong ones.
    this.formState = undefined;
    this.host.focusAfterUpdate(`#health-add-${group}`);
    this.host.requestUpdate();
  };

  readonly saveHealthSheet = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const captured = this.captureHealthDraft(event);
    const view = this.health;
    if (!captured || !view) return;
    // Empty rows go before checking, so the server's paths (`collectors.1.phone`) match the rows shown.
    const draft = compactDraft(captured);
    this.health = { ...view, draft };
    const problems = checkHealthSheet(draft);
    if (problems.length > 0) return this.refuse('health', problems);
    const name = this.household?.children.find((c) => c.id === view.childId)?.firstName ?? '';
    await this.run(
      'health',
      async (api) => {
        const result = await api.saveHealthSheet(view.childId, toHealthSheetInput(draft));
        if (!result.ok) return result;
        this.health = {
          childId: view.childId,
          draft: draftFromSheet(result.value),
          updatedAt: result.value.updatedAt,
          loadError: undefined,
        };
        return { ok: true, value: this.t('healthSaved', { name }) };
      },
      '#health-saved',
    );
  };

  readonly downloadData = async (): Promise<void> => {
    await this.run('export', async (api) => {
      const result = await api.exportData();
      if (!result.ok) return result;
      saveJsonFile(result.value, `communa-${this.host.authContext().tenant}-my-data.json`);
      return { ok: true, value: this.t('downloaded') };
    });
  };

  /** Asks the API for a child's attestation of `year` and offers it as a file. */
  readonly downloadAttestation = async (child: Child, year: number): Promise<void> => {
    await this.run('attestation', async (api) => {
      const result = await api.childcareAttestation(child.id, year, this.host.ui());
      if (!result.ok) return result;
      saveFile(result.value, `attestation-281-86-${year}-${child.firstName}.pdf`);
      return {
        ok: true,
        value: this.t('attestationDownloaded', { name: child.firstName, year: String(year) }),
      };
    });
  };

  readonly askErasure = (): void => {
    this.erasure = { step: 'confirm' };
    this.formState = undefined;
    this.host.focusAfterUpdate('#erasure-confirm-text');
    this.host.requestUpdate();
  };

  readonly cancelErasure = (): void => {
    this.erasure = { step: 'idle' };
    this.host.focusAfterUpdate('#erasure-ask');
    this.host.requestUpdate();
  };

  readonly confirmErasure = async (): Promise<void> => {
    await this.run(
      'erasure',
      async (api) => {
        const result = await api.requestErasure();
        if (!result.ok) return result;
        this.erasure = { step: 'sent', requestedAt: result.value };
        return { ok: true, value: this.t('erasureSentShort') };
      },
      '#erasure-sent',
    );
  };

  /** Runs one action: busy while it lasts, then its message announced, or its error shown and focused. */
  async run(
    form: string,
    action: (api: AccountApi, token: string) => Promise<ActionResult>,
    focusOnSuccess?: string,
  ): Promise<void> {
    const session = this.session();
    if (!session) return;
    this.busy = true;
    this.host.requestUpdate();
    const result = await action(session.api, session.token);
    this.busy = false;
    if (result.ok) {
      this.formState = undefined;
      this.host.announce(result.value);
      if (focusOnSuccess) this.host.focusAfterUpdate(focusOnSuccess);
    } else if (result.error === 'unauthorized') {
      this.host.sessionEnded();
      return;
    } else if (result.fields.length > 0) {
      this.refuse(form, result.fields);
      return;
    } else {
      this.formState = { form, problems: [], error: result.error };
      this.host.focusAfterUpdate(`#${form}-alert`);
    }
    this.host.requestUpdate();
  }

  refuse(form: string, problems: FieldProblem[]): void {
    this.formState = { form, problems, error: undefined };
    this.host.focusAfterUpdate(`#${form}-summary`);
    this.host.requestUpdate();
  }

  /** An invitation answered elsewhere meanwhile: the list is reloaded to show where it stands. */
  private invitationFailed(result: { ok: false; error: AccountError; fields: FieldProblem[] }): ActionResult {
    if (result.error === 'invitation-closed' || result.error === 'invitation-not-found') {
      this.confirmingInvitationId = undefined;
      void this.reloadInvitations();
    }
    return result;
  }

  private dropReceived(invitationId: string): void {
    if (!this.invitations) return;
    const received = this.invitations.received.filter((i) => i.id !== invitationId);
    this.invitations = { ...this.invitations, received };
  }

  private replaceChild(child: Child): void {
    if (!this.household) return;
    const others = this.household.children.filter((c) => c.id !== child.id);
    const children = [...others, child].sort(
      (a, b) => a.birthDate.localeCompare(b.birthDate) || a.firstName.localeCompare(b.firstName),
    );
    this.household = { ...this.household, children };
  }

  /** The API with the current token; without one (signed out in another tab) the area ends. */
  session(): { api: AccountApi; token: string } | undefined {
    const token = this.host.token();
    if (!token) {
      this.host.sessionEnded();
      return undefined;
    }
    const ctx = this.host.authContext();
    return { api: new AccountApi(ctx.apiBase, ctx.tenant, token, ctx.lang), token };
  }
}

function formValues(event: SubmitEvent): {
  get(name: string): string | undefined;
  all(name: string): string[];
} {
  const data = new FormData(event.currentTarget as HTMLFormElement);
  return {
    get: (name) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : undefined;
    },
    all: (name) => data.getAll(name).filter((value) => typeof value === 'string'),
  };
}

function isUnauthorized<T>(result: AccountResult<T>): boolean {
  return !result.ok && result.error === 'unauthorized';
}
