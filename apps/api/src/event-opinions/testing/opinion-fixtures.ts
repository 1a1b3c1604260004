import { expect } from 'vitest';
import type { CitizenSession } from '../../auth/testing/create-citizen-session.ts';
import { eventRequestSchema } from '../../event-requests/event-request-schemas.ts';
import {
  eventRequestClient,
  gatheringAnswers,
  partyRequest,
} from '../../event-requests/testing/event-request-fixtures.ts';
import { brusselsToday } from '../../households/child-rules.ts';
import { addDays } from '../../payments/payment-rules.ts';
import type { StaffSession } from '../../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../../staff/testing/staff-test-kit.ts';
import { TEST_PUBLIC_URL } from '../../testing/offline-app.ts';

export const STAFF_REQUESTS = '/v1/admin/tenants/liege/event-requests';

/** The Brussels day `days` from today. */
export const dayIn = (days: number) => addDays(brusselsToday(new Date()), days);

/** A smallest valid PDF: what its signature is read from. */
export const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** The consent of Liège's gathering form as a Dutch-speaking requester is shown it. */
export const dutchAnswers = () => ({
  ...gatheringAnswers(),
  rules: {
    accepted: true,
    text: 'Ik leef de voorwaarden van de toelating na en laat de openbare ruimte na het evenement schoon achter.',
  },
});

/** Liège's staff routes and a citizen's requests, driven as the workflow goes. */
export function opinionFlow(kit: StaffTestKit) {
  const client = eventRequestClient(kit);
  const post = (who: StaffSession, path: string, body: unknown = {}) =>
    kit.admin(`${STAFF_REQUESTS}${path}`, who, { method: 'POST', body });
  return {
    client,
    post,
    /** A neighbourhood party submitted by `citizen` `days` from now and taken under review. */
    underReview: async (
      citizen: CitizenSession,
      reviewer: StaffSession,
      days: number,
      place: string,
      overrides: Record<string, unknown> = {},
    ) => {
      const draft = eventRequestSchema.parse(
        await (await client.create(citizen, partyRequest(days, { place, ...overrides }))).json(),
      );
      const submitted = await client.submit(citizen, draft.id);
      expect(submitted.status, await submitted.clone().text()).toBe(200);
      const review = await post(reviewer, `/${draft.id}/review`);
      expect(review.status, await review.clone().text()).toBe(200);
      return draft.id;
    },
    askOpinions: async (reviewer: StaffSession, requestId: string, body: Record<string, unknown> = {}) => {
      const res = await post(reviewer, `/${requestId}/opinion-requests`, { dueOn: dayIn(10), ...body });
      expect(res.status, await res.clone().text()).toBe(200);
      return res;
    },
    setServices: async (admin: StaffSession, advisor: StaffSession, services: string[]) => {
      const res = await kit.admin(
        `/v1/admin/tenants/liege/staff/members/${advisor.memberId ?? ''}/event-services`,
        admin,
        { method: 'PUT', body: { services } },
      );
      expect(res.status, await res.clone().text()).toBe(200);
    },
    giveOpinion: (advisor: StaffSession, requestId: string, service: string, body: unknown) =>
      kit.admin(`${STAFF_REQUESTS}/${requestId}/opinions/${service}`, advisor, { method: 'PUT', body }),
    uploadFile: (
      advisor: StaffSession,
      requestId: string,
      service: string,
      bytes: Buffer,
      name = 'avis.pdf',
    ) =>
      kit.platform.app.request(`${STAFF_REQUESTS}/${requestId}/opinions/${service}/attachments`, {
        method: 'POST',
        headers: {
          origin: TEST_PUBLIC_URL,
          cookie: advisor.cookie,
          'x-communa-file-name': encodeURIComponent(name),
          'content-type': 'application/octet-stream',
        },
        body: new Uint8Array(bytes),
      }),
  };
}
