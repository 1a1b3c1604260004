-- drizzle-kit does not emit FORCE ROW LEVEL SECURITY: attendance and animator assignments bind the owner too.
ALTER TABLE "stage_attendance" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "stage_session_animators" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Attendance is corrected, never deleted: the tax attestations count the days attended.
REVOKE DELETE, TRUNCATE ON "stage_attendance" FROM communa_app;
