CREATE TABLE "stage_attendance" (
	"tenant_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"day" date NOT NULL,
	"status" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stage_attendance_tenant_id_enrolment_id_day_pk" PRIMARY KEY("tenant_id","enrolment_id","day")
);
--> statement-breakpoint
ALTER TABLE "stage_attendance" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "stage_session_animators" (
	"tenant_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stage_session_animators_tenant_id_session_id_user_id_pk" PRIMARY KEY("tenant_id","session_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "stage_session_animators" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "stage_attendance" ADD CONSTRAINT "stage_attendance_tenant_id_session_id_stage_sessions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","session_id") REFERENCES "public"."stage_sessions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_attendance" ADD CONSTRAINT "stage_attendance_tenant_id_enrolment_id_stage_enrolments_tenant_id_id_fk" FOREIGN KEY ("tenant_id","enrolment_id") REFERENCES "public"."stage_enrolments"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_attendance" ADD CONSTRAINT "stage_attendance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_session_animators" ADD CONSTRAINT "stage_session_animators_tenant_id_session_id_stage_sessions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","session_id") REFERENCES "public"."stage_sessions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_session_animators" ADD CONSTRAINT "stage_session_animators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stage_attendance_session_day" ON "stage_attendance" USING btree ("tenant_id","session_id","day");--> statement-breakpoint
CREATE INDEX "stage_session_animators_user" ON "stage_session_animators" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stage_attendance" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stage_session_animators" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);