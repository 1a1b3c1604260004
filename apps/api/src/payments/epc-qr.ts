import { encode } from 'uqr';

/** A QR code as one SVG path over a `size` × `size` grid (quiet zone included), dark modules only. */
export interface QrPath {
  size: number;
  path: string;
}

/** Medium error correction, as the EPC guidelines ask; a 4-module quiet zone around. */
export function qrPath(payload: string): QrPath {
  const { size, data } = encode(payload, { ecc: 'M', border: 4 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    });
  });
  return { size, path: parts.join('') };
}

/** The QR code as a standalone SVG document, black on white. */
export function qrSvg(payload: string, pixelsPerModule = 8): string {
  const { size, path } = qrPath(payload);
  const px = size * pixelsPerModule;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}

/** The QR code as a PNG, for e-mail clients (which do not show SVG). */
export async function qrPng(payload: string): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp(Buffer.from(qrSvg(payload)))
    .png()
    .toBuffer();
}
