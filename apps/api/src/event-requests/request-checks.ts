import type { Transaction } from '@communa/db';
import { associationMembers, eventEquipment, eventPlaces, eventTypes } from '@communa/db';
import { calendarDayInBrussels, validateAnswers } from '@communa/forms';
import type { Language } from '@communa/tenant-config';
import { and, eq, inArray } from 'drizzle-orm';
import { associationProblems } from '../associations/errors.ts';
import { MAX_DAYS_AHEAD, MAX_EVENT_DAYS } from '../events/check-availability.ts';
import { eventProblems } from '../events/errors.ts';
import { brusselsDay, checkLeadTime, equipmentAvailability, placeClashes } from '../events/event-rules.ts';
import { heldRequests } from '../events/event-store.ts';
import { fileAnswers } from '../forms/file-fields.ts';
import { currentFormVersion } from '../forms/form-store.ts';
import type { FieldError } from '../problems/problem.ts';
import { ProblemError } from '../problems/problem.ts';
import type { EventRequestInput } from './event-request-schemas.ts';
import type { DraftValues, EventRequestRow } from './event-request-store.ts';
import { claimAttachments, missingAttachments } from './request-attachments.ts';

const DAY_MS = 86_400_000;

/**
 * A draft's values once its type, place and equipment are known to the commune (active) and its
 * dates possible (422 otherwise), and the association, if any, is one the user belongs to (404
 * otherwise), before anything is written.
 */
export async function draftValues(
  tx: Transaction,
  tenantId: string,
  input: EventRequestInput,
  context: { now: Date; userId: string },
): Promise<DraftValues> {
  const { now } = context;
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (endsAt <= startsAt)
    throw new ProblemError(eventProblems.datesInvalid, 'The event must end after it starts');
  if (endsAt.getTime() - startsAt.getTime() > MAX_EVENT_DAYS * DAY_MS)
    throw new ProblemError(eventProblems.datesInvalid, `An event lasts at most ${MAX_EVENT_DAYS} days`);
  if (startsAt <= now)
    throw new ProblemError(eventProblems.datesInvalid, 'The event must start in the future');
  if (startsAt.getTime() - now.getTime() > MAX_DAYS_AHEAD * DAY_MS)
    throw new ProblemError(eventProblems.datesInvalid, 'Requests are taken at most two years ahead');
  const [type] = await tx
    .select({ key: eventTypes.key })
    .from(eventTypes)
    .where(
      and(eq(eventTypes.tenantId, tenantId), eq(eventTypes.key, input.type), eq(eventTypes.active, true)),
    );
  if (!type) throw new ProblemError(eventProblems.typeUnknown, `No event type “${input.type}”`);
  if (input.place !== undefined) {
    const [place] = await tx
      .select({ key: eventPlaces.key })
      .from(eventPlaces)
      .where(
        and(
          eq(eventPlaces.tenantId, tenantId),
          eq(eventPlaces.key, input.place),
          eq(eventPlaces.active, true),
        ),
      );
    if (!place) throw new ProblemError(eventProblems.placeUnknown, `No bookable place “${input.place}”`);
  }
  const keys = input.equipment.map((line) => line.key);
  if (keys.length > 0) {
    const known = await tx
      .select({ key: eventEquipment.key })
      .from(eventEquipment)
      .where(
        and(
          eq(eventEquipment.tenantId, tenantId),
          inArray(eventEquipment.key, keys),
          eq(eventEquipment.active, true),
        ),
      );
    const unknown = keys.filter((key) => !known.some((row) => row.key === key));
    if (unknown.length > 0)
      throw new ProblemError(
        eventProblems.equipmentUnknown,
        `No equipment ${unknown.map((key) => `“${key}”`).join(', ')}`,
      );
  }
  return {
    typeKey: input.type,
    title: input.title,
    startsAt,
    endsAt,
    placeKey: input.place ?? null,
    address: input.address ?? null,
    expectedAttendance: input.expectedAttendance ?? null,
    public: input.public,
    answers: input.answers,
    associationId: await associationOfMine(tx, tenantId, input.associationId, context.userId),
  };
}

/** Whose uploads a request may use: the person submitting, and every member of its association. */
async function uploadersOf(tx: Transaction, request: EventRequestRow, userId: string): Promise<string[]> {
  if (request.associationId === null) return [userId];
  const members = await tx
    .select({ userId: associationMembers.userId })
    .from(associationMembers)
    .where(
      and(
        eq(associationMembers.tenantId, request.tenantId),
        eq(associationMembers.associationId, request.associationId),
      ),
    );
  return [userId, ...members.map((member) => member.userId)];
}

