import type postgres from 'postgres';
import sharp from 'sharp';
import type { AuthTestKit } from '../../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../../auth/testing/create-citizen-session.ts';

/** A 32×24 JPEG as a phone takes it: its maker and GPS position in EXIF, to be shown turned (orientation 6). */
export const photoWithGps = () =>
  sharp({ create: { width: 32, height: 24, channels: 3, background: '#c03020' } })
    .jpeg()
    .withMetadata({
      orientation: 6,
      exif: {
        IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '50/1 38/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '5/1 34/1 0/1',
        },
      },
    })
    .toBuffer();

export const smallPng = () =>
  sharp({ create: { width: 8, height: 8, channels: 4, background: '#2050c0' } })
    .png()
    .toBuffer();

/** The smallest PDF file-type recognises: its signature and an end marker. */
export const smallPdf = () =>
  Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Sends `body` as the raw upload body, as the widget does. */
export const uploadTo = (
  kit: AuthTestKit,
  options: {
    tenant: string;
    form: string;
    field: string;
    body: Uint8Array<ArrayBuffer>;
    who?: CitizenSession;
    type?: string;
    name?: string;
    proof?: string;
  },
) =>
  kit.platform.app.request(
    `/v1/tenants/${options.tenant}/forms/${options.form}/uploads?field=${encodeURIComponent(options.field)}`,
    {
      method: 'POST',
      headers: {
        ...(options.who ? kit.withBearer(options.who.token) : {}),
        'content-type': options.type ?? 'application/octet-stream',
        'x-communa-file-name': encodeURIComponent(options.name ?? 'file'),
        'x-forwarded-for': '203.0.113.9',
        ...(options.proof ? { 'x-communa-proof': options.proof } : {}),
      },
      body: options.body,
    },
  );

/** Uploads and submissions in every commune (read on the owner connection). */
export const countUploadRows = async (owner: postgres.Sql) => {
  const [row] = await owner<{ uploads: number; linked: number; submissions: number }[]>`
    select (select count(*)::int from form_uploads) as uploads,
           (select count(*)::int from form_uploads where submission_id is not null) as linked,
           (select count(*)::int from form_submissions) as submissions`;
  return row;
};
