import { escapeToBuffer } from 'hono/utils/html';

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(value: string): string {
  const buffer: [string] = [''];
  escapeToBuffer(value, buffer);
  return buffer[0];
}
