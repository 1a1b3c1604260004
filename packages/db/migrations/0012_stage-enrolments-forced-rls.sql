-- drizzle-kit does not emit FORCE ROW LEVEL SECURITY: enrolments and idempotency keys bind the owner too.
ALTER TABLE "stage_enrolments" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "idempotency_keys" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- An enrolment is cancelled, never deleted: its reference and history stay.
REVOKE DELETE, TRUNCATE ON "stage_enrolments" FROM communa_app;
