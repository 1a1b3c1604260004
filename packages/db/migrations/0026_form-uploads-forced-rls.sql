-- drizzle-kit does not emit FORCE ROW LEVEL SECURITY: uploads bind the owner too.
ALTER TABLE "form_uploads" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- An upload is kept as evidence of what was sent: the application never deletes one.
REVOKE DELETE, TRUNCATE ON "form_uploads" FROM communa_app;
