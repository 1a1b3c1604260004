import { fileURLToPath } from 'node:url';

/** Absolute path of the built back-office (`npm run build -w @communa/admin`), served under /admin/. */
export const adminDistDir = fileURLToPath(new URL('../dist', import.meta.url));
