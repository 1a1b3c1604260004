import type postgres from 'postgres';
import type { AuthTestKit } from '../../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../../auth/testing/create-citizen-session.ts';
import { daysFromNow } from '../../events/testing/event-fixtures.ts';
import { uploadAnswerSchema } from '../../forms/form-schemas.ts';
import { smallPdf, uploadTo } from '../../forms/testing/upload-fixtures.ts';

type UploadAnswer = { id: string; name: string; type: string; size: number };

/** Liège's event-gathering form, validly answered in French. */
export const gatheringAnswers = () => ({
  programme: 'Barbecue, jeux pour enfants et concert acoustique de 16 h à 22 h.',
  contactPhone: '+32 470 12 34 56',
  amplifiedSound: false,
  foodAndDrink: true,
  roadClosure: true,
  rules: {
    accepted: true,
    text: "Je respecte les conditions de l'autorisation et je rends l'espace public propre à la fin de l'événement.",
  },
});

/** A neighbourhood party (30 days' lead time in Liège) `days` from now on a bookable place. */
export const partyRequest = (days = 40, overrides: Record<string, unknown> = {}) => ({
  type: 'neighbourhood-party',
  title: 'Fête de la rue Saint-Gilles',
  startsAt: daysFromNow(days, 12).toISOString(),
  endsAt: daysFromNow(days, 21).toISOString(),
  place: 'place-du-marche',
  expectedAttendance: 150,
  equipment: [
    { key: 'tables', quantity: 10 },
    { key: 'benches', quantity: 20 },
  ],
  answers: gatheringAnswers(),
  public: true,
  ...overrides,
});

/**
 * The attachments of the demo communes' types that fill the shared event-gathering form (the same
 * in Liège, Charleroi and Herstal): its file fields of those keys are required on submission.
 */
export const GATHERING_ATTACHMENTS: Readonly<Record<string, readonly string[]>> = {
  'neighbourhood-party': ['site-plan', 'neighbours-letter'],
  'sports-event': ['route-map', 'insurance', 'safety-plan'],
  market: ['site-plan', 'insurance'],
  concert: ['site-plan', 'insurance', 'safety-plan'],
  funfair: ['site-plan', 'insurance', 'safety-plan'],
  demonstration: ['route-map'],
};

/** Uploads a small PDF named after the field for each of `fields` of `form`, as the widget does. */
export const uploadPdfs = async (
  kit: AuthTestKit,
  who: CitizenSession,
  form: string,
  fields: readonly string[],
  tenant = 'liege',
): Promise<Record<string, UploadAnswer[]>> => {
  const files: Record<string, UploadAnswer[]> = {};
  for (const field of fields) files[field] = [await uploadFor(kit, who, form, field, smallPdf(), tenant)];
  return files;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A draft of a type filling the event-gathering form whose answers name none of the type's
 * attachments gets them, uploaded first by the requester as the widget does, so it can be submitted.
 */
const withGatheringFiles = async (
  kit: AuthTestKit,
  who: CitizenSession | undefined,
  body: unknown,
  tenant: string,
): Promise<unknown> => {
  if (!who || !isRecord(body) || typeof body.type !== 'string') return body;
  const fields = GATHERING_ATTACHMENTS[body.type];
  const answers = body.answers;
  if (!fields || !isRecord(answers) || fields.some((field) => field in answers)) return body;
  return {
    ...body,
    answers: { ...answers, ...(await uploadPdfs(kit, who, 'event-gathering', fields, tenant)) },
  };
};

/** Calls a commune's requester routes as `who` (no bearer when `who` is undefined). */
export const eventRequestClient = (kit: AuthTestKit, tenant = 'liege') => {
  const request = (who: CitizenSession | undefined, path: string, method = 'GET', body?: unknown) =>
    kit.platform.app.request(`/v1/tenants/${tenant}/me/event-requests${path}`, {
      method,
      headers: { ...(who ? kit.withBearer(who.token) : {}), 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  return {
    request,
    /** Creates a draft; one of a gathering type is given its attachments (see withGatheringFiles). */
    create: async (who: CitizenSession | undefined, body: unknown) =>
      request(who, '', 'POST', await withGatheringFiles(kit, who, body, tenant)),
    /** Replaces a draft's values, its attachments given as at creation. */
    update: async (who: CitizenSession | undefined, id: string, body: unknown) =>
      request(who, `/${id}`, 'PUT', await withGatheringFiles(kit, who, body, tenant)),
    submit: (who: CitizenSession | undefined, id: string) => request(who, `/${id}/submission`, 'POST'),
    withdraw: (who: CitizenSession | undefined, id: string, body: unknown = {}) =>
      request(who, `/${id}/withdrawal`, 'POST', body),
  };
};

/** Rows the event request routes may write, in every commune (read on the owner connection). */
export const countEventRequestRows = async (owner: postgres.Sql) => {
  const [row] = await owner<{ requests: number; equipment: number; events: number; submitted: number }[]>`
    select (select count(*)::int from event_requests) as requests,
      (select count(*)::int from event_request_equipment) as equipment,
      (select count(*)::int from event_request_events) as events,
      (select count(*)::int from event_requests where status <> 'draft') as submitted`;
  return row;
};

/** Liège's event-film-shoot form answered in French, with the files of the type's two attachments. */
export const shootAnswers = (files: { sitePlan?: UploadAnswer; insurance?: UploadAnswer } = {}) => ({
  production: 'Les Films du Perron',
  companyNumber: '0202.239.951',
  crew: 12,
  vehicles: 2,
  synopsis: 'Deux scènes de dialogue sur la place, de jour.',
  ...(files.sitePlan ? { 'site-plan': [files.sitePlan] } : {}),
  ...(files.insurance ? { insurance: [files.insurance] } : {}),
});

/** A film shoot (21 days' lead time in Liège, attachments site-plan and insurance) 30 days from now. */
export const shootRequest = (answers: Record<string, unknown>) =>
  partyRequest(30, {
    type: 'film-shoot',
    title: 'Tournage place Saint-Lambert',
    place: 'place-saint-lambert',
    expectedAttendance: 20,
    equipment: [],
    public: false,
    answers,
  });

/** Uploads `body` for a field of Liège's event-film-shoot form as `who`, answered as the widget does. */
export const uploadForShoot = (
  kit: AuthTestKit,
  who: CitizenSession,
  field: string,
  body: Uint8Array<ArrayBuffer>,
  tenant = 'liege',
): Promise<UploadAnswer> => uploadFor(kit, who, 'event-film-shoot', field, body, tenant);

/** Uploads `body` for a file field of a commune's form as `who`, answered as the widget does. */
export const uploadFor = async (
  kit: AuthTestKit,
  who: CitizenSession,
  form: string,
  field: string,
  body: Uint8Array<ArrayBuffer>,
  tenant = 'liege',
): Promise<UploadAnswer> => {
  const res = await uploadTo(kit, { tenant, form, field, body, who, name: `${field}.pdf` });
  if (res.status !== 201) throw new Error(`the upload was refused (${res.status})`);
  const upload = uploadAnswerSchema.parse(await res.json());
  return { id: upload.id, name: upload.name, type: upload.type, size: upload.size };
};
