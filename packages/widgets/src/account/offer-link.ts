/** The query parameters of the seat-offer e-mail's links (apps/api/src/stages/waitlist-offers.ts). */
export const OFFER_PARAM = 'communa-offer';
export const OFFER_ANSWER_PARAM = 'communa-offer-answer';

export type OfferAnswer = 'accept' | 'decline';

export interface OfferLink {
  enrolmentId: string;
  answer: OfferAnswer;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The offer a link names, or undefined; an answer other than decline is read as accept (never sent). */
export function readOfferLink(search: string): OfferLink | undefined {
  const params = new URLSearchParams(search);
  const enrolmentId = params.get(OFFER_PARAM)?.trim() ?? '';
  if (!UUID.test(enrolmentId)) return undefined;
  return {
    enrolmentId: enrolmentId.toLowerCase(),
    answer: params.get(OFFER_ANSWER_PARAM) === 'decline' ? 'decline' : 'accept',
  };
}

/** The same address without the offer's parameters, so a reload or a shared link does not show it again. */
export function withoutOfferLink(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(OFFER_PARAM);
  url.searchParams.delete(OFFER_ANSWER_PARAM);
  return url.toString();
}
