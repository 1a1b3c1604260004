-- drizzle-kit does not emit FORCE ROW LEVEL SECURITY: households and children bind the owner too.
ALTER TABLE "households" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "household_members" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "children" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "child_households" FORCE ROW LEVEL SECURITY;
