-- drizzle-kit does not emit FORCE ROW LEVEL SECURITY.
ALTER TABLE "co_parent_invitations" FORCE ROW LEVEL SECURITY;
