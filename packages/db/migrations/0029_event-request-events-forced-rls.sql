-- drizzle-kit does not emit FORCE ROW LEVEL SECURITY: the history binds the owner too.
ALTER TABLE "event_request_events" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The history is what was done: the application never rewrites or removes it.
REVOKE UPDATE, DELETE, TRUNCATE ON "event_request_events" FROM communa_app;
