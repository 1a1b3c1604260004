import type { Database } from '@communa/db';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import { registerAdminAppRoutes } from './admin-app/admin-app-routes.ts';
import type { AdminAssets } from './admin-app/admin-assets.ts';
import type { AppEnv } from './app-env.ts';
import { registerAssociationRoutes } from './associations/register-association-routes.ts';
import { registerAttestationRoutes } from './attestations/register-attestation-routes.ts';
import type { AuthRouteOptions } from './auth/register-auth-routes.ts';
import { registerAuthRoutes } from './auth/register-auth-routes.ts';
import { registerEventDecisionRoutes } from './event-decisions/register-event-decision-routes.ts';
import { registerEventRequestRoutes } from './event-requests/register-event-request-routes.ts';
import { registerEventStaffRoutes } from './event-staff/register-event-staff-routes.ts';
import { registerEventTypeEditorRoutes } from './event-type-editor/register-event-type-editor-routes.ts';
import { registerEventRoutes } from './events/register-event-routes.ts';
import { registerFormEditorRoutes } from './form-editor/register-form-editor-routes.ts';
import { registerFormStaffRoutes } from './form-staff/register-form-staff-routes.ts';
import { registerFormRoutes } from './forms/register-form-routes.ts';
import { registerHealthRoutes } from './health/health-routes.ts';
import type { HealthKeyring } from './health-sheets/health-keys.ts';
import { registerHealthSheetRoutes } from './health-sheets/register-health-sheet-routes.ts';
import { registerHouseholdRoutes } from './households/register-household-routes.ts';
import type { JobQueue } from './jobs/job-queue.ts';
import { limitAccountWrites } from './middleware/account-write-limit.ts';
import { limitBody } from './middleware/body-limit.ts';
import { requestContext } from './middleware/request-context.ts';
import { apiSecurityHeaders } from './middleware/security-headers.ts';
import { registerDevMailRoutes } from './notifications/dev-mail-routes.ts';
import type { FileMailbox } from './notifications/file-mailbox.ts';
import { registerOpenApiDocument } from './openapi/document.ts';
import { registerReferencePage } from './openapi/reference-page.ts';
import type { InvoiceTerms } from './payments/payment-rules.ts';
import { registerPaymentRoutes } from './payments/register-payment-routes.ts';
import { registerPrivacyRoutes } from './privacy/register-privacy-routes.ts';
import { errorHandler, notFoundHandler, validationHook } from './problems/handlers.ts';
import { registerStaffRoutes } from './staff/register-staff-routes.ts';
import { registerStageEditorRoutes } from './stage-editor/register-stage-editor-routes.ts';
import { registerEnrolmentRoutes } from './stages/register-enrolment-routes.ts';
import { registerStageRoutes } from './stages/register-stage-routes.ts';
import { registerGetTenant } from './tenants/get-tenant.ts';
import { tenantCors } from './tenants/tenant-cors.ts';
import type { TenantDirectory } from './tenants/tenant-directory.ts';
import type { WidgetAsset } from './widgets/widget-assets.ts';
import { registerWidgetRoutes } from './widgets/widget-routes.ts';

export interface AppDependencies {
  db: Database;
  /** Jobs enqueued in the transaction of the change that causes them. */
  jobs: JobQueue;
  logger: Logger;
  tenants: TenantDirectory;
  widgetAssets: ReadonlyMap<string, WidgetAsset>;
  /** The built staff back-office, served at /admin. */
  adminAssets: AdminAssets;
  /** The origin browsers reach the API at. */
  publicUrl: string;
  bodyLimitBytes: number;
  /** The file mailbox shown at /dev/mail; development only. */
  devMailbox?: FileMailbox | undefined;
  /** Citizen sign-in at /api/auth/* and the routes that need a signed-in citizen. */
  auth: Omit<AuthRouteOptions, 'tenants' | 'ownOrigin'>;
  /** Request header with the client address, recorded in the audit log of staff actions. */
  clientIpHeader: string;
  /** Changes one signed-in session may make per minute. */
  accountWritesPerMinute: number;
  /** Hours a family has to answer a waitlist offer. */
  stageOfferHours: number;
  /** When invoices of confirmed stage seats are due, and the grace period of their reminder. */
  invoiceTerms: InvoiceTerms;
  /** Seals and opens children's health sheets. */
  healthKeys: HealthKeyring;
}

export type App = OpenAPIHono<AppEnv>;

