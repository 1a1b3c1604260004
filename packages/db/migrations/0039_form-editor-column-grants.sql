-- The form editor only moves a form to a new version or brings it back: the application role may
-- change those columns of `forms`, never its key or commune.
REVOKE UPDATE ON "forms" FROM communa_app;
--> statement-breakpoint
GRANT UPDATE ("current_version", "active", "updated_at") ON "forms" TO communa_app;
