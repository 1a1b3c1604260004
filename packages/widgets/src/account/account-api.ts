import type { components } from '../api/schema.d.ts';
import type { ApiClient } from '../core/api-client.ts';
import { createApiClient } from '../core/api-client.ts';
import type { Language } from '../core/tenant-types.ts';
import type { FieldProblem } from './account-forms.ts';
import type { HealthSheet, HealthSheetInput } from './health-sheet-form.ts';

export type Household = components['schemas']['Household'];
export type HouseholdInput = components['schemas']['HouseholdInput'];
export type Child = components['schemas']['Child'];
export type ChildInput = components['schemas']['ChildInput'];
export type ChildPatch = components['schemas']['ChildPatch'];
export type CoParentInvitation = components['schemas']['CoParentInvitation'];
export type CoParentInvitations = components['schemas']['CoParentInvitations'];
export type CoParentInvitationInput = components['schemas']['CoParentInvitationInput'];
export type MyEnrolment = components['schemas']['MyEnrolment'];
export type MySubmission = components['schemas']['MySubmission'];
export type MyInvoice = components['schemas']['MyInvoice'];
export type MyEventRequestSummary = components['schemas']['EventRequestSummary'];
export type EventRequestStatus = components['schemas']['EventRequestStatus'];
/** A request as the client reads it (the generated schema types a nullable address too narrowly). */
export type MyEventRequest = NonNullable<Awaited<ReturnType<typeof readEventRequest>>['data']>;
export type Cancellation = NonNullable<components['schemas']['CancelledEnrolment']['cancellation']>;
export type CancellationReason = components['schemas']['CancellationRequest']['reason'];
export type CancellationRules = components['schemas']['StageSession']['cancellation'];
export type Association = components['schemas']['Association'];
export type AssociationSummary = components['schemas']['AssociationSummary'];
export type AssociationInput = components['schemas']['AssociationInput'];
export type ReceivedAssociationInvitation = components['schemas']['ReceivedAssociationInvitation'];
type Problem = components['schemas']['Problem'];

const HEALTH_SHEET_PATH = '/v1/tenants/{tenant}/me/household/children/{childId}/health-sheet';

/** What went wrong with a call, in terms a message is chosen from. */
export type AccountError =
  | 'unauthorized'
  | 'invalid'
  | 'not-found'
  | 'household-required'
  | 'already-requested'
  | 'same-household'
  | 'already-invited'
  | 'too-many-invitations'
  | 'invitation-not-found'
  | 'invitation-closed'
  | 'enrolment-not-found'
  | 'enrolment-cancelled'
  | 'offer-expired'
  | 'no-pending-offer'
  | 'nothing-to-attest'
  | 'attestations-not-issued'
  | 'event-request-not-found'
  | 'event-request-not-withdrawable'
  | 'decision-letter-not-found'
  | 'association-not-found'
  | 'owner-required'
  | 'last-owner'
  | 'already-member'
  | 'association-already-invited'
  | 'association-too-many-invitations'
  | 'network'
  | 'server';

export type AccountResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: AccountError; fields: FieldProblem[] };

const PROBLEM_ERRORS: Readonly<Record<string, AccountError>> = {
  unauthorized: 'unauthorized',
  validation_failed: 'invalid',
  household_required: 'household-required',
  child_not_found: 'not-found',
  erasure_already_requested: 'already-requested',
  co_parent_same_household: 'same-household',
  co_parent_already_invited: 'already-invited',
  co_parent_too_many_invitations: 'too-many-invitations',
  co_parent_invitation_not_found: 'invitation-not-found',
  co_parent_invitation_closed: 'invitation-closed',
  enrolment_not_found: 'enrolment-not-found',
  enrolment_already_cancelled: 'enrolment-cancelled',
  offer_expired: 'offer-expired',
  no_pending_offer: 'no-pending-offer',
  nothing_to_attest: 'nothing-to-attest',
  attestations_not_issued: 'attestations-not-issued',
  event_request_not_found: 'event-request-not-found',
  event_request_not_withdrawable: 'event-request-not-withdrawable',
  event_decision_letter_not_found: 'decision-letter-not-found',
  association_details_invalid: 'invalid',
  association_not_found: 'association-not-found',
  association_owner_required: 'owner-required',
  association_last_owner: 'last-owner',
  association_member_not_found: 'association-not-found',
  association_already_member: 'already-member',
  association_already_invited: 'association-already-invited',
  association_too_many_invitations: 'association-too-many-invitations',
  association_invitation_not_found: 'invitation-not-found',
  association_invitation_closed: 'invitation-closed',
};

