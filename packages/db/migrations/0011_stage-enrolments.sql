CREATE TABLE "idempotency_keys" (
	"tenant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response_status" integer NOT NULL,
	"response_body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_tenant_id_user_id_key_pk" PRIMARY KEY("tenant_id","user_id","key")
);
--> statement-breakpoint
ALTER TABLE "idempotency_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "stage_enrolments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"enrolled_by" uuid,
	"status" text NOT NULL,
	"waitlist_position" integer,
	"reference" text NOT NULL,
	"price_cents" integer NOT NULL,
	"residency_unconfirmed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stage_enrolments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "stage_enrolments_reference" UNIQUE("tenant_id","reference"),
	CONSTRAINT "stage_enrolments_waitlist_position" CHECK (("stage_enrolments"."status" <> 'confirmed' or "stage_enrolments"."waitlist_position" is null) and ("stage_enrolments"."status" <> 'waitlisted' or "stage_enrolments"."waitlist_position" is not null)),
	CONSTRAINT "stage_enrolments_price" CHECK ("stage_enrolments"."price_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "stage_enrolments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "stage_sessions" ADD COLUMN "waitlist_taken" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD CONSTRAINT "stage_enrolments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD CONSTRAINT "stage_enrolments_tenant_id_session_id_stage_sessions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","session_id") REFERENCES "public"."stage_sessions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD CONSTRAINT "stage_enrolments_tenant_id_child_id_children_tenant_id_id_fk" FOREIGN KEY ("tenant_id","child_id") REFERENCES "public"."children"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD CONSTRAINT "stage_enrolments_tenant_id_household_id_households_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."households"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD CONSTRAINT "stage_enrolments_enrolled_by_users_id_fk" FOREIGN KEY ("enrolled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "stage_enrolments_live_child" ON "stage_enrolments" USING btree ("tenant_id","session_id","child_id") WHERE "stage_enrolments"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "stage_enrolments_household" ON "stage_enrolments" USING btree ("tenant_id","household_id");--> statement-breakpoint
CREATE INDEX "stage_enrolments_child" ON "stage_enrolments" USING btree ("tenant_id","child_id");--> statement-breakpoint
ALTER TABLE "stage_sessions" ADD CONSTRAINT "stage_sessions_waitlist_taken" CHECK ("stage_sessions"."waitlist_taken" >= 0);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "idempotency_keys" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stage_enrolments" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);