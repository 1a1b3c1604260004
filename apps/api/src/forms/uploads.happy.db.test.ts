import postgres from 'postgres';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { submissionAnswerSchema, uploadAnswerSchema } from './form-schemas.ts';
import { solveProof } from './proof-of-work.ts';
import { formClient, reportAnswers } from './testing/form-fixtures.ts';
import { countUploadRows, photoWithGps, smallPdf, uploadTo } from './testing/upload-fixtures.ts';

describe('form uploads: checked by content, photos without their metadata, linked by the submission', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let an: CitizenSession;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    an = await createCitizenSession(kit.owner.db, 'an.uploads@example.be');
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('stores a photo re-encoded upright without EXIF or GPS, and the submission that names it links it', async () => {
    const photo = await photoWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    expect(photo.includes(Buffer.from('PhoneMaker'))).toBe(true);
    const res = await uploadTo(kit, {
      tenant: 'liege',
      form: 'signalement-espace-public',
      field: 'photos',
      body: photo,
      who: an,
      type: 'image/jpeg',
      name: 'lampadaire été.jpg',
    });
    expect(res.status).toBe(201);
    const upload = uploadAnswerSchema.parse(await res.json());
    expect(upload).toMatchObject({ name: 'lampadaire été.jpg', type: 'image/jpeg' });
    const [row] = await owner<{ content: Buffer; size: number; user_id: string; sha256: string }[]>`
      select content, size, user_id, sha256 from form_uploads where id = ${upload.id}`;
    if (!row) throw new Error('the upload was not stored');
    const stored = await sharp(row.content).metadata();
    expect(stored.exif).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
    expect([stored.width, stored.height]).toEqual([24, 32]);
    expect(row.content.includes(Buffer.from('PhoneMaker'))).toBe(false);
    expect(row.size).toBe(upload.size);
    expect(row.user_id).toBe(an.userId);

    const sent = await formClient(kit).submit(an, 'signalement-espace-public', {
      version: 1,
      answers: {
        ...reportAnswers(),
        photos: [{ name: upload.name, type: 'image/jpeg', size: upload.size, id: upload.id }],
      },
      language: 'fr',
    });
    expect(sent.status).toBe(201);
    const { reference } = submissionAnswerSchema.parse(await sent.json());
    const [linked] = await owner<{ reference: string }[]>`
      select s.reference from form_uploads u join form_submissions s on s.id = u.submission_id
      where u.id = ${upload.id}`;
    expect(linked?.reference).toBe(reference);
  });

  it('takes an anonymous upload with a proof of work and stores no user', async () => {
    const before = await countUploadRows(owner);
    const res = await uploadTo(kit, {
      tenant: 'charleroi',
      form: 'signalement-fraude',
      field: 'evidence',
      body: smallPdf(),
      type: 'application/pdf',
      name: 'facture.pdf',
      proof: solveProof('charleroi', 'signalement-fraude', Date.now()),
    });
    expect(res.status).toBe(201);
    const upload = uploadAnswerSchema.parse(await res.json());
    expect(upload.type).toBe('application/pdf');
    const [row] = await owner<
      { user_id: string | null }[]
    >`select user_id from form_uploads where id = ${upload.id}`;
    expect(row?.user_id).toBeNull();
    expect((await countUploadRows(owner))?.uploads).toBe((before?.uploads ?? 0) + 1);
  });
});
