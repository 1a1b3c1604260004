import * as z from 'zod';

/*
 * Imported for its effect, before the engine, by code that runs on pages under a strict
 * Content-Security-Policy (no `unsafe-eval`): zod otherwise probes `new Function` when it builds
 * object schemas, to compile fast parsers, and such a page reports that as a violation. Results
 * are the same either way; only the speed of parsing differs.
 */
z.config({ jitless: true });
