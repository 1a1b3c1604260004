ALTER TABLE "stage_draw_tickets" ADD COLUMN "answers" jsonb;--> statement-breakpoint
ALTER TABLE "stage_draw_tickets" ADD COLUMN "answers_form_key" text;--> statement-breakpoint
ALTER TABLE "stage_draw_tickets" ADD COLUMN "answers_form_version" integer;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD COLUMN "answers" jsonb;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD COLUMN "answers_form_key" text;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD COLUMN "answers_form_version" integer;--> statement-breakpoint
ALTER TABLE "stages" ADD COLUMN "questions_form_key" text;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD CONSTRAINT "stage_enrolments_tenant_id_answers_form_key_answers_form_version_form_definitions_tenant_id_form_key_version_fk" FOREIGN KEY ("tenant_id","answers_form_key","answers_form_version") REFERENCES "public"."form_definitions"("tenant_id","form_key","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD CONSTRAINT "stage_enrolments_answers" CHECK (("stage_enrolments"."answers" is null) = ("stage_enrolments"."answers_form_key" is null) and ("stage_enrolments"."answers_form_key" is null) = ("stage_enrolments"."answers_form_version" is null));