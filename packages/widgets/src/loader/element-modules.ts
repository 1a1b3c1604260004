/**
 * Tag → element module. Each `import()` becomes its own content-hashed chunk in the bundle, so a
 * page downloads only the elements it uses. A new element is one line here.
 */
export const elementModules: Readonly<Record<string, () => Promise<unknown>>> = {
  'communa-account': () => import('../account/communa-account.ts'),
  'communa-event-request': () => import('../event-request/communa-event-request.ts'),
  'communa-events-calendar': () => import('../events-calendar/communa-events-calendar.ts'),
  'communa-form': () => import('../form/communa-form.ts'),
  'communa-services': () => import('../services/communa-services.ts'),
  'communa-stages': () => import('../stages/communa-stages.ts'),
};
