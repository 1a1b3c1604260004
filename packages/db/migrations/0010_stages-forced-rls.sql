-- drizzle-kit does not emit FORCE ROW LEVEL SECURITY: stages bind the owner too.
ALTER TABLE "stages" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "stage_sessions" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "stage_session_windows" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Enrolments will hang off sessions: stages and sessions are deactivated, never deleted.
REVOKE DELETE, TRUNCATE ON "stages", "stage_sessions" FROM communa_app;
