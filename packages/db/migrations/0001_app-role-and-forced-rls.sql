-- drizzle-kit emits neither roles, grants nor FORCE ROW LEVEL SECURITY: they live here.
-- The application connects as communa_app: not the owner of any table and without BYPASSRLS,
-- so every policy applies to it. Its LOGIN and password are set outside migrations.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'communa_app') THEN
    CREATE ROLE communa_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO communa_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO communa_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO communa_app;
--> statement-breakpoint
-- The registry of communes is written by tenants:apply (owner role) only.
GRANT SELECT ON "tenants" TO communa_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "tenant_services" TO communa_app;
--> statement-breakpoint
-- FORCE makes the policies bind the table owner too, so a migration or script that forgets the
-- tenant context reads nothing rather than everything.
ALTER TABLE "tenant_services" FORCE ROW LEVEL SECURITY;
