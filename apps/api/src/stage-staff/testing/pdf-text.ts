import { inflateSync } from 'node:zlib';

/** The text a PDF draws: pdfkit writes hex strings in (deflated) content streams. */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    const bytes = Buffer.from(m[1] ?? '', 'latin1');
    try {
      return inflateSync(bytes).toString('latin1');
    } catch {
      return bytes.toString('latin1');
    }
  });
  // Each text run is a TJ array of hex strings with kerning numbers between them.
  return [...streams.join('\n').matchAll(/\[([^\]]*)\]\s*TJ/g)]
    .map((run) =>
      [...(run[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)]
        .map((hex) => Buffer.from(hex[1] ?? '', 'hex').toString('latin1'))
        .join(''),
    )
    .join('\n');
}
