/**
 * Generated from the API's OpenAPI document by `npm run generate:client`. Do not edit:
 * change the route's zod schemas and regenerate.
 */

export interface paths {
    "/v1/tenants/{tenant}/me/household": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My household in this commune, with its children */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The household */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Household"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No household in this commune yet (household_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Create or update my household’s address and phone
         * @description A Belgian address needs a valid postal code; a foreign one is kept with its country. Residency is declared from the postal code against the commune’s own.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HouseholdInput"];
                };
            };
            responses: {
                /** @description The household */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Household"];
                    };
                };
                /** @description The address or phone is not valid; nothing was saved */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a child to my household
         * @description The NISS is optional; when given, its checksum is checked and the birth date it encodes must match (niss_birth_date_mismatch). The birth date is not in the future nor more than 25 years ago.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChildInput"];
                };
            };
            responses: {
                /** @description The child */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Child"];
                    };
                };
                /** @description The child’s data is not valid; nothing was saved */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No household yet: give the address first (household_required) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/children/{childId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a child from my household
         * @description Unlinks the child from my household; the child’s record is deleted once no household holds it.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    childId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such child in my household (child_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The child has stage enrolments, which keep its record (child_enrolled) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Correct a child of my household
         * @description Only the fields sent change; `niss: null` removes the NISS. The result is checked as a whole.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    childId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChildPatch"];
                };
            };
            responses: {
                /** @description The child */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Child"];
                    };
                };
                /** @description The child’s data is not valid; nothing was saved */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such child in my household (child_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download everything this commune holds about me
         * @description GDPR access: identity, household and children, the children’s health sheets, stage enrolments, as a JSON file.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description My data in this commune */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonalDataExport"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/co-parent-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations my household sent to another parent, and those waiting for me */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Invitations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CoParentInvitations"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite the other parent to share some of my children
         * @description Separated parents: the invited address, once signed in on this commune, may accept; the same child records are then linked to their household too. Nothing is shared before that.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CoParentInvitationInput"];
                };
            };
            responses: {
                /** @description Invited */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CoParentInvitation"];
                    };
                };
                /** @description Not valid; nothing was saved */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune, or a child not in my household (child_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No household yet (household_required), the person is already in it (co_parent_same_household), already invited (co_parent_already_invited) or too many pending (co_parent_too_many_invitations) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/co-parent-invitations/{coParentInvitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation addressed to me: the children are shared with my household */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    coParentInvitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description My household, with the shared children */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Household"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such invitation to my address (co_parent_invitation_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already answered or expired (co_parent_invitation_closed), no household yet (household_required), or the same household (co_parent_same_household) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/co-parent-invitations/{coParentInvitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel an invitation my household sent, or decline one addressed to me */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    coParentInvitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled or declined */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such invitation of mine (co_parent_invitation_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already answered or expired (co_parent_invitation_closed) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My household’s enrolments
         * @description Every enrolment of my household’s children (also those the other parent made), newest first, with status, waitlist position, reference and price. Empty without a household.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description My enrolments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyEnrolments"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Enrol children of my household in a session
         * @description Each child is confirmed (a seat), waitlisted (with its position, in arrival order) or refused with a reason (child_not_found, not_open_yet with opensAt, enrolment_closed, age_out_of_range, already_enrolled, overlapping_session, sibling_refused). A refused child is not written; the others proceed, unless allOrNone. Seats are never confirmed beyond capacity; a confirmation e-mail follows. When no child at all can be enrolled, the answer is 409 enrolment_refused with one error per child (path childIds.<i>, code = the reason) and nothing is written. Send an Idempotency-Key to retry safely. In a draw session, a request in the first drawMinutes of a window is a ticket of that window’s draw, answered 202 pending_draw with the draw time and the seed’s hash; its children get seats or waitlist places when drawn. When the stage asks questions (questionsForm in the catalogue), each child’s answers are checked with the forms engine (in the language of Accept-Language when the commune offers it): any error is 422 invalid_answers with the engine’s errors under answers.<childId>. and nothing is written; the cleaned answers are kept with the enrolment.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your choosing (a UUID is fine). A retry with the same key gets the first answer and changes nothing; the same key with another request is refused (422). Kept 24 hours. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EnrolmentRequest"];
                };
            };
            responses: {
                /** @description Enrolled */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnrolmentAnswer"];
                    };
                };
                /** @description In the draw period: a ticket of the draw, answered when drawn */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DrawTicketAnswer"];
                    };
                };
                /** @description Not valid; nothing was written */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune, or no such session in it (stage_session_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No child could be enrolled (enrolment_refused, a reason per child), or no household yet (household_required) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The answers to the stage’s questions are not valid (invalid_answers, the engine’s errors per child), or the Idempotency-Key was used for another request (idempotency_key_reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/stage-sessions/{sessionId}/draws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The draws of a session, to check them
         * @description For a session allocated by draw: each window’s draw with the SHA-256 of its seed (from the window’s opening), its tickets, and once drawn the seed and each ticket’s rank, so anyone can recompute the order (README, “The draw”). A draw whose time has come is run by the first request that needs it, this one included.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    /** @description As the catalogue gives it */
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The draws */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionDraws"];
                    };
                };
                /** @description The session id is not a UUID (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune, or no such session in it (stage_session_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/enrolments/{enrolmentId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an enrolment of a child of my household
         * @description Under the session’s rules: free until the configured number of days before the first day, then the fee (never more than the price); a medical reason is free where the session allows it. A waitlisted or offered child is cancelled at no cost. The fee and the credit (price less fee) are recorded. A freed seat is offered to the first family on the waitlist; a waitlisted child leaves the waitlist and those behind move up. Siblings left in the session are priced again.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CancellationRequest"];
                };
            };
            responses: {
                /** @description Cancelled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CancelledEnrolment"];
                    };
                };
                /** @description Not valid; nothing was written */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such enrolment of a child of my household (enrolment_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already cancelled (enrolment_already_cancelled); nothing was written */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/enrolments/{enrolmentId}/offer/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the seat offered to a child of my household
         * @description Before the offer’s deadline: the enrolment is confirmed and a confirmation e-mail follows.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Confirmed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfferAnswerResult"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such enrolment of a child of my household (enrolment_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The deadline has passed (offer_expired) or no seat is offered to it (no_pending_offer); nothing was written */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/enrolments/{enrolmentId}/offer/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline the seat offered to a child of my household
         * @description Before the offer’s deadline: the enrolment is cancelled at no cost and the seat passes on.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled; the seat is offered to the next family */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfferAnswerResult"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such enrolment of a child of my household (enrolment_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The deadline has passed (offer_expired) or no seat is offered to it (no_pending_offer); nothing was written */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The forms a commune offers
         * @description Active forms at their current version, in key order, each title in every language the commune offers.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The forms */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FormList"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/forms/{formKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A form’s current definition
         * @description The current version of an active form: what a widget renders and validates with the forms engine. Answers carry an ETag; send it back in If-None-Match to get 304.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The form */
                200: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicForm"];
                    };
                };
                /** @description Not modified since the ETag sent in If-None-Match */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune, or no such active form in it (form_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/forms/{formKey}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file for a form’s file field
         * @description The body is the file itself (any Content-Type; X-Communa-File-Name carries its name). Its type is read from its content (magic bytes), never from the name or the Content-Type: types without a signature (plain text, CSV) are refused, and so are HEIC, AVIF and TIFF images, whose metadata cannot be removed here. The type must match the field’s accept list (415 otherwise) and the size its maxSize (413, checked on Content-Length and while reading). JPEG, PNG and WebP photos are turned upright and re-encoded without any metadata (no EXIF, no GPS). Access as for sending the form: a session for signed-in forms, a proof of work (X-Communa-Proof, one per upload) without one; an anonymous upload stores no user and no address. Put the returned id in the file answer when sending the form; files are kept in PostgreSQL.
         */
        post: {
            parameters: {
                query?: {
                    /** @description The key of the form’s file field the file is for (required) */
                    field?: string;
                };
                header?: {
                    /** @description The file’s name, percent-encoded (encodeURIComponent); `file` when absent */
                    "x-communa-file-name"?: string;
                    /** @description Sending anonymously: `<now in ms>.<nonce>` such that sha256(`communa-form-proof:<tenant>:<formKey>:<ms>:<nonce>`) starts with 18 zero bits; each proof once, within 10 minutes */
                    "x-communa-proof"?: string;
                };
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FormUpload"];
                    };
                };
                /** @description No field named, or no valid proof of work without a session (proof_of_work_invalid) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune, no such active form in it, or no file field with this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The proof of work was already used (proof_of_work_reused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The file is larger than the field allows; nothing was stored */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The content is not of a type the field accepts (upload_type_refused); nothing was stored */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many anonymous uploads from this network in a short time */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/forms/{formKey}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a form
         * @description Validates the answers against the version named, exactly as the forms engine does in the widget: any error (a missing or wrong answer, an unknown field, an answer to a field the other answers hide) is 422 invalid_answers with the engine’s errors ({ path, code, message }) and nothing is written. A signed-in citizen (bearer token) sends a `signed-in` or `either` form: the draft is removed, a confirmation e-mail with the reference follows, and an Idempotency-Key makes retries safe. An `anonymous` form, or an `either` form without a session, is sent without identity: it needs X-Communa-Proof, nothing that identifies the sender is stored (no account, no address), and the answer carries the case code (reference) and a secret to follow it at GET /v1/tenants/{tenant}/cases/{caseCode}.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your choosing (a UUID is fine). A retry with the same key gets the first answer and changes nothing; the same key with another request is refused (422). Kept 24 hours. */
                    "idempotency-key"?: string;
                    /** @description Sending anonymously: `<now in ms>.<nonce>` such that sha256(`communa-form-proof:<tenant>:<formKey>:<ms>:<nonce>`) starts with 18 zero bits; each proof once, within 10 minutes */
                    "x-communa-proof"?: string;
                };
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FormSubmissionRequest"];
                };
            };
            responses: {
                /** @description Sent */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FormSubmissionAnswer"];
                    };
                };
                /** @description Not valid, or no valid proof of work for an anonymous form (proof_of_work_invalid); nothing was written */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune, no such active form in it (form_not_found), or no such version of it (form_version_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The proof of work was already used (proof_of_work_reused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The answers are not valid (invalid_answers, with the engine’s errors), a file answer names no unused upload of the sender for its field (upload_not_usable), or the Idempotency-Key was used for another request (idempotency_key_reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many anonymous forms from this network in a short time */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/form-drafts/{formKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My draft of a form
         * @description The answers I saved, with the version they were given against and the page to resume on.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description My draft */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FormDraft"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune or active form (form_not_found), or no draft of it (form_draft_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Save my draft of a form
         * @description Keeps answers in progress, one draft per form: they need not be complete or valid yet (sending checks them). Answers the other answers hide and keys the form does not have are dropped, as they would be on sending. The draft is removed when the form is sent.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FormDraftRequest"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FormDraft"];
                    };
                };
                /** @description Not valid; nothing was written */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune, no such active form in it (form_not_found), or no such version of it (form_version_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The version has no such page (form_page_not_found) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Discard my draft of a form
         * @description Removes my saved answers; discarding a draft that does not exist changes nothing.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Discarded */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune, or no such active form in it (form_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My requests
         * @description The forms I sent in this commune, newest first, with their status as citizens see it: a step the commune keeps internal shows as the last step I could see.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description My requests */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MySubmissions"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/cases/{caseCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow an anonymous case
         * @description The status of a form sent anonymously, with the case code (its reference) and the secret given when it was sent. An unknown code and a wrong secret answer alike (404), so neither can be told from the other.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The secret given when the case was sent */
                    "x-communa-case-secret"?: string;
                };
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The case code (reference) */
                    caseCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The case */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MySubmission"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune, or no such case with this secret, or no secret sent (case_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/erasure-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask this commune to erase what it holds about me
         * @description GDPR erasure request. The commune’s data protection officer receives the person’s identity and what the commune holds; the person receives a confirmation in their language. Nothing is deleted here: the commune, as controller, handles the request. One request per person and commune per 24 hours.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Passed on to the commune */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErasureRequestAccepted"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already asked in the last 24 hours (erasure_already_requested) */
                429: {
                    headers: {
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The e-mail to the commune could not be sent; nothing was recorded */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person, and the communes they are staff of with their roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The person */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffMe"];
                    };
                };
                /** @description Not signed in to the back-office (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invitation to a commune’s staff, for the person it is addressed to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The invitation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffInvitationView"];
                    };
                };
                /** @description Not signed in to the back-office (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such invitation for this person (invitation_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: the signed-in person joins the commune’s staff with its roles */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Joined */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AcceptedInvitation"];
                    };
                };
                /** @description Not signed in to the back-office (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such invitation for this person (invitation_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already used, cancelled or expired (invitation_closed) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The commune’s staff and pending invitations (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Staff and invitations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffList"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among the person’s (tenant_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/staff/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite someone to the commune’s staff with given roles (admin); they are e-mailed a link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffInvitationInput"];
                };
            };
            responses: {
                /** @description Invited */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffInvitation"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among the person’s (tenant_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already staff (already_staff) or already invited (already_invited) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/staff/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel a pending invitation (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found), or no such pending invitation (invitation_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/staff/members/{memberId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a staff member’s roles in the commune (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffRolesInput"];
                };
            };
            responses: {
                /** @description The member */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffMember"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found) or no such member (member_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The commune would have no admin left (last_admin) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/staff/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a person’s access to the commune’s back-office (admin); their account stays */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found) or no such member (member_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The commune would have no admin left (last_admin) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The commune’s audit log, newest first (admin) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description nextCursor of the previous page */
                    before?: string;
                };
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among the person’s (tenant_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The commune’s families: households, their members and children (admin, stage-manager) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Households */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffHouseholds"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among the person’s (tenant_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/households/{householdId}/residency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Confirm or correct a household’s declared residency (admin, stage-manager)
         * @description What staff found (population register) against what the family declared: the same confirms it (residencyStatus confirmed), the other corrects it (corrected). It may be decided again.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    householdId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResidencyDecision"];
                };
            };
            responses: {
                /** @description The decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResidencyStatus"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such household (household_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stage-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessions with their fill rate and waitlist (admin, stage-manager; animators: their own) */
        get: {
            parameters: {
                query?: {
                    /** @description Sessions with a day in this ISO week (2027-W28) or in the week of this date */
                    week?: string;
                    /** @description A stage’s key */
                    stage?: string;
                    /** @description A place’s key */
                    place?: string;
                };
                header?: never;
                path: {
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sessions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffStageSessions"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among the person’s (tenant_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session’s children: enrolled, waitlist in order, cancelled (each read is audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The session */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffStageSession"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such session you may see (stage_session_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/attendance/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attendance of one day: a mark (or none yet) per confirmed child */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    sessionId: string;
                    day: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The day’s marks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageAttendance"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such session you may see (stage_session_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Take attendance for one day: present, absent or excused per confirmed child (audited)
         * @description Marks not named stay as they were; a mark given again replaces the earlier one.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    sessionId: string;
                    day: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StageAttendanceInput"];
                };
            };
            responses: {
                /** @description The day’s marks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageAttendance"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such session you may see (stage_session_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/list.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session’s list of children as CSV (each download is audited) */
        get: {
            parameters: {
                query?: {
                    /** @description The language of the list; else the staff member’s */
                    lang?: components["schemas"]["Language"] & unknown;
                };
                header?: never;
                path: {
                    tenant: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list, as a download */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such session you may see (stage_session_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/list.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session’s list of children as an XLSX workbook (each download is audited) */
        get: {
            parameters: {
                query?: {
                    /** @description The language of the list; else the staff member’s */
                    lang?: components["schemas"]["Language"] & unknown;
                };
                header?: never;
                path: {
                    tenant: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list, as a download */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such session you may see (stage_session_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/list.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session’s list of children as a printable PDF with an attendance grid per day (each download is audited) */
        get: {
            parameters: {
                query?: {
                    /** @description The language of the list; else the staff member’s */
                    lang?: components["schemas"]["Language"] & unknown;
                };
                header?: never;
                path: {
                    tenant: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list, as a download */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such session you may see (stage_session_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol a child by hand (admin, stage-manager): confirmed if a seat is left (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffEnrolmentInput"];
                };
            };
            responses: {
                /** @description Enrolled */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEnrolment"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune, session or child of that household (stage_session_not_found, child_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No seat left (stage_session_full), already enrolled, or an overlapping session */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/enrolments/{enrolmentId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an enrolment by hand (admin, stage-manager): a confirmed seat is given back (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    sessionId: string;
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEnrolment"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune, session or enrolment (stage_enrolment_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already cancelled (enrolment_cancelled) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/enrolments/{enrolmentId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a child to another session (admin, stage-manager), in one transaction (audited)
         * @description A confirmed seat in the other session, or 409 and nothing written; the old enrolment is cancelled.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    sessionId: string;
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffEnrolmentMove"];
                };
            };
            responses: {
                /** @description The new enrolment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEnrolment"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune, session or enrolment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No seat left there, already enrolled there, overlap, or already cancelled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/enrolments/{enrolmentId}/residency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Confirm or correct the residency behind a flagged enrolment (admin, stage-manager; audited)
         * @description Records the household’s residency decision (as PUT …/households/{householdId}/residency) and lifts the residency flag from the household’s live enrolments, in one transaction.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    sessionId: string;
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffEnrolmentResidency"];
                };
            };
            responses: {
                /** @description The decision and the enrolments no longer flagged */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEnrolmentResidencyDecision"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune, session or enrolment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/animators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign the session’s animators (admin, stage-manager): they then see its lists (audited)
         * @description The list given replaces the previous one; each person must be an animator of this commune.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StageSessionAnimatorsInput"];
                };
            };
            responses: {
                /** @description The animators now assigned */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageSessionAnimators"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such session you may see (stage_session_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail the families of a session (admin, stage-manager; audited)
         * @description One e-mail per guardian (every member of the households of each child concerned, a person once), framed in their language with the stage and its dates, the text as written. Sent by the job queue in the same transaction as the audit record. 409 no_families when nobody is concerned.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StageSessionMessageInput"];
                };
            };
            responses: {
                /** @description The e-mails are queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageSessionMessageAnswer"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such session you may see (stage_session_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Nobody to write to (no_families); nothing was sent */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The commune’s forms with their submissions per status (admin, form-agent) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Forms */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffForms"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among the person’s (tenant_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Creates a form (version 1, the default workflow) in a commune with source: admin */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewFormRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedForm"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found) or form (form_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A form with this key exists, even deactivated (form_exists), or the commune’s forms are managed as code (forms_managed_as_code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The definition is not valid (invalid_form_definition), each error with its path */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/forms/{formKey}/submissions.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every submission of a form as CSV, one column per field of the current version (each download is audited) */
        get: {
            parameters: {
                query?: {
                    /** @description The language of the column labels */
                    lang?: components["schemas"]["Language"] & unknown;
                };
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The submissions, as a download */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found), form (form_not_found) or submission (form_submission_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/forms/{formKey}/submissions.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every submission of a form as an XLSX workbook, one column per field of the current version (each download is audited) */
        get: {
            parameters: {
                query?: {
                    /** @description The language of the column labels */
                    lang?: components["schemas"]["Language"] & unknown;
                };
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The submissions, as a download */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found), form (form_not_found) or submission (form_submission_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/forms/{formKey}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A form’s inbox: submissions newest first, counts per status, filter and search (each read is audited) */
        get: {
            parameters: {
                query?: {
                    /** @description Only submissions in this status */
                    status?: string;
                    /** @description A reference, or text found in the answers */
                    q?: string;
                    /** @description The `nextCursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The inbox */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FormInbox"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found), form (form_not_found) or submission (form_submission_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/forms/{formKey}/submissions/{submissionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A submission: its answers with the definition of the version it was filled with, history, internal comments, next steps (each read is audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                    submissionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The submission */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffFormSubmission"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found), form (form_not_found) or submission (form_submission_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/forms/{formKey}/submissions/{submissionId}/documents/{fileName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document generated by a workflow transition, as PDF in the language the form was filled in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                    submissionId: string;
                    fileName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found), form (form_not_found) or submission (form_submission_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/forms/{formKey}/submissions/{submissionId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Moves a submission on along its workflow and runs the transition’s actions (e-mail, completion request, assignment, document) in one transaction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                    submissionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FormTransitionRequest"];
                };
            };
            responses: {
                /** @description The status event */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FormSubmissionEvent"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Your roles may not make this transition (transition_forbidden), or the staff checks (forbidden, cross_site_request…) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found), form (form_not_found) or submission (form_submission_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The workflow has no such transition from the current status (transition_not_allowed) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/forms/{formKey}/submissions/{submissionId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An internal comment on a submission: staff only, never shown to the citizen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                    submissionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FormCommentRequest"];
                };
            };
            responses: {
                /** @description The comment */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FormSubmissionEvent"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found), form (form_not_found) or submission (form_submission_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/forms/{formKey}/definition.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A form’s current version as tenants/<slug>/forms/<key>.yaml (what tenants:export writes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The YAML file, as a download */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/yaml": string;
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found) or form (form_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The commune’s forms are managed as code in its forms/*.yaml files (forms_managed_as_code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/forms/{formKey}/definition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A form’s current definition, to edit it (admin, form-agent; communes with source: admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The form */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EditableForm"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found) or form (form_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The commune’s forms are managed as code in its forms/*.yaml files (forms_managed_as_code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Saves an edited form: a changed definition becomes a new version (submissions keep theirs), an unchanged one writes nothing */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The form’s key */
                    formKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FormContentRequest"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedForm"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found) or form (form_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change removes a file field an event type’s attachment is given at (form_attachment_field_needed), or the commune’s forms are managed as code in its forms/*.yaml files (forms_managed_as_code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The definition is not valid (invalid_form_definition), each error with its path */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stages.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The commune’s stages as tenants/<slug>/stages.yaml (what tenants:export writes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The YAML file, as a download */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/yaml": string;
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found) or stage (stage_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The commune’s stages are managed as code in its stages.yaml (stages_managed_as_code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The commune’s stages to edit, with the places, question forms and languages a stage may use (admin, stage-manager; communes with source: admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Stages */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageEditorList"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found) or stage (stage_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The commune’s stages are managed as code in its stages.yaml (stages_managed_as_code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Creates a stage with its sessions, last in the catalogue, in a commune with source: admin (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewStageRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedStage"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found) or stage (stage_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A stage with this key exists, even removed (stage_exists), or the commune’s stages are managed as code (stages_managed_as_code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The stage is not valid (invalid_stage), each error with its path */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stages/{stageKey}/definition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stage’s current definition, to edit it (admin, stage-manager; communes with source: admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    stageKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The stage */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EditableStage"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found) or stage (stage_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The commune’s stages are managed as code in its stages.yaml (stages_managed_as_code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Saves an edited stage: checked with the commune’s whole stages.yaml, written as tenants:apply writes (changed rows only; a removed session is deactivated), audited */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    stageKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StageContentRequest"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedStage"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found) or stage (stage_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The stages are managed as code (stages_managed_as_code), a session with enrolments would be removed (session_has_enrolments) or its capacity put below its seats taken (capacity_below_seats_taken), each with its path */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The stage is not valid (invalid_stage), each error with its path */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The commune’s event types, bookable places and lent equipment, to edit them (admin; communes with source: admin)
         * @description In the shape of event-types.yaml, with the forms a type may use, the services that give opinions and the missing translations as warnings.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The configuration */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EditableEventConfiguration"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among the person’s (tenant_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The commune’s event types are managed as code in its event-types.yaml (event_types_managed_as_code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-configuration/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adds an event type after the others, offered to requesters at once (communes with source: admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewEventTypeInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedEventConfiguration"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among the person’s (tenant_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A type with this key exists, even removed (event_type_exists), or the commune’s event types are managed as code (event_types_managed_as_code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The configuration is not valid (invalid_event_configuration), each error with its path: unknown form (unknown_form), unknown service (unknown_service), key used twice (duplicate_key), text missing in the default language (missing_default_text), … */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-configuration/types/{typeKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Saves an event type as tenants:apply would from event-types.yaml; an unchanged one writes nothing (communes with source: admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The event type’s key */
                    typeKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventTypeInput"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedEventConfiguration"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found) or event type (event_type_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The commune’s event types are managed as code in its event-types.yaml (event_types_managed_as_code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The configuration is not valid (invalid_event_configuration), each error with its path: unknown form (unknown_form), unknown service (unknown_service), key used twice (duplicate_key), text missing in the default language (missing_default_text), … */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Removes an event type as tenants:apply does (deactivated: past requests keep it), unless open requests are of that type */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    /** @description The event type’s key */
                    typeKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedEventConfiguration"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found) or event type (event_type_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Open requests (drafts, not yet decided, or approved and not yet over) are of this type (event_type_in_use), or the commune’s event types are managed as code (event_types_managed_as_code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-configuration/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Saves the bookable places, in order, as tenants:apply would; a place left out is removed (communes with source: admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventPlacesInput"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedEventConfiguration"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among the person’s (tenant_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Open requests book a place left out (event_place_in_use), or the commune’s event types are managed as code (event_types_managed_as_code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The configuration is not valid (invalid_event_configuration), each error with its path: unknown form (unknown_form), unknown service (unknown_service), key used twice (duplicate_key), text missing in the default language (missing_default_text), … */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-configuration/equipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Saves the equipment lent and its stock, in order, as tenants:apply would; an item left out is removed (communes with source: admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventEquipmentInputList"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedEventConfiguration"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among the person’s (tenant_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Open requests borrow equipment left out (event_equipment_in_use) or more units at once than a lowered stock (event_equipment_stock_in_use), or the commune’s event types are managed as code (event_types_managed_as_code) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The configuration is not valid (invalid_event_configuration), each error with its path: unknown form (unknown_form), unknown service (unknown_service), key used twice (duplicate_key), text missing in the default language (missing_default_text), … */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My household’s stage invoices
         * @description One invoice per confirmed seat, newest first: amount, due day, status, the commune’s account (IBAN, BIC, beneficiary), the structured communication (+++ddd/dddd/ddddd+++) and, while open, the EPC payment QR code (its payload, and its modules as an SVG path). Empty without a household.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description My invoices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyInvoices"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The commune’s stage invoices (admin, stage-manager), newest first, optionally of one status */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "paid" | "cancelled" | "released";
                };
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Invoices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffInvoices"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among the person’s (tenant_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/invoices/{invoiceId}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that an open invoice was paid (admin, stage-manager; audited): no reminder, the seat is kept */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Paid */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffInvoice"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such invoice in it (invoice_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already paid, cancelled or released (invoice_not_open) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/household/children/{childId}/health-sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The health sheet of a child of my household */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    childId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The sheet */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthSheet"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such child in my household (child_not_found), no sheet yet (health_sheet_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Write the health sheet of a child of my household
         * @description Replaces the whole sheet. Stored encrypted; the animators of the child’s sessions read what they need, and every such read is recorded.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    childId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HealthSheetInput"];
                };
            };
            responses: {
                /** @description The sheet */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthSheet"];
                    };
                };
                /** @description The sheet is not valid; nothing was saved */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such child in my household (child_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the animators need of the confirmed children’s health sheets (each read is audited)
         * @description Allergies, diet, treatments, who may collect the child and photo consent; the doctor and remarks stay with the parents. Stage managers and admins, and the animators of this session.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The children and their needed health information */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionHealth"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such session you may see (stage_session_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/households/{householdId}/children/{childId}/childcare-attestations/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A childcare attestation (form 281.86) of a child for what its household paid in a year (audited)
         * @description Admins and stage managers. The days the child was marked present before turning 14, per paid enrolment of the household, with the amount paid and the commune’s daily cap. 409 attestations_not_issued when the commune has no childcareAttestation settings, nothing_to_attest when no paid day of care falls in the year.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The language of the attestation */
                    lang?: components["schemas"]["Language"] & unknown;
                };
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    childId: string;
                    /** @description The income year */
                    year: number;
                    householdId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The attestation (form 281.86), as a PDF download */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such child in that household (child_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not issued by this commune, or nothing to attest */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/household/children/{childId}/childcare-attestations/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My childcare attestation (form 281.86) for a child of my household and an income year
         * @description What my household paid for the child’s stages that year, for the days the child attended before turning 14. 409 nothing_to_attest when there is nothing paid to attest, attestations_not_issued when the commune issues none.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The language of the attestation */
                    lang?: components["schemas"]["Language"] & unknown;
                };
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    childId: string;
                    /** @description The income year */
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The attestation (form 281.86), as a PDF download */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune, or no such child in my household (child_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not issued by this commune, or nothing to attest */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Alive */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthStatus"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process can serve requests: its database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthStatus"];
                    };
                };
                /** @description The database does not answer */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A commune’s public configuration
         * @description Names, languages, theme tokens and the online services a commune offers: what widgets need to render. Answers carry an ETag; send it back in If-None-Match to get 304.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The commune’s public configuration */
                200: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicTenant"];
                    };
                };
                /** @description Not modified since the ETag sent in If-None-Match */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The commune’s stage catalogue
         * @description Active stages with their sessions: days, hours, ages, place, prices, when enrolment opens and who may enrol now, and seats left (read live). Filters combine; a stage is listed with the sessions that pass them.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Sessions with a day in this ISO week (2027-W28) or in the week of this date */
                    week?: string;
                    /** @description Sessions open to a child of this age (in years, on the first day) */
                    age?: number | null;
                    /** @description Sessions open to a child born on this day (age judged on each first day) */
                    birthDate?: string;
                    category?: components["schemas"]["StageCategory"];
                    /** @description A place’s key */
                    place?: string;
                };
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The catalogue */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageCatalogue"];
                    };
                };
                /** @description A query parameter is unknown or not valid (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/stages/{stageKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One stage with all its sessions
         * @description What a link to one stage opens; seats left are read live.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    /** @description The stage’s key */
                    stageKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The stage */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Stage"];
                    };
                };
                /** @description A query parameter was given (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such stage in this commune (stage_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The kinds of events one may ask the commune to allow
         * @description Active event types in configured order: the form to fill, the attachments required, the lead time in calendar days and whether an approved event of the type may appear in the open calendar.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The event types */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventTypes"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/event-places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public places one may book for an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The bookable places */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventPlaces"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/event-equipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The equipment one may borrow for an event, with the units the commune owns */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The equipment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventEquipment"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/event-availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether an event could be held then and there
         * @description Checks the type’s lead time (Brussels calendar days from today to the first day), whether requests being handled or approved already hold the place at an overlapping time (their dates only), and how many units of each piece of equipment are still free over the period.
         */
        get: {
            parameters: {
                query: {
                    /** @description The event type’s key */
                    type: string;
                    /** @description A bookable place’s key; without one, only the lead time and equipment are checked */
                    place?: string;
                    /** @description When the event starts */
                    from: string;
                    /** @description When it ends */
                    to: string;
                    /** @description Equipment to borrow, as key:quantity pairs */
                    equipment?: string;
                };
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The checks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventAvailability"];
                    };
                };
                /** @description A query parameter is missing, unknown or malformed (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Dates reversed, too long or too far ahead (event_dates_invalid); unknown type, place or equipment */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open calendar: upcoming approved public events
         * @description Approved events whose requester asked them to be public and whose type may be published, not over yet and on at some time between the first and last day (Brussels), in start order. Nothing about who asked.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only events of this type */
                    type?: string;
                    /** @description First day (default: today) */
                    from?: string;
                    /** @description Last day (default: a year after the first) */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventCalendar"];
                    };
                };
                /** @description A query parameter is unknown or malformed (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The last day is before the first, or the range is over a year (event_dates_invalid) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/events.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open calendar as an iCalendar feed (RFC 5545)
         * @description The same events as GET …/events, for calendar applications: one VEVENT per event with a stable UID, times in Europe/Brussels (VTIMEZONE included), texts in `lang` or the commune’s default language.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only events of this type */
                    type?: string;
                    /** @description First day (default: today) */
                    from?: string;
                    /** @description Last day (default: a year after the first) */
                    to?: string;
                    /** @description Language of the texts (default: the commune’s) */
                    lang?: components["schemas"]["Language"] & unknown;
                };
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The calendar */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description A query parameter is unknown or malformed (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The last day is before the first, or the range is over a year (event_dates_invalid) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/event-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My event requests in this commune, and those of my associations
         * @description Every request I made in this commune and every request of an association I belong to, drafts included, the latest event first.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description My requests */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventRequestList"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Start an event permit request (a draft)
         * @description Writes a draft with its reference: type, title, dates, a bookable place or an address, attendance, equipment to borrow, the answers given so far to the type’s form and whether to publish it once approved. The type, place and equipment must be offered by the commune; the answers, lead time, clashes and stock are checked on submission. Made on behalf of one of my associations, every member sees it and edits its draft.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventRequestInput"];
                };
            };
            responses: {
                /** @description The draft */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventRequest"];
                    };
                };
                /** @description Not valid; nothing was written */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not one of my associations (association_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Impossible dates (event_dates_invalid); unknown type, place or equipment; nothing was written */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/event-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my event requests
         * @description Its status, what it asks, its history (each change, by the requester or the commune, with comments) and, while incomplete, what the commune asked to complete.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventRequest"];
                    };
                };
                /** @description Not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such request of mine or of my associations (event_request_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Change my draft, or a request the commune sent back as incomplete
         * @description Replaces what the request asks (same body as creating it). The status stays: an incomplete request is submitted again once completed. The reference never changes.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventRequestInput"];
                };
            };
            responses: {
                /** @description The request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventRequest"];
                    };
                };
                /** @description Not valid; nothing was written */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such request of mine or of my associations (event_request_not_found), not one of my associations (association_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Submitted and not sent back (event_request_not_editable); nothing was written */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Impossible dates; unknown type, place or equipment; nothing was written */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/event-requests/{requestId}/attachments/{uploadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file attached to one of my event requests
         * @description A file linked to the request when it was submitted (an id of a file answer in its `answers`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                    uploadId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, as stored */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such request of mine or of my associations (event_request_not_found), no such file attached to it (event_request_attachment_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/event-requests/{requestId}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit my event request to the commune
         * @description Checks the answers with the forms engine against the current version of the type’s form, the type’s lead time, that no request being handled or approved holds the place at an overlapping time, and that the equipment is still free over the period, and the type’s attachments: each one whose key is a file field of the form needs a file there, and every file named must be an upload of mine for that field (POST …/forms/{formKey}/uploads), not used yet (or already this request’s), of a type and size the attachment takes; the files are then linked to the request. Any failure is 422 event_request_refused with every reason in `errors` ({ path, code, message }: lead_time, place_taken, equipment_short, or under `answers.` required, upload_not_usable, file_type, file_too_large and the engine’s codes, checked in the language of Accept-Language when the commune offers it, else the requester’s) and nothing changes. Submissions of one commune are checked one at a time, so a place or equipment is never promised twice. The requester gets an e-mail with the reference.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Submitted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventRequest"];
                    };
                };
                /** @description Not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such request of mine or of my associations (event_request_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already submitted, decided or withdrawn (event_request_not_submittable) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request cannot be submitted (event_request_refused, with every reason) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/event-requests/{requestId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw my event request
         * @description Possible at any time before the decision; the request stays (reference and history) as withdrawn and no longer holds its place or equipment. The advisors of the services asked for an opinion are e-mailed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventRequestWithdrawal"];
                };
            };
            responses: {
                /** @description Withdrawn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventRequest"];
                    };
                };
                /** @description Not valid; nothing was written */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such request of mine or of my associations (event_request_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already decided, withdrawn or closed (event_request_not_withdrawable) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/associations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The associations I belong to in this commune
         * @description Each with my role (owner or member), by name: the choices of “on behalf of” in an event request.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description My associations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssociationList"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register an association I act for; I become its owner
         * @description Its name, BCE/KBO number (checked with its mod-97 checksum; none for a de facto association), address (Belgian postal codes checked, as for households) and contact, kept for its next requests. Field errors come back as association_details_invalid with each field in `errors`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssociationInput"];
                };
            };
            responses: {
                /** @description The association */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Association"];
                    };
                };
                /** @description Not valid (association_details_invalid with field errors); nothing was saved */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/associations/{associationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my associations, with its members
         * @description Its details, its members with their roles and, for owners, the invitations sent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    associationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The association */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Association"];
                    };
                };
                /** @description Not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not one of my associations (association_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Correct my association’s details
         * @description Any member may: they all act for it. Replaces the details (same body and checks as registering it); requests already submitted keep pointing to the association, with its current details.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    associationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssociationInput"];
                };
            };
            responses: {
                /** @description The association */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Association"];
                    };
                };
                /** @description Not valid (association_details_invalid with field errors); nothing was saved */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not one of my associations (association_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/associations/{associationId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite someone into my association by e-mail (owners)
         * @description Mails a link to the commune’s website with `?communa-association-invitation=<token>`, valid 14 days, in the invited person’s language when they already have an account, else the commune’s. Only the token’s hash is kept. The invited person answers it signed in with that address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    associationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssociationInvitationInput"];
                };
            };
            responses: {
                /** @description The association, with the invitation among those sent */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Association"];
                    };
                };
                /** @description Not valid; nothing was saved */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not an owner of the association (association_owner_required), or the calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not one of my associations (association_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already a member (association_already_member), already invited (association_already_invited) or too many pending (association_too_many_invitations) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/associations/{associationId}/invitations/{associationInvitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel an invitation of my association (owners)
         * @description Its link stops working at once; the invitation stays listed as cancelled.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    associationId: string;
                    associationInvitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not an owner of the association (association_owner_required), or the calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not one of my associations (association_not_found), no such invitation of it (association_invitation_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already answered, cancelled or expired (association_invitation_closed) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/associations/{associationId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Leave my association (my own user id), or remove a member (owners)
         * @description The person no longer sees the association’s requests and drafts; those they made themselves stay theirs too. The last owner can leave only once nobody else is left, or after making another member an owner.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    associationId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Removing someone else without being an owner (association_owner_required), or the calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not one of my associations (association_not_found), no such member (association_member_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The last owner, while other members remain (association_last_owner) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Make a member an owner, or an owner a member (owners) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    associationId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssociationMemberPatch"];
                };
            };
            responses: {
                /** @description The association */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Association"];
                    };
                };
                /** @description Not valid; nothing was saved */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not an owner of the association (association_owner_required), or the calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not one of my associations (association_not_found), no such member (association_member_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description It would leave the association without an owner (association_last_owner) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/association-invitations/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What the invitation of a mailed link is, before answering it
         * @description The association, who invited me and as what. The token travels in the body, not the URL, so it is never logged. Only for the address it was sent to.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssociationInvitationToken"];
                };
            };
            responses: {
                /** @description The invitation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceivedAssociationInvitation"];
                    };
                };
                /** @description Not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such invitation for my address (association_invitation_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already answered, cancelled or expired (association_invitation_closed) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/association-invitations/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the invitation of a mailed link: I join the association
         * @description Signed in with the invited address. I then see and edit its drafts and see its requests. Someone already a member keeps their role.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssociationInvitationToken"];
                };
            };
            responses: {
                /** @description The association joined */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Association"];
                    };
                };
                /** @description Not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such invitation for my address (association_invitation_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already answered, cancelled or expired (association_invitation_closed) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/association-invitations/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline the invitation of a mailed link
         * @description Signed in with the invited address; its link stops working and the owners see it declined.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssociationInvitationToken"];
                };
            };
            responses: {
                /** @description Declined */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such invitation for my address (association_invitation_not_found), or no such commune */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already answered, cancelled or expired (association_invitation_closed) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The commune’s event requests (admin, event-reviewer, event-decider, service-advisor)
         * @description Submitted requests (never drafts), soonest event first, at most 500, filtered by status, type, place, days (events still on from a day, starting by a day) and words of the reference, title or requester; with the count of the commune’s requests per status. A service advisor lists (and counts) only the requests an opinion was asked of one of their services about.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only requests in this status */
                    status?: components["schemas"]["EventRequestStatus"] & unknown;
                    /** @description Only requests of this event type */
                    type?: string;
                    /** @description Only events still on from this day (Brussels) */
                    from?: string;
                    /** @description Only events starting by this day (Brussels) */
                    to?: string;
                    /** @description Only requests for this bookable place */
                    place?: string;
                    /** @description Words found in the reference, title or requester’s name or e-mail */
                    q?: string;
                };
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The requests */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEventRequestList"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among the person’s (tenant_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One event request with its requester, history, the form definition of its answers, opinions and decision (admin, event-reviewer, event-decider, service-advisor of a service asked; each read is audited)
         * @description A service advisor reads only requests an opinion was asked of one of their services about, and only those services’ opinions; any other request answers 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEventRequest"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such request in it (event_request_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-requests/{requestId}/attachments/{uploadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file the requester attached (whoever reads the request; audited)
         * @description The uploads linked to the request when it was submitted: the ids are those of the file answers in the request’s `answers`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                    uploadId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, as stored */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such request you may read, or no such file attached to it (event_request_not_found, event_request_attachment_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-requests/{requestId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a submitted request under review (admin, event-reviewer)
         * @description The requester is told by e-mail, in their language.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventRequestReview"];
                };
            };
            responses: {
                /** @description Under review */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEventRequest"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such request in it (event_request_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not a submitted request (event_request_transition_refused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-requests/{requestId}/incomplete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a request back to its requester to complete (admin, event-reviewer)
         * @description The comment says what is missing; the requester sees it on the request, gets it by e-mail in their language, edits the request and submits it again.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventRequestIncomplete"];
                };
            };
            responses: {
                /** @description Sent back */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEventRequest"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such request in it (event_request_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not submitted or under review (event_request_transition_refused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requested and approved events over some days, with clashes and over-allocated equipment (admin, event-reviewer, event-decider)
         * @description Requests from submitted to approved (those holding a place or equipment) on at some time between the first and last day (Brussels), in start order. Each says which requests hold the same place at an overlapping time and which equipment it asks beyond the stock the overlapping requests leave, by the rules a requester meets on submission. No requester.
         */
        get: {
            parameters: {
                query: {
                    /** @description First day (Brussels) */
                    from: string;
                    /** @description Last day (Brussels), at most 62 days on */
                    to: string;
                };
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEventCalendar"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among the person’s (tenant_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The last day is before the first, or the range is over 62 days (event_dates_invalid) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The commune’s advisory services and who speaks for each (admin, event staff)
         * @description The services of event-types.yaml that give opinions on event requests, with the advisors set on each (members holding the service-advisor role).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The services */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventServiceList"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among the person’s (tenant_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/staff/members/{memberId}/event-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the advisory services a service advisor speaks for (admin; audited)
         * @description Replaces the member’s services. The member must hold the service-advisor role to be given any; an empty list removes them from every service.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant: string;
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MemberEventServicesInput"];
                };
            };
            responses: {
                /** @description The member’s services */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberEventServices"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours (tenant_not_found) or no such member (member_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not a service advisor (member_not_advisor), or no such service (event_service_unknown); nothing written */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-requests/{requestId}/opinion-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the commune’s services for their opinion on a request (admin, event-reviewer)
         * @description From under review (the request moves to opinions-requested) or while opinions are requested (to ask more services). One pending opinion per service, due on `dueOn`; by default the services the event type lists. Each service’s advisors are e-mailed in their language (the service’s configured address when nobody is set on it yet), then reminded from two days before the due date and daily once overdue.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventOpinionRequest"];
                };
            };
            responses: {
                /** @description Asked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEventRequest"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such request in it (event_request_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not under review or waiting for opinions (event_request_transition_refused), or a service was already asked (event_opinion_already_requested) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A service the commune does not have (event_service_unknown), none to ask (event_opinion_no_services), or a due date in the past (event_opinion_due_date_past); nothing was written */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-requests/{requestId}/opinions/{serviceKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Give (or amend) my service’s opinion on a request (service-advisor of that service; audited)
         * @description favourable, favourable-with-conditions (with the conditions, offered to the decider) or unfavourable, with optional reasons. May be amended while the request waits for opinions; once decided (or withdrawn) it is final. Only an advisor set on the service by an admin gives it; any other person gets 404.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                    serviceKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventOpinionInput"];
                };
            };
            responses: {
                /** @description Given */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEventRequest"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, no such request you may read (event_request_not_found), or no opinion asked of one of your services (event_opinion_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request no longer waits for opinions (event_opinion_closed) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-requests/{requestId}/opinions/{serviceKey}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a file to my service’s opinion (service-advisor of that service)
         * @description The body is the file itself (X-Communa-File-Name carries its name). As for form uploads, its type is read from its content (magic bytes): PDF, JPEG or PNG, photos re-encoded without metadata; at most 10 MiB (413) and 10 files per opinion. Only while the request waits for opinions.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The file’s name, percent-encoded (encodeURIComponent); `file` when absent */
                    "x-communa-file-name"?: string;
                };
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                    serviceKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventOpinionAttachment"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such request or opinion of one of your services (event_opinion_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request no longer waits for opinions (event_opinion_closed), or the opinion has 10 files */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Larger than 10 MiB; nothing was stored */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not a PDF, JPEG or PNG by its content (event_opinion_attachment_type_refused) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-requests/{requestId}/opinions/{serviceKey}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file of a service’s opinion (whoever reads the opinion; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                    serviceKey: string;
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, as stored */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such request, opinion or file you may read (event_request_not_found, event_opinion_not_found, event_opinion_attachment_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-requests/{requestId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a request and issue its letter (admin, event-decider; audited)
         * @description approved, approved-with-conditions (conditions given, else those of the services’ opinions) or refused, with a motivation; from under review or while opinions are requested (opinions still pending stay so, no longer reminded nor given). The decision letter (PDF) is written once, from the commune’s letterhead and eventDecisionLetter settings, in the requester’s language, kept as issued and mailed to the requester with the decision. The advisors of the services asked for an opinion are e-mailed the outcome.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventDecisionInput"];
                };
            };
            responses: {
                /** @description Decided */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEventRequest"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such request in it (event_request_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not under review or waiting for opinions (event_request_transition_refused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Approved with conditions but none given nor offered by the opinions (event_decision_conditions_required) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-requests/{requestId}/decision-letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The decision letter of a request as issued (PDF; whoever reads the request; audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The decision letter, as a PDF download */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such request you may read (event_request_not_found) or no decision yet (event_decision_letter_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{tenant}/event-requests/{requestId}/closing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a decided request (admin, event-decider; audited)
         * @description Files a decided request away, for example once a refusal is settled or the event is over. The worker also closes every decided request the day after its event ends. An approved event closed before it ends leaves the open calendar.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventRequestClosing"];
                };
            };
            responses: {
                /** @description Closed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEventRequest"];
                    };
                };
                /** @description Malformed request (validation_failed) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in to the back-office, or a bearer token was sent (unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such commune among yours, or no such request in it (event_request_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not decided, or already closed (event_request_not_closable) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/me/event-requests/{requestId}/decision-letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The decision letter of my event request (PDF)
         * @description As the commune issued it, in my language at the time; 404 before the decision.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The commune’s slug */
                    tenant: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The decision letter, as a PDF download */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in, or the session has expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The calling website may not embed this commune */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such request of mine (event_request_not_found) or no decision yet (event_decision_letter_not_found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Household: {
            /** Format: uuid */
            id: string;
            street: string;
            number: string;
            box: string | null;
            postalCode: string;
            city: string;
            country: string;
            /** @description E.164 */
            phone: string | null;
            /**
             * @description Declared from the postal code against the commune’s; staff confirm it
             * @enum {string}
             */
            residency: "declared_resident" | "declared_non_resident";
            /** @enum {string} */
            residencyStatus: "declared" | "confirmed" | "corrected";
            children: components["schemas"]["Child"][];
        };
        Child: {
            /** Format: uuid */
            id: string;
            firstName: string;
            lastName: string;
            /** Format: date */
            birthDate: string;
            /** @description 11 digits, without separators */
            niss: string | null;
        };
        Problem: {
            /** @example urn:communa:problem:tenant_not_found */
            type: string;
            title: string;
            status: number;
            detail?: string;
            /** @example tenant_not_found */
            code: string;
            requestId?: string;
            errors?: components["schemas"]["FieldError"][];
        };
        FieldError: {
            /** @example services.0.title */
            path: string;
            /** @example invalid_type */
            code: string;
            message: string;
        };
        HouseholdInput: {
            street: string;
            /** @example 12 */
            number: string;
            box?: string | null;
            /**
             * @description Checked as Belgian when country is BE
             * @example 4000
             */
            postalCode: string;
            city: string;
            /**
             * @default BE
             * @example BE
             */
            country: string;
            /** @example +32 4 123 45 67 */
            phone?: string | null;
        };
        ChildInput: {
            firstName: string;
            lastName: string;
            /**
             * Format: date
             * @example 2018-05-14
             */
            birthDate: string;
            /** @description National register or BIS number */
            niss?: string | null;
        };
        ChildPatch: {
            firstName?: string;
            lastName?: string;
            /** Format: date */
            birthDate?: string;
            niss?: string | null;
        };
        PersonalDataExport: {
            /** Format: date-time */
            exportedAt: string;
            commune: string;
            identity: {
                email: string;
                name: string;
                language: string | null;
            };
            household: components["schemas"]["Household"] & (Record<string, never> | null);
            stageEnrolments: components["schemas"]["MyEnrolment"][];
            healthSheets: {
                /** Format: uuid */
                childId: string;
                sheet: components["schemas"]["HealthSheet"];
            }[];
        };
        MyEnrolment: {
            /** Format: uuid */
            id: string;
            /** @example LIE-2027-4F7K2 */
            reference: string;
            /**
             * @description offered: a freed seat is held for this child until offerExpiresAt; accept or decline it before then
             * @enum {string}
             */
            status: "confirmed" | "waitlisted" | "offered" | "cancelled";
            /** @description While waitlisted: 1 is next */
            waitlistPosition: number | null;
            /** Format: date-time */
            offerExpiresAt: string | null;
            cancellation: components["schemas"]["Cancellation"];
            priceCents: number;
            residencyUnconfirmed: boolean;
            /** Format: date-time */
            createdAt: string;
            child: {
                /** Format: uuid */
                id: string;
                firstName: string;
                lastName: string;
            };
            session: {
                /** Format: uuid */
                id: string;
                key: string;
                days: string[];
                hours: {
                    from: string;
                    to: string;
                };
                stage: {
                    key: string;
                    title: components["schemas"]["LocalizedText"];
                };
            };
        };
        /** @description Once cancelled: why, fee and credit */
        Cancellation: {
            /** @enum {string} */
            reason: "personal" | "medical" | "offer_declined" | "offer_expired" | "unpaid";
            /** @description What cancelling costs, 0 when free */
            feeCents: number;
            /** @description What is no longer owed, or given back once paid: the price less the fee */
            creditCents: number;
            /** Format: date-time */
            cancelledAt: string;
        } | null;
        /**
         * @description Text per language; every language the commune offers is present.
         * @example {
         *       "fr": "Stages de vacances",
         *       "nl": "Vakantiestages"
         *     }
         */
        LocalizedText: {
            fr?: string;
            nl?: string;
            de?: string;
            en?: string;
        };
        HealthSheet: components["schemas"]["HealthSheetInput"] & {
            /** Format: date-time */
            updatedAt: string;
        };
        HealthTreatment: {
            medication: string;
            dose: string;
            /** @description When it is taken, e.g. “at noon with the meal” */
            when: string;
        };
        /** @default null */
        HealthDoctor: {
            name: string;
            /** @example +32 4 123 45 67 */
            phone: string;
        } | null;
        HealthCollector: {
            name: string;
            /** @example +32 4 123 45 67 */
            phone: string;
            /** @example Grandmother */
            relation: string;
        };
        HealthSheetInput: {
            /** @default  */
            allergies: string;
            /** @default  */
            dietaryNeeds: string;
            /** @default [] */
            treatments: components["schemas"]["HealthTreatment"][];
            doctor?: components["schemas"]["HealthDoctor"];
            /** @description People allowed to collect the child (at least one) */
            collectors: components["schemas"]["HealthCollector"][];
            /** @description Whether the child may appear in photos */
            photoConsent: boolean;
            /** @default  */
            remarks: string;
        };
        CoParentInvitations: {
            sent: components["schemas"]["CoParentInvitation"][];
            /** @description Pending invitations to my address */
            received: components["schemas"]["CoParentInvitation"][];
        };
        CoParentInvitation: {
            /** Format: uuid */
            id: string;
            /** @description The invited parent’s address */
            email: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
            invitedBy: {
                name: string;
                email: string;
            };
            children: {
                /** Format: uuid */
                id: string;
                firstName: string;
                lastName: string;
            }[];
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        CoParentInvitationInput: {
            /** Format: email */
            email: string;
            childIds: string[];
        };
        MyEnrolments: {
            enrolments: components["schemas"]["MyEnrolment"][];
        };
        EnrolmentAnswer: {
            /** Format: uuid */
            sessionId: string;
            /** @description One per child, in the order asked */
            results: components["schemas"]["EnrolmentResult"][];
        };
        EnrolmentResult: {
            /** Format: uuid */
            childId: string;
            /** @enum {string} */
            status: "confirmed";
            /** Format: uuid */
            enrolmentId: string;
            /** @example LIE-2027-4F7K2 */
            reference: string;
            priceCents: number;
            /** @description Enrolled in a residents’ window before staff confirmed the residency: staff will check it */
            residencyUnconfirmed: boolean;
        } | {
            /** Format: uuid */
            childId: string;
            /** @enum {string} */
            status: "waitlisted";
            /** Format: uuid */
            enrolmentId: string;
            /** @example LIE-2027-4F7K2 */
            reference: string;
            /** @description Place on the waitlist, 1 first */
            position: number;
            /** @description The price should a seat be offered */
            priceCents: number;
            residencyUnconfirmed: boolean;
        } | {
            /** Format: uuid */
            childId: string;
            /** @enum {string} */
            status: "refused";
            /** @enum {string} */
            reason: "child_not_found" | "not_open_yet" | "enrolment_closed" | "age_out_of_range" | "already_enrolled" | "overlapping_session" | "sibling_refused";
            /**
             * Format: date-time
             * @description With not_open_yet: when this household may enrol
             */
            opensAt?: string;
        };
        DrawTicketAnswer: {
            /** Format: uuid */
            sessionId: string;
            /** @enum {string} */
            status: "pending_draw";
            /**
             * Format: uuid
             * @description The request’s ticket; siblings asked together share it
             */
            ticketId: string;
            /**
             * Format: date-time
             * @description When the draw runs; seats and waitlist places then come by e-mail and in my enrolments
             */
            drawAt: string;
            /** @description SHA-256 of the draw’s seed (hex), revealed after the draw */
            seedHash: string;
            /** @description One per child, in the order asked: on the ticket, or refused with the reason */
            results: ({
                /** Format: uuid */
                childId: string;
                /** @enum {string} */
                status: "pending_draw";
            } | {
                /** Format: uuid */
                childId: string;
                /** @enum {string} */
                status: "refused";
                /** @enum {string} */
                reason: "child_not_found" | "not_open_yet" | "enrolment_closed" | "age_out_of_range" | "already_enrolled" | "overlapping_session" | "sibling_refused";
                /**
                 * Format: date-time
                 * @description With not_open_yet: when this household may enrol
                 */
                opensAt?: string;
            })[];
        };
        EnrolmentRequest: {
            /**
             * Format: uuid
             * @description The session’s id, as the catalogue gives it
             */
            sessionId: string;
            /** @description Children of my household, enrolled in this order */
            childIds: string[];
            /**
             * @description Siblings stay together: all get a seat or all go to the waitlist, and if one is refused, none is enrolled
             * @default false
             */
            allOrNone: boolean;
            /**
             * @description When the stage asks questions (its questions form): each child’s answers, by child id, checked with the forms engine against the form’s current version
             * @example {
             *       "0b7c6e52-9d1e-4f0a-8a55-2f1d3c4b5a69": {
             *         "swimming-level": "confident"
             *       }
             *     }
             */
            answers?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        SessionDraws: {
            /** Format: uuid */
            sessionId: string;
            draws: {
                window: {
                    /** Format: date-time */
                    opensAt: string;
                    /** @enum {string} */
                    for: "residents" | "everyone";
                };
                /** Format: date-time */
                drawAt: string;
                /** @description SHA-256 of the seed’s 32 bytes, hex, published when the window opens */
                seedHash: string;
                /** @description The seed (32 bytes, hex), revealed once drawn; null before */
                seed: string | null;
                /** Format: date-time */
                drawnAt: string | null;
                /** @description Whether tickets with priority go first (a residents’ window) */
                prioritised: boolean;
                /** @description Every ticket, by id */
                tickets: {
                    /** Format: uuid */
                    id: string;
                    /** @description How many children share the ticket */
                    children: number;
                    allOrNone: boolean;
                    /** @description A resident household in a residents’ window: drawn first */
                    priority: boolean;
                    /** @description Place in the drawn order, once drawn */
                    rank: number | null;
                }[];
            }[];
        };
        CancelledEnrolment: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "cancelled";
            cancellation: components["schemas"]["Cancellation"];
        };
        CancellationRequest: {
            /**
             * @description medical waives the fee where the session allows it (a certificate may be asked for)
             * @enum {string}
             */
            reason: "personal" | "medical";
        };
        OfferAnswerResult: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "confirmed" | "cancelled";
        };
        FormList: {
            forms: components["schemas"]["FormSummary"][];
        };
        FormSummary: {
            key: string;
            version: number;
            title: components["schemas"]["LocalizedText"];
            /**
             * @description signed-in: a citizen’s session is needed; anonymous: sent without an account; either: both
             * @enum {string}
             */
            access: "signed-in" | "anonymous" | "either";
        };
        PublicForm: {
            key: string;
            version: number;
            /**
             * @description signed-in: a citizen’s session is needed; anonymous: sent without an account; either: both
             * @enum {string}
             */
            access: "signed-in" | "anonymous" | "either";
            /** @description The forms engine’s FormDefinition (packages/forms) of the current version: pages, sections, fields, conditions, computed values */
            definition: {
                [key: string]: unknown;
            };
        };
        FormUpload: {
            /**
             * Format: uuid
             * @description Put it in the file answer’s `id` when sending the form
             */
            id: string;
            name: string;
            /**
             * @description The type read from the content
             * @example image/jpeg
             */
            type: string;
            /** @description Bytes stored (photos are re-encoded without metadata) */
            size: number;
        };
        FormSubmissionAnswer: {
            /** @example LIE-2026-7KQ3M */
            reference: string;
            /**
             * @description The workflow status key
             * @example submitted
             */
            status: string;
            statusLabel: components["schemas"]["LocalizedText"];
            /** Format: date-time */
            submittedAt: string;
            /** @description Sent anonymously only: with the reference (the case code), the only way to follow the case. Shown once, stored hashed. */
            caseSecret?: string;
        };
        FormSubmissionRequest: {
            /** @description The version of the form filled in */
            version: number;
            /** @description Answers keyed by field key, as the forms engine reads them (packages/forms) */
            answers: {
                [key: string]: unknown;
            };
            language: components["schemas"]["Language"];
        };
        /**
         * @description The language the form was shown in
         * @example fr
         * @enum {string}
         */
        Language: "fr" | "nl" | "de" | "en";
        FormDraft: {
            formKey: string;
            version: number;
            /** @description Answers keyed by field key, as the forms engine reads them (packages/forms) */
            answers: {
                [key: string]: unknown;
            };
            page: number;
            /** Format: date-time */
            updatedAt: string;
        };
        FormDraftRequest: {
            /** @description The version of the form filled in */
            version: number;
            /** @description Answers keyed by field key, as the forms engine reads them (packages/forms) */
            answers: {
                [key: string]: unknown;
            };
            /** @description The page (0 first) to resume on */
            page: number;
        };
        MySubmissions: {
            submissions: components["schemas"]["MySubmission"][];
        };
        MySubmission: {
            reference: string;
            formKey: string;
            formTitle: components["schemas"]["LocalizedText"];
            /** @description The last status visible to citizens */
            status: string;
            statusLabel: components["schemas"]["LocalizedText"];
            /** Format: date-time */
            submittedAt: string;
            /** @description What staff wrote to the citizen with the latest step (for example what to complete); internal comments never appear */
            staffComment: string | null;
        };
        ErasureRequestAccepted: {
            /**
             * Format: date-time
             * @example 2026-07-01T08:30:00.000Z
             */
            requestedAt: string;
        };
        StaffMe: {
            user: {
                /** Format: uuid */
                id: string;
                email: string;
                name: string;
                /** @enum {string|null} */
                language: "fr" | "nl" | "de" | "en" | null;
            };
            hasPassword: boolean;
            twoFactorEnabled: boolean;
            secondFactorVerified: boolean;
            communes: components["schemas"]["StaffCommune"][];
        };
        StaffCommune: {
            slug: string;
            names: components["schemas"]["LocalizedText"];
            defaultLanguage: components["schemas"]["Language"];
            /** @enum {string} */
            source: "code" | "admin";
            roles: components["schemas"]["StaffRole"][];
            /** @description The roles here require a TOTP code this session has not given (enrol first if twoFactorEnabled is false) */
            needsSecondFactor: boolean;
        };
        /** @enum {string} */
        StaffRole: "admin" | "stage-manager" | "animator" | "event-reviewer" | "event-decider" | "service-advisor" | "form-agent";
        StaffInvitationView: {
            /** Format: uuid */
            id: string;
            tenant: {
                slug: string;
                names: components["schemas"]["LocalizedText"];
            };
            roles: components["schemas"]["StaffRole"][];
            /** @enum {string} */
            status: "pending" | "accepted" | "rejected" | "canceled";
            /** Format: date-time */
            expiresAt: string;
        };
        AcceptedInvitation: {
            slug: string;
        };
        StaffList: {
            members: components["schemas"]["StaffMember"][];
            invitations: components["schemas"]["StaffInvitation"][];
        };
        StaffMember: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            email: string;
            name: string;
            roles: components["schemas"]["StaffRole"][];
            /** Format: date-time */
            createdAt: string;
        };
        StaffInvitation: {
            /** Format: uuid */
            id: string;
            email: string;
            roles: components["schemas"]["StaffRole"][];
            /** @enum {string} */
            status: "pending" | "accepted" | "rejected" | "canceled";
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        StaffInvitationInput: {
            /** Format: email */
            email: string;
            roles: components["schemas"]["StaffRole"][];
        };
        StaffRolesInput: {
            roles: components["schemas"]["StaffRole"][];
        };
        AuditPage: {
            events: components["schemas"]["AuditEvent"][];
            nextCursor: string | null;
        };
        AuditEvent: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            at: string;
            actorEmail: string | null;
            /** @example staff.roles_changed */
            action: string;
            targetType: string | null;
            targetId: string | null;
            ip: string | null;
        };
        StaffHouseholds: {
            households: components["schemas"]["StaffHousehold"][];
        };
        StaffHousehold: {
            /** Format: uuid */
            id: string;
            street: string;
            number: string;
            box: string | null;
            postalCode: string;
            city: string;
            country: string;
            /** @description E.164 */
            phone: string | null;
            /**
             * @description Declared from the postal code against the commune’s; staff confirm it
             * @enum {string}
             */
            residency: "declared_resident" | "declared_non_resident";
            /** @enum {string} */
            residencyStatus: "declared" | "confirmed" | "corrected";
            members: {
                email: string;
                name: string;
            }[];
            children: {
                /** Format: uuid */
                id: string;
                firstName: string;
                lastName: string;
                /** Format: date */
                birthDate: string;
            }[];
        };
        ResidencyStatus: {
            /**
             * @description The residency now on record
             * @enum {string}
             */
            residency: "declared_resident" | "declared_non_resident";
            /** @enum {string} */
            residencyStatus: "confirmed" | "corrected";
        };
        ResidencyDecision: {
            /**
             * @description What the commune found, e.g. from the population register
             * @enum {string}
             */
            residency: "declared_resident" | "declared_non_resident";
        };
        StaffStageSessions: {
            sessions: components["schemas"]["StaffStageSessionSummary"][];
        };
        StaffStageSessionSummary: {
            /** Format: uuid */
            id: string;
            /** @example semaine-28 */
            key: string;
            stage: {
                key: string;
                title: components["schemas"]["LocalizedText"];
            };
            place: components["schemas"]["StagePlace"];
            days: string[];
            hours: {
                from: string;
                to: string;
            };
            ages: {
                min: number;
                max: number;
            };
            capacity: number;
            seatsTaken: number;
            /**
             * @description Seats taken over capacity, 0 to 1
             * @example 0.75
             */
            fillRate: number;
            /** @description Children waiting now */
            waitlistCount: number;
        };
        StagePlace: {
            key: string;
            /** @example Piscine de Jonfosse */
            name: string;
            address: {
                street: string;
                number: string;
                box?: string;
                postalCode: string;
                city: string;
            };
        };
        StaffStageSession: {
            /** Format: uuid */
            id: string;
            /** @example semaine-28 */
            key: string;
            stage: {
                key: string;
                title: components["schemas"]["LocalizedText"];
            };
            place: components["schemas"]["StagePlace"];
            days: string[];
            hours: {
                from: string;
                to: string;
            };
            ages: {
                min: number;
                max: number;
            };
            capacity: number;
            seatsTaken: number;
            /**
             * @description Seats taken over capacity, 0 to 1
             * @example 0.75
             */
            fillRate: number;
            /** @description Children waiting now */
            waitlistCount: number;
            enrolled: components["schemas"]["StaffRosterEntry"][];
            /** @description Offered a freed seat first, then waiting in order */
            waitlist: components["schemas"]["StaffRosterEntry"][];
            cancelled: components["schemas"]["StaffRosterEntry"][];
            animators: {
                /** Format: uuid */
                userId: string;
                name: string;
                email: string;
            }[];
        };
        StaffRosterEntry: {
            /** Format: uuid */
            enrolmentId: string;
            reference: string;
            status: components["schemas"]["StaffEnrolmentStatus"];
            waitlistPosition: number | null;
            child: {
                /** Format: uuid */
                id: string;
                firstName: string;
                lastName: string;
                /** Format: date */
                birthDate: string;
                /** @description Years on the session’s first day */
                age: number;
            };
            household: {
                /** Format: uuid */
                id: string;
                /** @example Rue Léopold 1, 4000 Liège */
                address: string;
                /**
                 * @description Declared from the postal code against the commune’s; staff confirm it
                 * @enum {string}
                 */
                residency: "declared_resident" | "declared_non_resident";
                /** @enum {string} */
                residencyStatus: "declared" | "confirmed" | "corrected";
                guardians: {
                    name: string;
                    email: string;
                }[];
            };
            /** @description Enrolled in a residents’ window while staff had not confirmed the residency */
            residencyUnconfirmed: boolean;
            /** Format: date-time */
            enrolledAt: string;
            /** @description The child’s answers to the stage’s questions, labelled by the form version they were given to, in field order (none when no question was asked) */
            answers: {
                key: string;
                label: components["schemas"]["LocalizedText"];
                text: components["schemas"]["LocalizedText"];
            }[];
        };
        /** @enum {string} */
        StaffEnrolmentStatus: "confirmed" | "waitlisted" | "offered" | "cancelled";
        StageAttendance: {
            /** Format: date */
            day: string;
            marks: {
                /** Format: uuid */
                enrolmentId: string;
                status: components["schemas"]["AttendanceStatus"];
                /** Format: date-time */
                recordedAt: string | null;
            }[];
        };
        /**
         * @description null: not taken yet
         * @enum {string|null}
         */
        AttendanceStatus: "present" | "absent" | "excused" | null;
        StageAttendanceInput: {
            marks: {
                /** Format: uuid */
                enrolmentId: string;
                status: components["schemas"]["AttendanceStatus"];
            }[];
        };
        StaffEnrolment: {
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            sessionId: string;
            reference: string;
            status: components["schemas"]["StaffEnrolmentStatus"];
            priceCents: number;
            residencyUnconfirmed: boolean;
        };
        StaffEnrolmentInput: {
            /** Format: uuid */
            childId: string;
            /** Format: uuid */
            householdId: string;
        };
        StaffEnrolmentMove: {
            /** Format: uuid */
            toSessionId: string;
        };
        StaffEnrolmentResidencyDecision: {
            /** Format: uuid */
            householdId: string;
            /**
             * @description Declared from the postal code against the commune’s; staff confirm it
             * @enum {string}
             */
            residency: "declared_resident" | "declared_non_resident";
            /** @enum {string} */
            residencyStatus: "confirmed" | "corrected";
            unflaggedEnrolmentIds: string[];
        };
        StaffEnrolmentResidency: {
            /**
             * @description What the commune found in the population register
             * @enum {string}
             */
            residency: "declared_resident" | "declared_non_resident";
        };
        StageSessionAnimators: {
            animators: {
                /** Format: uuid */
                userId: string;
                name: string;
                email: string;
            }[];
        };
        StageSessionAnimatorsInput: {
            userIds: string[];
        };
        StageSessionMessageAnswer: {
            /** @description Guardians written to */
            recipients: number;
        };
        StageSessionMessageInput: {
            /** @example Sortie à la piscine jeudi */
            subject: string;
            /** @description Plain text; a blank line starts a new paragraph */
            text: string;
            /**
             * @description enrolled: the families of confirmed children (and of children offered a seat); enrolled-and-waitlisted: those of the waitlist too
             * @default enrolled
             * @enum {string}
             */
            audience: "enrolled" | "enrolled-and-waitlisted";
        };
        StaffForms: {
            forms: components["schemas"]["StaffForm"][];
        };
        StaffForm: {
            key: string;
            version: number;
            title: components["schemas"]["LocalizedText"];
            statuses: components["schemas"]["FormWorkflowStatus"][];
            /** @description Submissions per status key */
            counts: {
                [key: string]: number;
            };
        };
        FormWorkflowStatus: {
            key: string;
            label: components["schemas"]["LocalizedText"];
            color: string;
            visibleToCitizen: boolean;
            final: boolean;
        };
        FormInbox: {
            form: components["schemas"]["StaffForm"];
            submissions: components["schemas"]["FormInboxEntry"][];
            nextCursor: string | null;
        };
        FormInboxEntry: {
            /** Format: uuid */
            id: string;
            reference: string;
            /** Format: date-time */
            submittedAt: string;
            status: string;
            assignee: {
                /** Format: uuid */
                userId: string;
                name: string;
                email: string;
            } | null;
            /** @description The first answers, as text */
            summary: string;
        };
        StaffFormSubmission: {
            /** Format: uuid */
            id: string;
            reference: string;
            formKey: string;
            version: number;
            /** @description The FormDefinition of the version this submission was filled with, to label its answers */
            definition: {
                [key: string]: unknown;
            };
            statuses: components["schemas"]["FormWorkflowStatus"][];
            answers: {
                [key: string]: unknown;
            };
            language: components["schemas"]["Language"];
            status: string;
            assignee: {
                /** Format: uuid */
                userId: string;
                name: string;
                email: string;
            } | null;
            anonymous: boolean;
            /** Format: date-time */
            submittedAt: string;
            transitions: components["schemas"]["FormTransitionChoice"][];
            history: components["schemas"]["FormSubmissionEvent"][];
            documents: {
                fileName: string;
                url: string;
            }[];
        };
        FormTransitionChoice: {
            to: string;
            label: components["schemas"]["LocalizedText"] & (Record<string, never> | null);
            actions: string[];
            /** @description Whether one of your roles may make it */
            allowed: boolean;
        };
        FormSubmissionEvent: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "status" | "comment";
            fromStatus: string | null;
            toStatus: string | null;
            comment: string | null;
            /** @enum {string} */
            visibility: "internal" | "citizen";
            /** @enum {string} */
            actor: "citizen" | "staff" | "system";
            actorName: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        FormTransitionRequest: {
            to: string;
            comment?: string;
            /**
             * Format: uuid
             * @description For an assign action: who (default: you)
             */
            assignee?: string;
        };
        FormCommentRequest: {
            comment: string;
        };
        EditableForm: {
            key: string;
            version: number;
            /**
             * @description signed-in: a citizen’s session is needed; anonymous: sent without an account; either: both
             * @enum {string}
             */
            access: "signed-in" | "anonymous" | "either";
            /** @description The FormDefinition of packages/forms without `key` and `version`, as in tenants/<slug>/forms/<key>.yaml */
            definition: {
                [key: string]: unknown;
            };
            languages: {
                offered: components["schemas"]["Language"][];
                default: components["schemas"]["Language"];
            };
            /** @description Texts missing in an offered language (`missing_translation`): citizens get the default one */
            warnings: components["schemas"]["FieldError"][];
        };
        SavedForm: {
            key: string;
            version: number;
            /** @description Whether a new version was written */
            changed: boolean;
            /** @description Texts missing in an offered language (`missing_translation`): citizens get the default one */
            warnings: components["schemas"]["FieldError"][];
        };
        FormContentRequest: {
            /**
             * @description signed-in: a citizen’s session is needed; anonymous: sent without an account; either: both
             * @enum {string}
             */
            access: "signed-in" | "anonymous" | "either";
            /** @description The FormDefinition of packages/forms without `key` and `version`, as in tenants/<slug>/forms/<key>.yaml */
            definition: {
                [key: string]: unknown;
            };
        };
        NewFormRequest: components["schemas"]["FormContentRequest"] & {
            /** @description The form’s key (its file name): lower-case letters, digits and - */
            key: string;
        };
        StageEditorList: {
            stages: {
                key: string;
                title: components["schemas"]["LocalizedText"];
                /** @enum {string} */
                category: "sports" | "swimming" | "arts" | "music" | "nature" | "science" | "languages" | "cooking" | "multi";
                /** @description The key of its place */
                place: string;
                /** @description Active sessions */
                sessions: number;
            }[];
            /** @description The places the commune’s stages use */
            places: components["schemas"]["StagePlace"][];
            /** @description Active forms whose questions a stage may ask for each child */
            questionForms: {
                key: string;
                title: components["schemas"]["LocalizedText"];
            }[];
            categories: ("sports" | "swimming" | "arts" | "music" | "nature" | "science" | "languages" | "cooking" | "multi")[];
            languages: {
                offered: components["schemas"]["Language"][];
                default: components["schemas"]["Language"];
            };
        };
        EditableStage: {
            key: string;
            /** @description A stage as in tenants/<slug>/stages.yaml without its `key`, its `place` written out in full ({ key, name, address }: a new key adds a place, a known one changes it for every stage held there). Each session’s `days` is { from, to, weekdays, except } (public holidays left out) or { dates }; its enrolment { windows, allocation } or { opensAt, allocation }. */
            definition: {
                [key: string]: unknown;
            };
            /** @description What each session holds now: one with enrolments cannot be removed, nor its capacity put below its seats taken */
            sessions: {
                key: string;
                seatsTaken: number;
                /** @description Enrolments not cancelled (confirmed, offered, waitlisted) */
                enrolments: number;
            }[];
            /** @description The places the commune’s stages use */
            places: components["schemas"]["StagePlace"][];
            /** @description Active forms whose questions a stage may ask for each child */
            questionForms: {
                key: string;
                title: components["schemas"]["LocalizedText"];
            }[];
            categories: ("sports" | "swimming" | "arts" | "music" | "nature" | "science" | "languages" | "cooking" | "multi")[];
            languages: {
                offered: components["schemas"]["Language"][];
                default: components["schemas"]["Language"];
            };
            /** @description Texts missing in an offered language (`missing_translation`): parents get the default one */
            warnings: components["schemas"]["FieldError"][];
        };
        SavedStage: {
            key: string;
            /** @description Whether anything was written */
            changed: boolean;
            /** @description Texts missing in an offered language (`missing_translation`): parents get the default one */
            warnings: components["schemas"]["FieldError"][];
        };
        StageContentRequest: {
            /** @description A stage as in tenants/<slug>/stages.yaml without its `key`, its `place` written out in full ({ key, name, address }: a new key adds a place, a known one changes it for every stage held there). Each session’s `days` is { from, to, weekdays, except } (public holidays left out) or { dates }; its enrolment { windows, allocation } or { opensAt, allocation }. */
            definition: {
                [key: string]: unknown;
            };
        };
        NewStageRequest: components["schemas"]["StageContentRequest"] & {
            /**
             * @description The stage’s key: lower-case letters, digits and dashes, starting with a letter (2 to 41)
             * @example robotique
             */
            key: string;
        };
        EditableEventConfiguration: {
            languages: {
                offered: components["schemas"]["Language"][];
                default: components["schemas"]["Language"];
            };
            /** @description The commune’s active forms a type may use */
            forms: {
                key: string;
                title: components["schemas"]["LocalizedText"];
            }[];
            /** @description The services that give opinions */
            services: {
                key: string;
                name: components["schemas"]["LocalizedText"];
            }[];
            types: components["schemas"]["EventTypeConfig"][];
            places: components["schemas"]["EventPlaceInput"][];
            equipment: components["schemas"]["EventEquipmentInput"][];
            /** @description Texts missing in an offered language (`missing_translation`): citizens get the default one */
            warnings: components["schemas"]["FieldError"][];
        };
        EventTypeConfig: components["schemas"]["EventTypeInput"] & {
            /** @example concert */
            key: string;
        };
        EventAttachmentInput: {
            /** @example site-plan */
            key: string;
            label: components["schemas"]["LocalizedText"];
            /**
             * @example [
             *       "application/pdf",
             *       "image/jpeg"
             *     ]
             */
            accept: string[];
            /** @description Whole megabytes, 1 to 50 */
            maxSizeMb: number;
        };
        EventTypeInput: {
            name: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            /**
             * @description The key of one of the commune’s forms
             * @example event-gathering
             */
            form: string;
            attachments: components["schemas"]["EventAttachmentInput"][];
            /** @description Calendar days before the first day, 0 to 365 */
            leadTimeDays: number;
            /** @description Keys of the services that must give an opinion */
            opinions: string[];
            publicCalendar: boolean;
        };
        EventPlaceInput: {
            /** @example place-licourt */
            key: string;
            /** @example Place Licourt */
            name: string;
            address: components["schemas"]["EventAddress"];
            /** @description People it holds at once */
            capacity: number;
        };
        EventAddress: {
            street: string;
            number: string;
            box?: string;
            postalCode: string;
            city: string;
        };
        EventEquipmentInput: {
            /** @example nadar-barriers */
            key: string;
            name: components["schemas"]["LocalizedText"];
            /** @description Units the commune owns */
            stock: number;
        };
        SavedEventConfiguration: {
            /** @description Whether anything was written */
            changed: boolean;
            /** @description Texts missing in an offered language (`missing_translation`): citizens get the default one */
            warnings: components["schemas"]["FieldError"][];
        };
        NewEventTypeInput: components["schemas"]["EventTypeInput"] & {
            /** @example flea-market */
            key: string;
        };
        EventPlacesInput: {
            places: components["schemas"]["EventPlaceInput"][];
        };
        EventEquipmentInputList: {
            equipment: components["schemas"]["EventEquipmentInput"][];
        };
        MyInvoices: {
            invoices: components["schemas"]["MyInvoice"][];
        };
        MyInvoice: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enrolmentId: string;
            /** @description The enrolment’s reference */
            reference: string;
            childFirstName: string;
            stageTitle: components["schemas"]["LocalizedText"];
            /** Format: date */
            firstDay: string;
            amountCents: number;
            /** @enum {string} */
            status: "open" | "paid" | "cancelled" | "released";
            /** Format: date-time */
            issuedAt: string;
            /** Format: date */
            dueOn: string;
            /** Format: date-time */
            paidAt: string | null;
            /** @example +++000/1000/00195+++ */
            structuredCommunication: string;
            iban: string;
            bic: string;
            beneficiary: string;
            /** @description Only while the invoice is open */
            epc: {
                /** @description The EPC069-12 payload the QR code encodes */
                payload: string;
                qr: {
                    /** @description Modules per side, quiet zone included */
                    size: number;
                    /** @description SVG path of the dark modules, for viewBox="0 0 size size" */
                    path: string;
                };
            } | null;
        };
        StaffInvoices: {
            invoices: components["schemas"]["StaffInvoice"][];
        };
        StaffInvoice: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enrolmentId: string;
            /** @description The enrolment’s reference */
            reference: string;
            childFirstName: string;
            stageTitle: components["schemas"]["LocalizedText"];
            /** Format: date */
            firstDay: string;
            amountCents: number;
            /** @enum {string} */
            status: "open" | "paid" | "cancelled" | "released";
            /** Format: date-time */
            issuedAt: string;
            /** Format: date */
            dueOn: string;
            /** Format: date-time */
            paidAt: string | null;
            /** @example +++000/1000/00195+++ */
            structuredCommunication: string;
        };
        SessionHealth: {
            /** Format: uuid */
            sessionId: string;
            children: components["schemas"]["SessionHealthEntry"][];
        };
        SessionHealthEntry: {
            /** Format: uuid */
            enrolmentId: string;
            /** Format: uuid */
            childId: string;
            firstName: string;
            lastName: string;
            /** @description null: the parents have not filled in a health sheet */
            sheet: {
                /** @default  */
                allergies: string;
                /** @default  */
                dietaryNeeds: string;
                /** @default [] */
                treatments: components["schemas"]["HealthTreatment"][];
                /** @description People allowed to collect the child (at least one) */
                collectors: components["schemas"]["HealthCollector"][];
                /** @description Whether the child may appear in photos */
                photoConsent: boolean;
            } | null;
        };
        HealthStatus: {
            /** @enum {string} */
            status: "ok";
        };
        PublicTenant: {
            /** @example liege */
            slug: string;
            name: components["schemas"]["LocalizedText"];
            languages: {
                offered: components["schemas"]["Language"][];
                default: components["schemas"]["Language"];
            };
            /** @description A test space: widgets show a banner, no e-mail leaves */
            sandbox: boolean;
            theme: components["schemas"]["Theme"];
            contact: {
                email: string;
                phone: string;
                website: string;
                address: {
                    street: string;
                    number: string;
                    box?: string;
                    postalCode: string;
                    city: string;
                };
            };
            privacyNoticeUrl: string;
            /**
             * @description Days a child’s health sheet is kept after the end of the child’s last session (and after its last change), then deleted
             * @example 30
             */
            healthSheetRetentionDays: number;
            services: components["schemas"]["PublicService"][];
        };
        Theme: {
            /** @example #b5121b */
            colorPrimary: string;
            colorOnPrimary: string;
            colorAccent: string;
            colorSurface: string;
            colorText: string;
            /** @example 6px */
            radius: string;
            /** @example inherit */
            font: string;
        };
        PublicService: {
            /** @example stages */
            key: string;
            /** @enum {string} */
            kind: "stages" | "events" | "forms" | "link";
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            /**
             * Format: uri
             * @description Page of the commune’s website where the service is embedded
             */
            pageUrl: string;
        };
        StageCatalogue: {
            stages: components["schemas"]["Stage"][];
            /**
             * Format: date-time
             * @description The instant seat counts and statuses were read
             */
            generatedAt: string;
        };
        Stage: {
            /** @example multisports */
            key: string;
            category: components["schemas"]["StageCategory"];
            title: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            place: components["schemas"]["StagePlace"];
            /** @description The questions asked for each child at enrolment: a form of the commune (its definition at GET /v1/tenants/{tenant}/forms/{key}), answered per child in the enrolment’s answers; null when none */
            questionsForm: {
                /** @example stage-questions-swimming */
                key: string;
                version: number;
            } | null;
            sessions: components["schemas"]["StageSession"][];
        };
        /** @enum {string} */
        StageCategory: "sports" | "swimming" | "arts" | "music" | "nature" | "science" | "languages" | "cooking" | "multi";
        StageSession: {
            /**
             * Format: uuid
             * @description What an enrolment names as its sessionId
             */
            id: string;
            /** @example semaine-28 */
            key: string;
            /** @description The actual days, public holidays left out */
            days: string[];
            /**
             * @description ISO weeks the days fall in
             * @example [
             *       "2027-W28"
             *     ]
             */
            weeks: string[];
            /** @description Daily hours, Brussels time */
            hours: {
                from: string;
                to: string;
            };
            /** @description Age in years on the first day, both included */
            ages: {
                min: number;
                max: number;
            };
            capacity: number;
            /** @description Read live (at most 2 s old) */
            seatsLeft: number;
            prices: {
                residentCents: number;
                nonResidentCents: number;
                socialCents: number | null;
                /** @description From a household’s second child in the session */
                siblingReduction: {
                    cents: number;
                    /** @enum {string} */
                    per: "session" | "week";
                } | null;
            };
            enrolment: {
                /** Format: date-time */
                opensAt: string;
                windows: {
                    /** Format: date-time */
                    from: string;
                    for: components["schemas"]["EnrolmentAudience"];
                }[];
                /** @enum {string} */
                status: "upcoming" | "open" | "closed";
                /** @description Who may enrol now; null unless open */
                currentWindow: {
                    /** Format: date-time */
                    from: string;
                    for: components["schemas"]["EnrolmentAudience"];
                } | null;
                allocation: {
                    /** @enum {string} */
                    mode: "first-come" | "draw";
                    drawMinutes: number | null;
                };
            };
            cancellation: {
                freeUntilDaysBefore: number;
                feeCents: number;
                medicalException: boolean;
            };
        };
        /** @enum {string} */
        EnrolmentAudience: "residents" | "everyone";
        EventTypes: {
            types: components["schemas"]["EventType"][];
        };
        EventType: {
            /** @example neighbourhood-party */
            key: string;
            name: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            /**
             * @description The key of the form the requester fills
             * @example event-gathering
             */
            form: string;
            /** @description Calendar days (Brussels) needed before the first day */
            leadTimeDays: number;
            attachments: components["schemas"]["EventAttachment"][];
            /** @description Whether an approved event of this type may be published */
            publicCalendar: boolean;
        };
        EventAttachment: {
            /** @example site-plan */
            key: string;
            label: components["schemas"]["LocalizedText"];
            /**
             * @example [
             *       "application/pdf",
             *       "image/jpeg"
             *     ]
             */
            accept: string[];
            maxSizeMb: number;
        };
        EventPlaces: {
            places: components["schemas"]["EventPlace"][];
        };
        EventPlace: {
            /** @example place-saint-lambert */
            key: string;
            /** @example Place Saint-Lambert */
            name: string;
            address: components["schemas"]["EventAddress"];
            capacity: number;
        };
        EventEquipment: {
            equipment: components["schemas"]["EventEquipmentItem"][];
        };
        EventEquipmentItem: {
            /** @example nadar-barriers */
            key: string;
            name: components["schemas"]["LocalizedText"];
            /** @description Units the commune owns */
            stock: number;
        };
        EventAvailability: {
            leadTimeOk: boolean;
            /**
             * Format: date
             * @description The earliest first day the type’s lead time allows
             */
            earliestStart: string;
            placeFree: boolean;
            /** @description When the place is already asked for; nothing about who asked */
            clashes: {
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
            }[];
            equipment: {
                key: string;
                requested: number;
                available: number;
            }[];
        };
        EventCalendar: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            events: components["schemas"]["PublicEvent"][];
        };
        PublicEvent: {
            /** Format: uuid */
            id: string;
            /** @example Fête de la rue Saint-Gilles */
            title: string;
            type: {
                key: string;
                name: components["schemas"]["LocalizedText"];
            };
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description The booked place, or null when the event is at an address */
            place: {
                key: string;
                name: string;
                address: components["schemas"]["EventAddress"];
            } | null;
            address: components["schemas"]["EventAddress"] & (Record<string, never> | null);
        };
        EventRequestList: {
            requests: components["schemas"]["EventRequestSummary"][];
        };
        EventRequestSummary: {
            /** Format: uuid */
            id: string;
            /** @example LIE-2027-4F7K2 */
            reference: string;
            type: string;
            title: string;
            status: components["schemas"]["EventRequestStatus"];
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description The association it is asked on behalf of, with its current details */
            association: {
                /** Format: uuid */
                id: string;
                name: string;
                companyNumber: string | null;
            } | null;
        };
        /** @enum {string} */
        EventRequestStatus: "draft" | "submitted" | "incomplete" | "under-review" | "opinions-requested" | "approved" | "approved-with-conditions" | "refused" | "withdrawn" | "closed";
        EventRequest: {
            /** Format: uuid */
            id: string;
            /** @example LIE-2027-4F7K2 */
            reference: string;
            type: string;
            title: string;
            status: components["schemas"]["EventRequestStatus"];
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            place: string | null;
            address: components["schemas"]["EventAddress"] & (Record<string, never> | null);
            expectedAttendance: number | null;
            equipment: {
                /** @example nadar-barriers */
                key: string;
                quantity: number;
            }[];
            answers: {
                [key: string]: unknown;
            };
            formVersion: number | null;
            public: boolean;
            /** Format: date-time */
            submittedAt: string | null;
            /** @description While incomplete: what the commune asked the requester to complete */
            requestedChanges: string | null;
            /** @description The association it is asked on behalf of, with its current details */
            association: {
                /** Format: uuid */
                id: string;
                name: string;
                companyNumber: string | null;
            } | null;
            /**
             * @description What the requester is expected to do: submit the draft, complete it as requestedChanges says and submit again, wait for the commune, read the decision (and download its letter), or nothing more
             * @enum {string}
             */
            expected: "submit" | "complete" | "wait" | "read-decision" | "nothing";
            decision: components["schemas"]["EventDecision"];
            history: components["schemas"]["EventRequestHistoryEntry"][];
        };
        /** @description Once decided: the outcome and its letter */
        EventDecision: {
            outcome: components["schemas"]["EventDecisionOutcome"];
            /** @description The conditions the permit is granted under */
            conditions: string | null;
            motivation: string;
            /** Format: date-time */
            decidedAt: string;
            /** @description Whether the decision letter (PDF) can be downloaded (…/decision-letter) */
            letter: boolean;
        } | null;
        /** @enum {string} */
        EventDecisionOutcome: "approved" | "approved-with-conditions" | "refused";
        EventRequestHistoryEntry: {
            fromStatus: components["schemas"]["EventRequestStatus"] & (string | null);
            toStatus: components["schemas"]["EventRequestStatus"];
            /** @enum {string} */
            actor: "requester" | "staff";
            comment: string | null;
            /** Format: date-time */
            at: string;
        };
        EventRequestInput: {
            /** @example neighbourhood-party */
            type: string;
            /** @example Fête de la rue Saint-Gilles */
            title: string;
            /**
             * Format: date-time
             * @example 2027-06-12T14:00:00+02:00
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2027-06-12T23:00:00+02:00
             */
            endsAt: string;
            /**
             * @description A bookable place’s key
             * @example place-du-marche
             */
            place?: string;
            /** @description Where the event is held when it is not a bookable place */
            address?: {
                street: string;
                number: string;
                box?: string;
                postalCode: string;
                city: string;
            };
            expectedAttendance?: number;
            /** @default [] */
            equipment: {
                /** @example nadar-barriers */
                key: string;
                quantity: number;
            }[];
            /**
             * @description Answers to the type’s form, checked by the forms engine on submission
             * @default {}
             */
            answers: {
                [key: string]: unknown;
            };
            /**
             * @description Show it in the open calendar once approved (if its type allows)
             * @default false
             */
            public: boolean;
            /**
             * Format: uuid
             * @description Asked on behalf of one of my associations: all its members then see it and edit its draft
             */
            associationId?: string | null;
        };
        EventRequestWithdrawal: {
            comment?: string;
        };
        AssociationList: {
            associations: components["schemas"]["AssociationSummary"][];
        };
        AssociationSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description Formatted 0123.456.749
             * @example 0403.170.701
             */
            companyNumber: string | null;
            myRole: components["schemas"]["AssociationRole"];
        };
        /** @enum {string} */
        AssociationRole: "owner" | "member";
        Association: components["schemas"]["AssociationSummary"] & {
            address: {
                street: string;
                number: string;
                box: string | null;
                postalCode: string;
                city: string;
                country: string;
            };
            contact: {
                name: string;
                email: string;
                /** @description E.164 */
                phone: string | null;
            };
            members: components["schemas"]["AssociationMember"][];
            /** @description Invitations sent, the latest first (owners only; empty for members) */
            invitations: components["schemas"]["AssociationInvitation"][];
        };
        AssociationMember: {
            /** Format: uuid */
            userId: string;
            name: string;
            email: string;
            role: components["schemas"]["AssociationRole"];
        };
        AssociationInvitation: {
            /** Format: uuid */
            id: string;
            email: string;
            role: components["schemas"]["AssociationRole"];
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        AssociationInput: {
            /** @example Comité de quartier Saint-Gilles */
            name: string;
            /**
             * @description BCE/KBO enterprise number (checksum mod 97); none for a de facto association
             * @example 0403.170.701
             */
            companyNumber?: string | null;
            address: components["schemas"]["AssociationAddress"];
            contact: {
                /** @example Claire Renard */
                name: string;
                /** Format: email */
                email: string;
                /** @example +32 470 12 34 56 */
                phone?: string | null;
            };
        };
        AssociationAddress: {
            street: string;
            /** @example 12 */
            number: string;
            box?: string | null;
            /**
             * @description Checked as Belgian when country is BE
             * @example 4000
             */
            postalCode: string;
            city: string;
            /**
             * @default BE
             * @example BE
             */
            country: string;
        };
        AssociationInvitationInput: {
            /** Format: email */
            email: string;
            role?: components["schemas"]["AssociationRole"];
        };
        AssociationMemberPatch: {
            role: components["schemas"]["AssociationRole"];
        };
        ReceivedAssociationInvitation: {
            association: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            invitedBy: {
                name: string;
                email: string;
            } | null;
            role: components["schemas"]["AssociationRole"];
            /** Format: date-time */
            expiresAt: string;
        };
        AssociationInvitationToken: {
            /** @description The token of the link mailed to the invited address */
            token: string;
        };
        StaffEventRequestList: {
            requests: components["schemas"]["StaffEventRequestSummary"][];
            /** @description The commune’s submitted requests per status, whatever the filter */
            counts: {
                draft?: number;
                submitted?: number;
                incomplete?: number;
                "under-review"?: number;
                "opinions-requested"?: number;
                approved?: number;
                "approved-with-conditions"?: number;
                refused?: number;
                withdrawn?: number;
                closed?: number;
            };
        };
        StaffEventRequestSummary: {
            /** Format: uuid */
            id: string;
            /** @example LIE-2027-4F7K2 */
            reference: string;
            type: string;
            title: string;
            status: components["schemas"]["EventRequestStatus"];
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            place: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            requester: {
                name: string;
                email: string;
            } | null;
        };
        StaffEventRequest: components["schemas"]["EventRequest"] & {
            requester: {
                name: string;
                email: string;
            } | null;
            /** @description The FormDefinition of the version the answers were given to, to label them (null before one) */
            definition: {
                [key: string]: unknown;
            } | null;
            /** @description The opinions asked of services; a service advisor sees only those of their own services */
            opinions: components["schemas"]["EventOpinion"][];
            /** @description The conditions of the favourable-with-conditions opinions, each under its service’s name: what the decision offers by default */
            conditionsFromOpinions: string | null;
        };
        EventOpinion: {
            /** @example police */
            service: string;
            /** @description The service’s name per language */
            serviceName: {
                [key: string]: string;
            };
            status: components["schemas"]["EventOpinionStatus"];
            /** Format: date */
            dueOn: string;
            /** @description Still pending after its due date (Brussels) */
            overdue: boolean;
            /** @description What the reviewer asked the service to look at */
            question: string | null;
            /** Format: date-time */
            requestedAt: string;
            conditions: string | null;
            comment: string | null;
            /** Format: date-time */
            givenAt: string | null;
            givenBy: {
                name: string;
                email: string;
            } | null;
            attachments: components["schemas"]["EventOpinionAttachment"][];
        };
        /** @enum {string} */
        EventOpinionStatus: "pending" | "favourable" | "favourable-with-conditions" | "unfavourable";
        EventOpinionAttachment: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @example application/pdf */
            type: string;
            size: number;
            /** Format: date-time */
            uploadedAt: string;
        };
        EventRequestReview: {
            comment?: string;
        };
        EventRequestIncomplete: {
            /** @description What the requester must complete */
            comment: string;
        };
        StaffEventCalendar: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            events: components["schemas"]["StaffCalendarEvent"][];
        };
        StaffCalendarEvent: {
            /** Format: uuid */
            id: string;
            /** @example LIE-2027-4F7K2 */
            reference: string;
            type: string;
            title: string;
            status: components["schemas"]["EventRequestStatus"];
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            place: string | null;
            equipment: {
                key: string;
                quantity: number;
            }[];
            /** @description Requests holding the same place at an overlapping time */
            clashes: {
                /** Format: uuid */
                id: string;
                reference: string;
                title: string;
            }[];
            /** @description Equipment asked beyond the stock left by the overlapping requests */
            overAllocated: {
                key: string;
                requested: number;
                available: number;
            }[];
        };
        EventServiceList: {
            services: {
                key: string;
                name: {
                    [key: string]: string;
                };
                email: string;
                advisors: {
                    /** Format: uuid */
                    memberId: string;
                    name: string;
                    email: string;
                }[];
            }[];
        };
        MemberEventServices: {
            /** Format: uuid */
            memberId: string;
            services: string[];
        };
        MemberEventServicesInput: {
            services: string[];
        };
        EventOpinionRequest: {
            /** @description The services to ask; by default those the event type lists */
            services?: string[];
            /**
             * Format: date
             * @description The day the opinions are due (Brussels)
             * @example 2027-05-20
             */
            dueOn: string;
            /** @description What the services should look at, sent to them with the request */
            question?: string;
        };
        EventOpinionInput: {
            /** @enum {string} */
            status: "favourable" | "favourable-with-conditions" | "unfavourable";
            /** @description Required with favourable-with-conditions, refused otherwise */
            conditions?: string;
            /** @description The service’s reasons */
            comment?: string;
        };
        EventDecisionInput: {
            outcome: components["schemas"]["EventDecisionOutcome"];
            /** @description With approved-with-conditions only; when left out, the conditions of the services’ opinions (conditionsFromOpinions) are used */
            conditions?: string;
            /** @description Why, as the letter states it */
            motivation: string;
        };
        EventRequestClosing: {
            comment?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
