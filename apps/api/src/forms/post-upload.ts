import { createHash } from 'node:crypto';
import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { AddressLimiter } from '../auth/address-limiter.ts';
import { authProblems } from '../auth/errors.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { httpProblems } from '../problems/codes.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { firstForwardedAddress } from '../staff/client-ip.ts';
import { formProblems } from './errors.ts';
import { fileField } from './file-fields.ts';
import type { FormRouteDeps } from './form-route-deps.ts';
import { UPLOADS_PATH } from './form-route-deps.ts';
import {
  formParamsSchema,
  uploadAnswerSchema,
  uploadHeadersSchema,
  uploadQuerySchema,
} from './form-schemas.ts';
import { currentFormVersion } from './form-store.ts';
import { citizenIfSignedIn } from './optional-citizen.ts';
import { checkProof, UsedProofs } from './proof-of-work.ts';
import { checkContent, readAtMost } from './upload-content.ts';
import { insertUpload } from './upload-store.ts';

/** Anonymous uploads per network address in ten minutes, counted in memory only. */
const ANONYMOUS_PER_ADDRESS = 60;

const acceptsType = (patterns: readonly string[], type: string): boolean =>
  patterns.some((pattern) =>
    pattern.endsWith('/*') ? type.startsWith(pattern.slice(0, -1)) : type === pattern,
  );

const fileName = (header: string | undefined): string => {
  try {
    const name = decodeURIComponent(header ?? '').trim();
    return name === '' ? 'file' : name.slice(0, 255);
  } catch {
    return 'file';
  }
};

export function registerPostUpload(app: OpenAPIHono<AppEnv>, deps: FormRouteDeps): void {
  const usedProofs = new UsedProofs();
  const perAddress = new AddressLimiter({ max: ANONYMOUS_PER_ADDRESS, windowSeconds: 600 });
  const route = createRoute({
    method: 'post',
    path: UPLOADS_PATH,
    tags: ['Forms'],
    summary: 'Upload a file for a form’s file field',
    description:
      'The body is the file itself (any Content-Type; X-Communa-File-Name carries its name). Its type is read ' +
      'from its content (magic bytes), never from the name or the Content-Type: types without a signature ' +
      '(plain text, CSV) are refused, and so are HEIC, AVIF and TIFF images, whose metadata cannot be removed ' +
      'here. The type must match the field’s accept list (415 otherwise) and the size its maxSize (413, checked ' +
      'on Content-Length and while reading). JPEG, PNG and WebP photos are turned upright and re-encoded without ' +
      'any metadata (no EXIF, no GPS). Access as for sending the form: a session for signed-in forms, a proof ' +
      'of work (X-Communa-Proof, one per upload) without one; an anonymous upload stores no user and no address. ' +
      'Put the returned id in the file answer when sending the form; files are kept in PostgreSQL.',
    middleware: [citizenIfSignedIn(deps.auth)] as const,
    request: { params: formParamsSchema, query: uploadQuerySchema, headers: uploadHeadersSchema },
    responses: {
      201: { description: 'Stored', content: { 'application/json': { schema: uploadAnswerSchema } } },
      400: problemResponse(
        'No field named, or no valid proof of work without a session (proof_of_work_invalid)',
      ),
      ...citizenProblemResponses,
      404: problemResponse('No such commune, no such active form in it, or no file field with this key'),
      409: problemResponse('The proof of work was already used (proof_of_work_reused)'),
      413: problemResponse('The file is larger than the field allows; nothing was stored'),
      415: problemResponse(
        'The content is not of a type the field accepts (upload_type_refused); nothing was stored',
      ),
      429: problemResponse('Too many anonymous uploads from this network in a short time'),
    },
  });
  app.openapi(route, async (c) => {
    const params = c.req.valid('param');
    const headers = c.req.valid('header');
    const tenant = await resolveCommune(deps.tenants, params.tenant);
    const citizen = c.var.citizen;
    const now = Date.now();
    const form = await withTenant(deps.db, tenant.id, (tx) =>
      currentFormVersion(tx, tenant.id, params.formKey),
    );
    if (!form) throw new ProblemError(formProblems.formNotFound);
    const fieldKey = c.req.valid('query').field;
    if (fieldKey === undefined) throw new ProblemError(formProblems.fileFieldMissing);
    const field = fileField(form.definition, fieldKey);
    if (!field) throw new ProblemError(formProblems.fileFieldNotFound);
    const anonymous = form.access === 'anonymous' || (form.access === 'either' && citizen === undefined);
    if (!anonymous && !citizen)
      throw new ProblemError(authProblems.unauthorized, 'This form is sent by a signed-in citizen');
    const tooLarge = `The field takes files of at most ${field.maxSize} bytes`;
    if (Number(c.req.header('content-length') ?? 0) > field.maxSize)
      throw new ProblemError(httpProblems.payloadTooLarge, tooLarge);
    let proofStamp: string | undefined;
    if (anonymous) {
      const address = firstForwardedAddress(c.req.header(deps.clientIpHeader)) ?? 'unknown';
      if (perAddress.take(createHash('sha256').update(address).digest('base64url')) > 0)
        throw new ProblemError(
          httpProblems.rateLimited,
          'Too many anonymous uploads from this network; try again later',
        );
      const proof = checkProof(headers['x-communa-proof'], tenant.slug, form.key, now);
      if (!proof.ok) throw new ProblemError(formProblems.proofInvalid, proof.reason);
      proofStamp = proof.stamp;
    }
    const bytes = await readAtMost(c.req.raw.body, field.maxSize);
    if (bytes === 'too-large') throw new ProblemError(httpProblems.payloadTooLarge, tooLarge);
    const checked = await checkContent(bytes);
    if (!checked.ok)
      throw new ProblemError(
        formProblems.uploadTypeRefused,
        checked.reason === 'unknown-type'
          ? 'The content is of no type recognised by its signature'
          : checked.reason === 'metadata'
            ? `${checked.type} images cannot be stripped of their metadata; send JPEG or PNG`
            : `The ${checked.type} image cannot be read`,
      );
    if (!acceptsType(field.accept, checked.type))
      throw new ProblemError(
        formProblems.uploadTypeRefused,
        `The content is ${checked.type}; this field takes ${field.accept.join(', ')}`,
      );
    if (proofStamp !== undefined && !usedProofs.use(proofStamp, now))
      throw new ProblemError(formProblems.proofReused);
    const stored = await withTenant(deps.db, tenant.id, (tx) =>
      insertUpload(tx, {
        tenantId: tenant.id,
        formKey: form.key,
        fieldKey: field.key,
        userId: anonymous ? null : (citizen?.userId ?? null),
        name: fileName(headers['x-communa-file-name']),
        type: checked.type,
        size: checked.content.byteLength,
        sha256: checked.sha256,
        content: checked.content,
      }),
    );
    return c.json(stored, 201);
  });
}
