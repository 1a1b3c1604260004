import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Sharp } from 'sharp';
import sharp from 'sharp';

/** Reads a request body, stopping as soon as it passes `maxBytes`: the rest is never buffered. */
export async function readAtMost(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Buffer | 'too-large'> {
  if (!body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Images sharp re-encodes, which drops their metadata (EXIF, GPS, XMP, ICC comments). */
const REENCODED = {
  'image/jpeg': (image: Sharp) => image.jpeg({ quality: 90 }),
  'image/png': (image: Sharp) => image.png(),
  'image/webp': (image: Sharp) => image.webp({ quality: 90 }),
} as const;

/**
 * Image types that carry metadata we cannot strip here (sharp's prebuilt binaries do not write
 * HEIC; TIFF is EXIF itself): refused rather than stored with the sender's location.
 */
const METADATA_WE_CANNOT_STRIP = new Set(['image/heic', 'image/heif', 'image/tiff', 'image/avif']);

export type CheckedContent =
  | { ok: true; type: string; content: Buffer; sha256: string }
  | { ok: false; reason: 'unknown-type' | 'metadata' | 'broken-image'; type?: string };

const isReencoded = (type: string): type is keyof typeof REENCODED => type in REENCODED;

/**
 * The file's type read from its content (magic bytes), never from its name or the browser's word.
 * Text formats (plain text, CSV) have no signature and are refused. Photos come back re-encoded,
 * turned upright first (the orientation lives in the EXIF that goes), without any metadata.
 */
export async function checkContent(bytes: Buffer): Promise<CheckedContent> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return { ok: false, reason: 'unknown-type' };
  const type = detected.mime;
  if (METADATA_WE_CANNOT_STRIP.has(type)) return { ok: false, reason: 'metadata', type };
  let content = bytes;
  if (isReencoded(type)) {
    try {
      content = await REENCODED[type](sharp(bytes).rotate()).toBuffer();
    } catch {
      return { ok: false, reason: 'broken-image', type };
    }
  }
  return { ok: true, type, content, sha256: createHash('sha256').update(content).digest('hex') };
}
