-- drizzle-kit does not emit FORCE ROW LEVEL SECURITY: the event tables bind the owner too.
ALTER TABLE "event_types" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "event_places" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "event_equipment" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "event_services" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "event_requests" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "event_request_equipment" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Requests name the configured types, places, equipment and services, which are deactivated, never
-- deleted; a request is withdrawn or refused, never deleted, so its reference and history stay.
REVOKE DELETE, TRUNCATE ON "event_types", "event_places", "event_equipment", "event_services", "event_requests" FROM communa_app;
