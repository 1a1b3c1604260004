/** How long the file's Blob URL stays valid: long enough for the browser to start saving it. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Offers a JSON text as a file download through a Blob URL (no `data:` URL, which a strict CSP
 * may block, and nothing sent to a server).
 */
export function saveJsonFile(json: string, filename: string): void {
  saveFile(new Blob([json], { type: 'application/json' }), filename);
}

/** Offers a file (a PDF the API made) as a download through a Blob URL. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
