import { readFileSync } from 'node:fs';

// Read once at start-up: the files are small and never change while the process runs.
export const SITE_CSS = readFileSync(new URL('./assets/site.css', import.meta.url), 'utf8');
export const FAVICON_SVG = readFileSync(new URL('./assets/favicon.svg', import.meta.url), 'utf8');
