-- drizzle-kit does not emit FORCE ROW LEVEL SECURITY: associations, their members and invitations bind the owner too.
ALTER TABLE "associations" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "association_members" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "association_invitations" FORCE ROW LEVEL SECURITY;
