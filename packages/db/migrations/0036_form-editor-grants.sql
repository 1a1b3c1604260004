-- The back-office's form editor (communes with `source: admin`) adds forms and versions as staff,
-- under the forms' forced row-level security. A version, once written, still never changes.
GRANT INSERT, UPDATE ON "forms" TO communa_app;
--> statement-breakpoint
GRANT INSERT ON "form_definitions" TO communa_app;