/** The message chosen for a problem code of the API; unknown codes are the server's fault. */
export function problemError(code: string, status: number): AccountError {
  return PROBLEM_ERRORS[code] ?? (status === 401 ? 'unauthorized' : 'server');
}

/**
 * The signed-in citizen's data in one commune, through the typed client of the OpenAPI document.
 * Never rejects: every failure becomes an `AccountError`, with the server's field errors.
 */
export class AccountApi {
  readonly #client: ApiClient;
  readonly #tenant: string;
  readonly #headers: Record<string, string>;

  constructor(apiBase: string, tenant: string, token: string, lang: string) {
    this.#client = createApiClient(apiBase);
    this.#tenant = tenant;
    this.#headers = { Authorization: `Bearer ${token}`, 'Accept-Language': lang };
  }

  /** The household, or null before the citizen gave an address. */
  household(): Promise<AccountResult<Household | null>> {
    return this.#call(async () => {
      const { data, error, response } = await this.#client.GET(
        '/v1/tenants/{tenant}/me/household',
        this.#init(),
      );
      if (response.status === 404 && error?.code === 'household_not_found') return { ok: true, value: null };
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  saveHousehold(body: HouseholdInput): Promise<AccountResult<Household>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.PUT('/v1/tenants/{tenant}/me/household', {
        ...this.#init(),
        body,
      });
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  addChild(body: ChildInput): Promise<AccountResult<Child>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.POST('/v1/tenants/{tenant}/me/children', {
        ...this.#init(),
        body,
      });
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  updateChild(childId: string, body: ChildPatch): Promise<AccountResult<Child>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.PATCH('/v1/tenants/{tenant}/me/children/{childId}', {
        params: { path: { tenant: this.#tenant, childId } },
        headers: this.#headers,
        body,
      });
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  removeChild(childId: string): Promise<AccountResult<null>> {
    return this.#call(async () => {
      const { error, response } = await this.#client.DELETE('/v1/tenants/{tenant}/me/children/{childId}', {
        params: { path: { tenant: this.#tenant, childId } },
        headers: this.#headers,
      });
      return response.ok ? { ok: true, value: null } : failure(error);
    });
  }

