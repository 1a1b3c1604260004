-- drizzle-kit does not emit FORCE ROW LEVEL SECURITY: health sheets bind the owner too.
ALTER TABLE "child_health_sheets" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Sheets are only ever replaced or deleted row by row (by a parent or the retention job).
REVOKE TRUNCATE ON "child_health_sheets" FROM communa_app;
