import * as z from 'zod';
import { belgianPublicHolidayOn } from '../stages/belgian-holidays.ts';
import { daysBetween, isCalendarDay, WEEKDAYS } from '../stages/calendar-day.ts';
import { expandDayRange, WORKING_WEEK } from '../stages/session-days.ts';
import { SLUG_PATTERN } from './service.ts';

/** A session longer than this is surely a typo in a date. */
const MAX_SESSION_SPAN_DAYS = 62;

export const stageKeySchema = z
  .string({ error: 'must be a key like multisports-juillet' })
  .regex(SLUG_PATTERN, {
    error: 'must be lower-case letters, digits and dashes, starting with a letter (2 to 41)',
  });

export const calendarDaySchema = z
  .string({ error: 'must be a date written YYYY-MM-DD, like 2027-07-05' })
  .refine(isCalendarDay, { error: (issue) => `"${String(issue.input)}" is not a date written YYYY-MM-DD` });

const clockSchema = z
  .string({ error: 'must be a time written HH:MM, like 09:00' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time written HH:MM (00:00 to 23:59), like 09:00' });

/** Wall-clock time in the commune's time zone; `2027-05-03 09:00` is accepted and written with a T. */
export const wallTimeSchema = z
  .string({ error: 'must be a date and time like 2027-05-03T09:00' })
  .regex(/^\d{4}-\d{2}-\d{2}[T ]([01]\d|2[0-3]):[0-5]\d$/, {
    error: 'must be a date and time written YYYY-MM-DDTHH:MM, like 2027-05-03T09:00',
  })
  .refine((value) => isCalendarDay(value.slice(0, 10)), { error: 'is not a real date' })
  .transform((value) => value.replace(' ', 'T'));

const cents = z
  .int({ error: 'must be a whole number of cents, like 6500 for 65 €' })
  .min(0, { error: 'must not be negative' })
  .max(1_000_000, { error: 'must be at most 1000000 cents (10 000 €)' });

/**
 * The actual days: a list of dates, or a range `from`–`to` over `weekdays` (Monday to Friday unless
 * given) with Belgian public holidays and the days listed in `except` left out. Parsed into the sorted
 * list of days.
 */
const daysSchema = z
  .strictObject({
    dates: z.array(calendarDaySchema, { error: 'must be a list of dates' }).optional(),
    from: calendarDaySchema.optional(),
    to: calendarDaySchema.optional(),
    weekdays: z
      .array(z.enum(WEEKDAYS, { error: () => `must be one of ${WEEKDAYS.join(', ')}` }), {
        error: 'must be a list of weekdays',
      })
      .min(1, { error: 'must name at least one weekday' })
      .optional(),
    /** Days of the range without activity (a trip cancelled, a local holiday). */
    except: z.array(calendarDaySchema, { error: 'must be a list of dates' }).optional(),
  })
  .superRefine((days, ctx) => {
    const range =
      days.from !== undefined ||
      days.to !== undefined ||
      days.weekdays !== undefined ||
      days.except !== undefined;
    if (days.dates !== undefined && range) {
      ctx.addIssue({ code: 'custom', path: [], message: 'give either dates or from/to, not both' });
      return;
    }
    if (days.dates !== undefined) {
      const seen = new Set<string>();
      days.dates.forEach((day, index) => {
        const holiday = belgianPublicHolidayOn(day);
        if (holiday)
          ctx.addIssue({
            code: 'custom',
            path: ['dates', index],
            message: `${day} is a public holiday (${holiday.name})`,
          });
        if (seen.has(day))
          ctx.addIssue({ code: 'custom', path: ['dates', index], message: `${day} is listed twice` });
        seen.add(day);
      });
      if (days.dates.length === 0)
        ctx.addIssue({ code: 'custom', path: ['dates'], message: 'must list at least one day' });
      return;
    }
    if (days.from === undefined || days.to === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: days.from === undefined ? ['from'] : ['to'],
        message: 'is required: give dates, or a range from and to',
      });
      return;
    }
    const span = daysBetween(days.from, days.to);
    if (span < 0) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `is before from (${days.from})` });
      return;
    }
    if (span > MAX_SESSION_SPAN_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `is more than ${MAX_SESSION_SPAN_DAYS} days after from`,
      });
      return;
    }
    const covered = expandDayRange({ from: days.from, to: days.to, weekdays: days.weekdays ?? WORKING_WEEK });
    if (covered.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'has no day: every day is a week-end, another weekday or a public holiday',
      });
      return;
    }
    const except = days.except ?? [];
    const seen = new Set<string>();
    except.forEach((day, index) => {
      if (!covered.includes(day))
        ctx.addIssue({
          code: 'custom',
          path: ['except', index],
          message: `${day} is not one of the range's days`,
        });
      else if (seen.has(day))
        ctx.addIssue({ code: 'custom', path: ['except', index], message: `${day} is listed twice` });
      seen.add(day);
    });
    if (except.length > 0 && covered.every((day) => seen.has(day)))
      ctx.addIssue({ code: 'custom', path: ['except'], message: 'leaves no day' });
  })
  .transform((days) => {
    if (days.dates !== undefined) return [...days.dates].sort();
    const except = new Set(days.except);
    return expandDayRange({
      from: days.from ?? '',
      to: days.to ?? '',
      weekdays: days.weekdays ?? WORKING_WEEK,
    }).filter((day) => !except.has(day));
  });