async function associationOfMine(
  tx: Transaction,
  tenantId: string,
  associationId: string | null | undefined,
  userId: string,
): Promise<string | null> {
  if (associationId === undefined || associationId === null) return null;
  const [membership] = await tx
    .select({ id: associationMembers.associationId })
    .from(associationMembers)
    .where(
      and(
        eq(associationMembers.tenantId, tenantId),
        eq(associationMembers.associationId, associationId),
        eq(associationMembers.userId, userId),
      ),
    );
  if (!membership) throw new ProblemError(associationProblems.notFound);
  return associationId;
}

/**
 * Everything that keeps a request from being submitted, each with the field it concerns: the
 * form's answers (the engine's errors, under `answers.`), the type's attachments (missing, or files
 * the requester may not use), the type's lead time, a clash on the place and equipment short over
 * the period. Other requests count only while they hold. When all is well, the uploads to link.
 */
export async function submissionProblems(
  tx: Transaction,
  request: EventRequestRow,
  equipment: ReadonlyMap<string, number>,
  options: { now: Date; lang: Language; userId: string },
): Promise<
  | { ok: true; answers: Record<string, unknown>; formVersion: number; uploadIds: string[] }
  | { ok: false; errors: FieldError[] }
> {
  const errors: FieldError[] = [];
  const [type] = await tx
    .select()
    .from(eventTypes)
    .where(and(eq(eventTypes.tenantId, request.tenantId), eq(eventTypes.key, request.typeKey)));
  if (!type?.active)
    return {
      ok: false,
      errors: [{ path: 'type', code: 'type_inactive', message: 'This event type is no longer offered' }],
    };
  const form = await currentFormVersion(tx, request.tenantId, type.formKey);
  let answers: Record<string, unknown> = request.answers;
  let uploadIds: string[] = [];
  if (form === undefined)
    errors.push({
      path: 'answers',
      code: 'form_unavailable',
      message: `The form “${type.formKey}” is not offered`,
    });
  else {
    const result = validateAnswers(form.definition, request.answers, {
      today: calendarDayInBrussels(options.now),
      lang: options.lang,
    });
    if (result.ok) {
      answers = result.value;
      const files = fileAnswers(form.definition, answers);
      errors.push(...missingAttachments(form.definition, type.attachments, files));
      const claimed = await claimAttachments(
        tx,
        {
          tenantId: request.tenantId,
          requestId: request.id,
          formKey: form.key,
          uploaders: await uploadersOf(tx, request, options.userId),
        },
        type.attachments,
        files,
      );
      if (claimed.ok) uploadIds = claimed.ids;
      else errors.push(...claimed.errors);
    } else errors.push(...result.errors.map((error) => ({ ...error, path: `answers.${error.path}` })));
  }
  const leadTime = checkLeadTime(brusselsDay(options.now), brusselsDay(request.startsAt), type.leadTimeDays);
  if (!leadTime.ok)
    errors.push({
      path: 'startsAt',
      code: 'lead_time',
      message: `A ${type.key} is asked at least ${type.leadTimeDays} days ahead: the first day may be ${leadTime.earliestStart} at the earliest`,
    });
  const range = { startsAt: request.startsAt, endsAt: request.endsAt };
  const others = (await heldRequests(tx, request.tenantId, range)).filter((other) => other.id !== request.id);
  if (request.placeKey !== null)
    for (const clash of placeClashes(
      range,
      others.filter((other) => other.placeKey === request.placeKey),
    ))
      errors.push({
        path: 'place',
        code: 'place_taken',
        message: `The place is already asked for from ${clash.startsAt.toISOString()} to ${clash.endsAt.toISOString()}`,
      });
  if (equipment.size > 0) {
    const stock = await tx
      .select({ key: eventEquipment.key, stock: eventEquipment.stock })
      .from(eventEquipment)
      .where(and(eq(eventEquipment.tenantId, request.tenantId), eq(eventEquipment.active, true)));
    for (const line of equipmentAvailability(
      range,
      equipment,
      new Map(stock.map((row) => [row.key, row.stock])),
      others,
    ))
      if (line.available < line.requested)
        errors.push({
          path: `equipment.${line.key}`,
          code: 'equipment_short',
          message: `${line.key}: ${line.requested} asked, ${line.available} free over the period`,
        });
  }
  if (errors.length > 0 || form === undefined) return { ok: false, errors };
  return { ok: true, answers, formVersion: form.version, uploadIds };
}
