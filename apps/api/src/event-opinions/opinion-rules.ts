import type { EventOpinionStatus } from '@communa/db';
import { addDays } from '../payments/payment-rules.ts';

/** Days before its due date that an opinion still pending is reminded of, once a day. */
export const REMINDER_DAYS_BEFORE = 2;

/** Why a pending opinion is reminded today, if it is: due soon, or overdue. */
export function reminderOf(
  opinion: { status: EventOpinionStatus; dueOn: string; remindedOn: string | null },
  today: string,
): 'due-soon' | 'overdue' | undefined {
  if (opinion.status !== 'pending' || opinion.remindedOn === today) return undefined;
  if (today > opinion.dueOn) return 'overdue';
  return today >= addDays(opinion.dueOn, -REMINDER_DAYS_BEFORE) ? 'due-soon' : undefined;
}

/** The services asked: those named, else the type's; never one already asked for this request. */
export function servicesToAsk(
  named: readonly string[] | undefined,
  typeServices: readonly string[],
  alreadyAsked: readonly string[],
): { ask: string[]; repeated: string[] } {
  const wanted = [...new Set(named && named.length > 0 ? named : typeServices)];
  return {
    ask: wanted.filter((key) => !alreadyAsked.includes(key)),
    repeated: wanted.filter((key) => alreadyAsked.includes(key)),
  };
}

/**
 * The conditions the decider is offered: those of every favourable-with-conditions opinion, each
 * under its service's name, in the order the services were asked. Null when no service set any.
 */
export function conditionsFromOpinions(
  opinions: readonly { status: EventOpinionStatus; serviceName: string; conditions: string | null }[],
): string | null {
  const parts = opinions.flatMap((opinion) =>
    opinion.status === 'favourable-with-conditions' && opinion.conditions
      ? [`${opinion.serviceName}: ${opinion.conditions}`]
      : [],
  );
  return parts.length > 0 ? parts.join('\n\n') : null;
}
