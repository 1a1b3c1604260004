-- drizzle-kit does not emit FORCE ROW LEVEL SECURITY: opinions, their files, advisers and decisions bind the owner too.
ALTER TABLE "event_service_members" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "event_opinions" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "event_opinion_attachments" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "event_request_decisions" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Opinions and their files are part of the file the decision rests on: never deleted by the
-- application. A decision and its letter are issued once: never rewritten.
REVOKE DELETE, TRUNCATE ON "event_opinions", "event_opinion_attachments" FROM communa_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "event_request_decisions" FROM communa_app;
--> statement-breakpoint
-- Advisers' services are replaced as a whole by an admin (delete then insert), never truncated.
REVOKE TRUNCATE ON "event_service_members" FROM communa_app;
