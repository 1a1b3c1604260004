-- The audit log is append-only for the application: it may record and read, never rewrite history.
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_events" FROM communa_app;
--> statement-breakpoint
ALTER TABLE "audit_events" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A commune's organization mirrors its registry row and is written by tenants:apply (owner) only.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "organizations" FROM communa_app;
