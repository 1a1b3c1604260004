import { secureHeaders } from 'hono/secure-headers';

/**
 * Headers for every answer. The API serves data and scripts to other sites (widgets), so
 * resources are cross-origin readable (CORS decides who may read data); nothing may frame it.
 */
export const apiSecurityHeaders = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  crossOriginResourcePolicy: 'cross-origin',
  crossOriginOpenerPolicy: 'same-origin',
  crossOriginEmbedderPolicy: false,
  referrerPolicy: 'no-referrer',
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
  xFrameOptions: 'DENY',
  xContentTypeOptions: 'nosniff',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  // A route that needs another policy (the API reference page) sets its own header first.
  overwrite: false,
});
