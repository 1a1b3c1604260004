-- drizzle-kit does not emit FORCE ROW LEVEL SECURITY: invoices bind the owner too.
ALTER TABLE "stage_invoices" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- An invoice is cancelled or released, never deleted: its structured communication stays taken.
REVOKE DELETE, TRUNCATE ON "stage_invoices" FROM communa_app;