/** Builds the whole HTTP application; no I/O happens until a request arrives. */
export async function createApp(deps: AppDependencies): Promise<App> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const ownOrigin = new URL(deps.publicUrl).origin;

  app.use(requestContext(deps.logger));
  app.use(apiSecurityHeaders);
  app.use(limitBody(deps.bodyLimitBytes));
  app.use('/v1/tenants/:tenant', tenantCors(deps.tenants, ownOrigin));
  app.use('/v1/tenants/:tenant/*', tenantCors(deps.tenants, ownOrigin));
  // After CORS, so a widget can read the 429.
  const accountWrites = limitAccountWrites(deps.accountWritesPerMinute);
  app.use('/v1/tenants/:tenant/me/*', accountWrites);
  app.use('/v1/tenants/:tenant/forms/:formKey/submissions', accountWrites);
  app.use('/v1/admin/*', accountWrites);

  registerAuthRoutes(app, { ...deps.auth, tenants: deps.tenants, ownOrigin });
  registerHouseholdRoutes(app, {
    db: deps.db,
    tenants: deps.tenants,
    auth: deps.auth.auth,
    jobs: deps.jobs,
    healthKeys: deps.healthKeys,
  });
  registerEnrolmentRoutes(app, {
    db: deps.db,
    tenants: deps.tenants,
    auth: deps.auth.auth,
    jobs: deps.jobs,
    offerHours: deps.stageOfferHours,
    invoiceTerms: deps.invoiceTerms,
    logger: deps.logger,
  });
  registerFormRoutes(app, {
    db: deps.db,
    tenants: deps.tenants,
    auth: deps.auth.auth,
    jobs: deps.jobs,
    clientIpHeader: deps.clientIpHeader,
  });
  registerPrivacyRoutes(app, { db: deps.db, tenants: deps.tenants, ...deps.auth });
  registerStaffRoutes(app, {
    db: deps.db,
    auth: deps.auth.auth,
    tenants: deps.tenants,
    clientIpHeader: deps.clientIpHeader,
    ownOrigin,
    jobs: deps.jobs,
    offerHours: deps.stageOfferHours,
    invoiceTerms: deps.invoiceTerms,
  });
  registerFormStaffRoutes(app, {
    db: deps.db,
    auth: deps.auth.auth,
    tenants: deps.tenants,
    clientIpHeader: deps.clientIpHeader,
    jobs: deps.jobs,
  });
  registerFormEditorRoutes(app, {
    db: deps.db,
    auth: deps.auth.auth,
    tenants: deps.tenants,
    clientIpHeader: deps.clientIpHeader,
  });
  registerStageEditorRoutes(app, {
    db: deps.db,
    auth: deps.auth.auth,
    tenants: deps.tenants,
    clientIpHeader: deps.clientIpHeader,
  });
  registerEventTypeEditorRoutes(app, {
    db: deps.db,
    auth: deps.auth.auth,
    tenants: deps.tenants,
    clientIpHeader: deps.clientIpHeader,
  });
  registerPaymentRoutes(app, {
    db: deps.db,
    tenants: deps.tenants,
    auth: deps.auth.auth,
    clientIpHeader: deps.clientIpHeader,
  });
  registerHealthSheetRoutes(app, {
    db: deps.db,
    auth: deps.auth.auth,
    tenants: deps.tenants,
    clientIpHeader: deps.clientIpHeader,
    keys: deps.healthKeys,
  });
  registerAttestationRoutes(app, {
    db: deps.db,
    auth: deps.auth.auth,
    tenants: deps.tenants,
    clientIpHeader: deps.clientIpHeader,
  });
  registerHealthRoutes(app, deps.db);
  registerGetTenant(app, deps.tenants);
  registerStageRoutes(app, { db: deps.db, tenants: deps.tenants });
  registerEventRoutes(app, { db: deps.db, tenants: deps.tenants });
  registerEventRequestRoutes(app, {
    db: deps.db,
    tenants: deps.tenants,
    auth: deps.auth.auth,
    jobs: deps.jobs,
    publicUrl: deps.publicUrl,
  });
  registerAssociationRoutes(app, {
    db: deps.db,
    tenants: deps.tenants,
    auth: deps.auth.auth,
    jobs: deps.jobs,
  });
  const eventStaffDeps = {
    db: deps.db,
    auth: deps.auth.auth,
    tenants: deps.tenants,
    clientIpHeader: deps.clientIpHeader,
    jobs: deps.jobs,
    publicUrl: deps.publicUrl,
  };
  registerEventStaffRoutes(app, eventStaffDeps);
  registerEventDecisionRoutes(app, eventStaffDeps);
  registerWidgetRoutes(app, deps.widgetAssets);
  registerAdminAppRoutes(app, deps.adminAssets);
  registerOpenApiDocument(app, deps.publicUrl);
  await registerReferencePage(app);
  if (deps.devMailbox) registerDevMailRoutes(app, deps.devMailbox);

  app.notFound(notFoundHandler);
  app.onError(errorHandler);
  return app;
}