  /** A child's health sheet, or null before one was written. */
  healthSheet(childId: string): Promise<AccountResult<HealthSheet | null>> {
    return this.#call(async () => {
      const { data, error, response } = await this.#client.GET(HEALTH_SHEET_PATH, {
        params: { path: { tenant: this.#tenant, childId } },
        headers: this.#headers,
      });
      if (response.status === 404 && error?.code === 'health_sheet_not_found')
        return { ok: true, value: null };
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  /** Replaces a child's health sheet. */
  saveHealthSheet(childId: string, body: HealthSheetInput): Promise<AccountResult<HealthSheet>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.PUT(HEALTH_SHEET_PATH, {
        params: { path: { tenant: this.#tenant, childId } },
        headers: this.#headers,
        body,
      });
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  /** My household's enrolments in holiday activities (also those the other parent made), newest first. */
  enrolments(): Promise<AccountResult<MyEnrolment[]>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.GET('/v1/tenants/{tenant}/me/enrolments', this.#init());
      return data ? { ok: true, value: data.enrolments } : failure(error);
    });
  }

  /** Cancels an enrolment; the answer has the fee and the credit the rules gave. */
  cancelEnrolment(enrolmentId: string, reason: CancellationReason): Promise<AccountResult<Cancellation>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.POST(
        '/v1/tenants/{tenant}/me/enrolments/{enrolmentId}/cancellation',
        { params: { path: { tenant: this.#tenant, enrolmentId } }, headers: this.#headers, body: { reason } },
      );
      return data?.cancellation ? { ok: true, value: data.cancellation } : failure(error);
    });
  }

  /** Accepts or declines the seat offered to a waitlisted child. */
  answerOffer(enrolmentId: string, answer: 'accept' | 'decline'): Promise<AccountResult<null>> {
    return this.#call(async () => {
      const init = { params: { path: { tenant: this.#tenant, enrolmentId } }, headers: this.#headers };
      const { error, response } =
        answer === 'accept'
          ? await this.#client.POST('/v1/tenants/{tenant}/me/enrolments/{enrolmentId}/offer/accept', init)
          : await this.#client.POST('/v1/tenants/{tenant}/me/enrolments/{enrolmentId}/offer/decline', init);
      return response.ok ? { ok: true, value: null } : failure(error);
    });
  }

  /** A session's cancellation rules, from the public catalogue; undefined when they cannot be read. */
  async cancellationRules(stageKey: string, sessionId: string): Promise<CancellationRules | undefined> {
    try {
      const { data } = await this.#client.GET('/v1/tenants/{tenant}/stages/{stageKey}', {
        params: { path: { tenant: this.#tenant, stageKey } },
        headers: { 'Accept-Language': this.#headers['Accept-Language'] ?? 'fr' },
      });
      return data?.sessions.find((session) => session.id === sessionId)?.cancellation;
    } catch {
      return undefined;
    }
  }

  /** My household's stage invoices, with how to pay the open ones. */
  invoices(): Promise<AccountResult<MyInvoice[]>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.GET('/v1/tenants/{tenant}/me/invoices', this.#init());
      return data ? { ok: true, value: data.invoices } : failure(error);
    });
  }

  /** The forms the citizen sent to the commune, with the status they may see, newest first. */
  submissions(): Promise<AccountResult<MySubmission[]>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.GET('/v1/tenants/{tenant}/me/submissions', this.#init());
      return data ? { ok: true, value: data.submissions } : failure(error);
    });
  }

  /** The citizen's event permit requests in this commune, drafts included. */
  eventRequests(): Promise<AccountResult<MyEventRequestSummary[]>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.GET('/v1/tenants/{tenant}/me/event-requests', this.#init());
      return data ? { ok: true, value: data.requests } : failure(error);
    });
  }

  /** One of them with its history and what the commune asked. */
  eventRequest(requestId: string): Promise<AccountResult<MyEventRequest>> {
    return this.#call(async () => {
      const { data, error } = await readEventRequest(this.#client, this.#tenant, requestId, this.#headers);
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  /** The decision letter of one of my event requests, as the commune issued it (PDF). */
  decisionLetter(requestId: string): Promise<AccountResult<Blob>> {
    return this.#call(async () => {
      const { data, error, response } = await this.#client.GET(
        '/v1/tenants/{tenant}/me/event-requests/{requestId}/decision-letter',
        { params: { path: { tenant: this.#tenant, requestId } }, headers: this.#headers, parseAs: 'blob' },
      );
      return response.ok && data instanceof Blob ? { ok: true, value: data } : failure(error);
    });
  }

  withdrawEventRequest(requestId: string): Promise<AccountResult<null>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.POST(
        '/v1/tenants/{tenant}/me/event-requests/{requestId}/withdrawal',
        { params: { path: { tenant: this.#tenant, requestId } }, headers: this.#headers, body: {} },
      );
      return data ? { ok: true, value: null } : failure(error);
    });
  }

  /** Everything the commune holds about the citizen, as the JSON text the server wrote. */
  exportData(): Promise<AccountResult<string>> {
    return this.#call(async () => {
      const { data, error, response } = await this.#client.GET('/v1/tenants/{tenant}/me/export', {
        ...this.#init(),
        parseAs: 'text',
      });
      return response.ok && typeof data === 'string' ? { ok: true, value: data } : failure(error);
    });
  }

  /** The childcare attestation (form 281.86) of a child of my household for an income year, as a PDF. */
  childcareAttestation(childId: string, year: number, lang: Language): Promise<AccountResult<Blob>> {
    return this.#call(async () => {
      const { data, error, response } = await this.#client.GET(
        '/v1/tenants/{tenant}/me/household/children/{childId}/childcare-attestations/{year}',
        {
          params: { path: { tenant: this.#tenant, childId, year }, query: { lang } },
          headers: this.#headers,
          parseAs: 'blob',
        },
      );
      return response.ok && data instanceof Blob ? { ok: true, value: data } : failure(error);
    });
  }

  requestErasure(): Promise<AccountResult<string>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.POST(
        '/v1/tenants/{tenant}/me/erasure-request',
        this.#init(),
      );
      return data ? { ok: true, value: data.requestedAt } : failure(error);
    });
  }

  /** Invitations to share children between separated parents: sent by my household, and waiting for me. */
  coParentInvitations(): Promise<AccountResult<CoParentInvitations>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.GET(
        '/v1/tenants/{tenant}/me/co-parent-invitations',
        this.#init(),
      );
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  inviteCoParent(body: CoParentInvitationInput): Promise<AccountResult<CoParentInvitation>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.POST('/v1/tenants/{tenant}/me/co-parent-invitations', {
        ...this.#init(),
        body,
      });
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  /** My household, now with the shared children. */
  acceptCoParentInvitation(coParentInvitationId: string): Promise<AccountResult<Household>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.POST(
        '/v1/tenants/{tenant}/me/co-parent-invitations/{coParentInvitationId}/accept',
        { params: { path: { tenant: this.#tenant, coParentInvitationId } }, headers: this.#headers },
      );
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  /** Cancels an invitation my household sent, or declines one addressed to me. */
  closeCoParentInvitation(coParentInvitationId: string): Promise<AccountResult<null>> {
    return this.#call(async () => {
      const { error, response } = await this.#client.DELETE(
        '/v1/tenants/{tenant}/me/co-parent-invitations/{coParentInvitationId}',
        { params: { path: { tenant: this.#tenant, coParentInvitationId } }, headers: this.#headers },
      );
      return response.ok ? { ok: true, value: null } : failure(error);
    });
  }

  /** The associations I act for in this commune, with my role in each. */
  associations(): Promise<AccountResult<AssociationSummary[]>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.GET('/v1/tenants/{tenant}/me/associations', this.#init());
      return data ? { ok: true, value: data.associations } : failure(error);
    });
  }

  association(associationId: string): Promise<AccountResult<Association>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.GET('/v1/tenants/{tenant}/me/associations/{associationId}', {
        params: { path: { tenant: this.#tenant, associationId } },
        headers: this.#headers,
      });
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  /** Registers an association (I become its owner), or corrects one of mine. */
  saveAssociation(
    associationId: string | undefined,
    body: AssociationInput,
  ): Promise<AccountResult<Association>> {
    return this.#call(async () => {
      const { data, error } = associationId
        ? await this.#client.PUT('/v1/tenants/{tenant}/me/associations/{associationId}', {
            params: { path: { tenant: this.#tenant, associationId } },
            headers: this.#headers,
            body,
          })
        : await this.#client.POST('/v1/tenants/{tenant}/me/associations', { ...this.#init(), body });
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  inviteToAssociation(associationId: string, email: string): Promise<AccountResult<Association>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.POST(
        '/v1/tenants/{tenant}/me/associations/{associationId}/invitations',
        {
          params: { path: { tenant: this.#tenant, associationId } },
          headers: this.#headers,
          body: { email },
        },
      );
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  /** Leaves an association (my own user id) or, as an owner, removes a member. */
  removeAssociationMember(associationId: string, userId: string): Promise<AccountResult<null>> {
    return this.#call(async () => {
      const { error, response } = await this.#client.DELETE(
        '/v1/tenants/{tenant}/me/associations/{associationId}/members/{userId}',
        { params: { path: { tenant: this.#tenant, associationId, userId } }, headers: this.#headers },
      );
      return response.ok ? { ok: true, value: null } : failure(error);
    });
  }

  /** As an owner, makes a member an owner or an owner a member. */
  setAssociationMemberRole(
    associationId: string,
    userId: string,
    role: Association['myRole'],
  ): Promise<AccountResult<Association>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.PATCH(
        '/v1/tenants/{tenant}/me/associations/{associationId}/members/{userId}',
        {
          params: { path: { tenant: this.#tenant, associationId, userId } },
          headers: this.#headers,
          body: { role },
        },
      );
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  /** As an owner, cancels an invitation still waiting for an answer. */
  cancelAssociationInvitation(associationId: string, invitationId: string): Promise<AccountResult<null>> {
    return this.#call(async () => {
      const { error, response } = await this.#client.DELETE(
        '/v1/tenants/{tenant}/me/associations/{associationId}/invitations/{associationInvitationId}',
        {
          params: { path: { tenant: this.#tenant, associationId, associationInvitationId: invitationId } },
          headers: this.#headers,
        },
      );
      return response.ok ? { ok: true, value: null } : failure(error);
    });
  }

  /** The invitation a mailed link's token names, for the address I am signed in with. */
  lookupAssociationInvitation(token: string): Promise<AccountResult<ReceivedAssociationInvitation>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.POST(
        '/v1/tenants/{tenant}/me/association-invitations/lookup',
        {
          ...this.#init(),
          body: { token },
        },
      );
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  acceptAssociationInvitation(token: string): Promise<AccountResult<Association>> {
    return this.#call(async () => {
      const { data, error } = await this.#client.POST(
        '/v1/tenants/{tenant}/me/association-invitations/acceptance',
        { ...this.#init(), body: { token } },
      );
      return data ? { ok: true, value: data } : failure(error);
    });
  }

  declineAssociationInvitation(token: string): Promise<AccountResult<null>> {
    return this.#call(async () => {
      const { error, response } = await this.#client.POST(
        '/v1/tenants/{tenant}/me/association-invitations/decline',
        { ...this.#init(), body: { token } },
      );
      return response.ok ? { ok: true, value: null } : failure(error);
    });
  }

  #init() {
    return { params: { path: { tenant: this.#tenant } }, headers: this.#headers };
  }

  async #call<T>(run: () => Promise<AccountResult<T>>): Promise<AccountResult<T>> {
    try {
      return await run();
    } catch (error) {
      // A body that is not JSON comes from a broken server or proxy, not from the visitor's connection.
      return { ok: false, error: error instanceof SyntaxError ? 'server' : 'network', fields: [] };
    }
  }
}

function failure(problem: Problem | string | undefined): {
  ok: false;
  error: AccountError;
  fields: FieldProblem[];
} {
  if (!problem || typeof problem === 'string') return { ok: false, error: 'server', fields: [] };
  const fields = (problem.errors ?? []).map((e) => ({ field: e.path, code: e.code }));
  const error = problemError(problem.code, problem.status);
  return { ok: false, error, fields };
}

function readEventRequest(
  client: ApiClient,
  tenant: string,
  requestId: string,
  headers: Record<string, string>,
) {
  return client.GET('/v1/tenants/{tenant}/me/event-requests/{requestId}', {
    params: { path: { tenant, requestId } },
    headers,
  });
}
