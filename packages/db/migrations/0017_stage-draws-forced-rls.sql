-- drizzle-kit does not emit FORCE ROW LEVEL SECURITY: draws and their tickets bind the owner too.
ALTER TABLE "stage_draws" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "stage_draw_tickets" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A draw and its tickets are the public record of who came first: never deleted.
REVOKE DELETE, TRUNCATE ON "stage_draws", "stage_draw_tickets" FROM communa_app;
