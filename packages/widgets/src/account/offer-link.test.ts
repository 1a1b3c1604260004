import { describe, expect, it } from 'vitest';
import { readOfferLink, withoutOfferLink } from './offer-link.ts';

const id = '0b6f3c2e-8d1a-4c5e-9f7a-2b3c4d5e6f70';

describe('readOfferLink', () => {
  it('reads the enrolment and the answer the e-mail named', () => {
    expect(readOfferLink(`?communa-offer=${id}&communa-offer-answer=accept`)).toEqual({
      enrolmentId: id,
      answer: 'accept',
    });
    expect(readOfferLink(`?x=1&communa-offer=${id.toUpperCase()}&communa-offer-answer=decline`)).toEqual({
      enrolmentId: id,
      answer: 'decline',
    });
  });

  it('takes a missing or unknown answer as accept, which is only a focus, never an answer', () => {
    expect(readOfferLink(`?communa-offer=${id}`)?.answer).toBe('accept');
    expect(readOfferLink(`?communa-offer=${id}&communa-offer-answer=yes`)?.answer).toBe('accept');
  });

  it('ignores a link without a valid enrolment id', () => {
    expect(readOfferLink('')).toBeUndefined();
    expect(readOfferLink('?communa-offer=&communa-offer-answer=accept')).toBeUndefined();
    expect(readOfferLink('?communa-offer=42&communa-offer-answer=accept')).toBeUndefined();
    expect(readOfferLink(`?communa-offer=${id}x`)).toBeUndefined();
  });
});

describe('withoutOfferLink', () => {
  it('removes only the offer parameters, keeping the rest of the address', () => {
    expect(
      withoutOfferLink(
        `https://www.liege.be/fr/?communa-account=requests&communa-offer=${id}&communa-offer-answer=accept#top`,
      ),
    ).toBe('https://www.liege.be/fr/?communa-account=requests#top');
    expect(withoutOfferLink(`https://www.liege.be/?communa-offer=${id}&communa-offer-answer=decline`)).toBe(
      'https://www.liege.be/',
    );
  });
});
