import type { EnrolmentResult, RefusalReason, Stage, StageSession, StagesError } from './stages-api.ts';
import type { StagesMessageKey } from './stages-messages.ts';

/** A message and what fills its placeholders; dates are ISO instants the caller formats. */
export interface Message {
  key: StagesMessageKey;
  params?: Record<string, string>;
  /** Parameters holding an instant (`YYYY-MM-DDTHH:MM…`), to be written as a date and time. */
  instants?: Record<string, string>;
}

export const CATEGORY_TEXT: Readonly<Record<Stage['category'], StagesMessageKey>> = {
  sports: 'categorySports',
  swimming: 'categorySwimming',
  arts: 'categoryArts',
  music: 'categoryMusic',
  nature: 'categoryNature',
  science: 'categoryScience',
  languages: 'categoryLanguages',
  cooking: 'categoryCooking',
  multi: 'categoryMulti',
};

const REFUSAL_TEXT: Readonly<Record<RefusalReason, StagesMessageKey>> = {
  child_not_found: 'refusedChildNotFound',
  not_open_yet: 'refusedNotOpenYet',
  enrolment_closed: 'refusedClosed',
  age_out_of_range: 'refusedAge',
  already_enrolled: 'refusedAlready',
  overlapping_session: 'refusedOverlap',
  sibling_refused: 'refusedSibling',
};

export const ERROR_TEXT: Readonly<Record<StagesError, StagesMessageKey>> = {
  'not-found': 'errorSessionGone',
  forbidden: 'errorForbidden',
  unauthorized: 'errorSessionEnded',
  'household-required': 'errorHousehold',
  invalid: 'errorInvalid',
  network: 'errorRetry',
  server: 'errorServer',
};

/**
 * What a session says about enrolment, in order: when it opens (residents first where a window
 * says so), or that it is open with the seats left, full with the waitlist, or closed; and the
 * draw, when seats are drawn.
 */
export function sessionStatus(session: StageSession): Message[] {
  const { enrolment } = session;
  const lines: Message[] = [];
  if (enrolment.status === 'upcoming') {
    const [first] = enrolment.windows;
    const everyone = enrolment.windows.find((window) => window.for === 'everyone');
    lines.push(
      first?.for === 'residents' && everyone
        ? { key: 'residentsFirst', instants: { date: first.from, everyone: everyone.from } }
        : { key: 'opensOn', instants: { date: enrolment.opensAt } },
    );
  } else if (enrolment.status === 'closed') {
    lines.push({ key: 'closed' });
  } else if (session.seatsLeft <= 0) {
    lines.push({ key: 'full' });
  } else {
    lines.push({ key: 'openNow' });
  }
  if (enrolment.status !== 'closed' && session.seatsLeft > 0) lines.push(seatsMessage(session.seatsLeft));
  if (enrolment.allocation.mode === 'draw' && enrolment.status !== 'closed') {
    lines.push({ key: 'draw', params: { minutes: String(enrolment.allocation.drawMinutes ?? 0) } });
  }
  return lines;
}

export function seatsMessage(seatsLeft: number): Message {
  return seatsLeft === 1
    ? { key: 'seatsLeftOne' }
    : { key: 'seatsLeft', params: { count: String(seatsLeft) } };
}

/** The answer for one child, in plain words. */
export function resultMessage(result: EnrolmentResult, name: string): Message {
  switch (result.status) {
    case 'confirmed':
      return { key: 'confirmed', params: { name, reference: result.reference } };
    case 'waitlisted':
      return {
        key: 'waitlisted',
        params: { name, reference: result.reference, position: String(result.position) },
      };
    case 'refused':
      if (result.reason === 'not_open_yet' && result.opensAt) {
        return { key: 'refusedNotOpenYetAt', params: { name }, instants: { date: result.opensAt } };
      }
      return { key: REFUSAL_TEXT[result.reason], params: { name } };
    default:
      // A request waiting for the session's draw (its result comes by e-mail and in the account).
      return { key: 'drawPendingChild', params: { name } };
  }
}

/** When the draw of a session in its draw period takes place: the end of the first minutes of its current window. */
export function drawMessage(session: StageSession): Message {
  const from = session.enrolment.currentWindow?.from ?? session.enrolment.opensAt;
  const minutes = session.enrolment.allocation.drawMinutes ?? 0;
  return drawAtMessage(new Date(Date.parse(from) + minutes * 60_000).toISOString());
}

/** The draw the request takes part in, at the time the server gave. */
export function drawAtMessage(drawAt: string): Message {
  return { key: 'drawPending', instants: { date: drawAt } };
}