const hoursSchema = z
  .strictObject({ from: clockSchema, to: clockSchema })
  .refine((hours) => hours.from < hours.to, { error: 'must end after it starts', path: ['to'] });

/** Age in whole years on the session's first day, both bounds included. */
const agesSchema = z
  .strictObject({
    min: z
      .int({ error: 'must be an age in years' })
      .min(0, { error: 'must not be negative' })
      .max(25, { error: 'must be at most 25' }),
    max: z
      .int({ error: 'must be an age in years' })
      .min(0, { error: 'must not be negative' })
      .max(25, { error: 'must be at most 25' }),
  })
  .refine((ages) => ages.min <= ages.max, { error: 'must not be below min', path: ['max'] });

export const SIBLING_REDUCTION_UNITS = ['session', 'week'] as const;

const pricesSchema = z.strictObject({
  residentCents: cents,
  nonResidentCents: cents,
  /** Optional: a commune without a social tariff leaves it out. */
  socialCents: cents.optional(),
  /** From a household's second child in the same session: a flat amount per session, or per week it covers. */
  siblingReduction: z
    .strictObject({
      cents,
      per: z.enum(SIBLING_REDUCTION_UNITS, {
        error: () => `must be ${SIBLING_REDUCTION_UNITS.join(' or ')}`,
      }),
    })
    .optional(),
});

export const AUDIENCES = ['residents', 'everyone'] as const;

export type Audience = (typeof AUDIENCES)[number];

const windowSchema = z.strictObject({
  from: wallTimeSchema,
  for: z.enum(AUDIENCES, { error: () => `must be ${AUDIENCES.join(' or ')}` }),
});

const allocationSchema = z
  .strictObject({
    mode: z.enum(['first-come', 'draw'], { error: () => 'must be first-come or draw' }),
    /** Requests received in the first N minutes after opening are drawn; later ones queue in arrival order. */
    drawMinutes: z
      .int({ error: 'must be a number of minutes' })
      .min(1, { error: 'must be at least 1' })
      .max(1440, { error: 'must be at most 1440 (one day)' })
      .optional(),
  })
  .superRefine((allocation, ctx) => {
    if (allocation.mode === 'draw' && allocation.drawMinutes === undefined)
      ctx.addIssue({ code: 'custom', path: ['drawMinutes'], message: 'is required for a draw' });
    if (allocation.mode === 'first-come' && allocation.drawMinutes !== undefined)
      ctx.addIssue({ code: 'custom', path: ['drawMinutes'], message: 'only applies to mode: draw' });
  });

/**
 * When families may enrol: `opensAt` (everyone from then), or priority `windows` (for example residents
 * from Monday 9:00, everyone from Wednesday 9:00). Parsed into `windows` either way.
 */
const enrolmentSchema = z
  .strictObject({
    opensAt: wallTimeSchema.optional(),
    windows: z
      .array(windowSchema, { error: 'must be a list of windows' })
      .min(1, { error: 'must list at least one window' })
      .optional(),
    allocation: allocationSchema.default({ mode: 'first-come' }),
  })
  .superRefine((enrolment, ctx) => {
    if ((enrolment.opensAt === undefined) === (enrolment.windows === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'give either opensAt or windows (exactly one of them)',
      });
      return;
    }
    const windows = enrolment.windows ?? [];
    windows.forEach((window, index) => {
      const previous = windows[index - 1];
      if (previous === undefined) return;
      if (window.from <= previous.from)
        ctx.addIssue({
          code: 'custom',
          path: ['windows', index, 'from'],
          message: `must be after ${previous.from}`,
        });
      if (previous.for === 'everyone')
        ctx.addIssue({
          code: 'custom',
          path: ['windows', index, 'for'],
          message: 'follows a window for everyone: nobody is left to add',
        });
    });
    const { drawMinutes } = enrolment.allocation;
    const [first, second] = windows;
    if (
      drawMinutes !== undefined &&
      first !== undefined &&
      second !== undefined &&
      second.from > first.from
    ) {
      const drawEnds = Date.parse(`${first.from}Z`) + drawMinutes * 60_000;
      if (drawEnds > Date.parse(`${second.from}Z`))
        ctx.addIssue({
          code: 'custom',
          path: ['allocation', 'drawMinutes'],
          message: 'the draw must end before the next window opens',
        });
    }
  })
  .transform(({ opensAt, windows, allocation }) => ({
    windows: windows ?? [{ from: opensAt ?? '', for: 'everyone' as const }],
    allocation,
  }));

const cancellationSchema = z.strictObject({
  /** Cancelling up to this many days before the first day costs nothing. */
  freeUntilDaysBefore: z
    .int({ error: 'must be a number of days' })
    .min(0, { error: 'must not be negative' })
    .max(365, { error: 'must be at most 365' }),
  /** What a later cancellation costs. */
  feeCents: cents,
  /** A medical certificate waives the fee. */
  medicalException: z.boolean({ error: 'must be true or false' }),
});

/** Opening before the first day and in an existing local time are checked with the commune's context. */
export const stageSessionSchema = z.strictObject({
  key: stageKeySchema,
  days: daysSchema,
  hours: hoursSchema,
  ages: agesSchema,
  capacity: z
    .int({ error: 'must be a number of seats' })
    .min(1, { error: 'must be at least 1' })
    .max(1000, { error: 'must be at most 1000' }),
  prices: pricesSchema,
  enrolment: enrolmentSchema,
  cancellation: cancellationSchema,
});

export type StageSession = z.output<typeof stageSessionSchema>;
