-- drizzle-kit does not emit FORCE ROW LEVEL SECURITY: the forms tables bind the owner too.
ALTER TABLE "forms" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "form_definitions" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "form_drafts" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "form_submissions" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "form_submission_events" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Forms and their versions are written by tenants:apply (owner role); a version never changes.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "forms", "form_definitions" FROM communa_app;
--> statement-breakpoint
-- A submission is never deleted by the application; its history is append-only.
REVOKE DELETE, TRUNCATE ON "form_submissions" FROM communa_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "form_submission_events" FROM communa_app;
--> statement-breakpoint
REVOKE TRUNCATE ON "form_drafts" FROM communa_app;
