import type { ProblemCode } from '../problems/problem.ts';

export const eventProblems = {
  typeUnknown: { code: 'event_type_unknown', status: 422, title: 'No such event type in this commune' },
  placeUnknown: { code: 'event_place_unknown', status: 422, title: 'No such bookable place in this commune' },
  equipmentUnknown: {
    code: 'event_equipment_unknown',
    status: 422,
    title: 'No such equipment to borrow in this commune',
  },
  datesInvalid: {
    code: 'event_dates_invalid',
    status: 422,
    title: 'The dates are reversed or outside what may be asked',
  },
} as const satisfies Record<string, ProblemCode>;
