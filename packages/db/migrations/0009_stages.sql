CREATE TABLE "stage_session_windows" (
	"tenant_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"audience" text NOT NULL,
	CONSTRAINT "stage_session_windows_tenant_id_session_id_position_pk" PRIMARY KEY("tenant_id","session_id","position")
);
--> statement-breakpoint
ALTER TABLE "stage_session_windows" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "stage_sessions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"stage_id" uuid NOT NULL,
	"key" text NOT NULL,
	"days" date[] NOT NULL,
	"first_day" date NOT NULL,
	"last_day" date NOT NULL,
	"starts_at" time NOT NULL,
	"ends_at" time NOT NULL,
	"min_age" integer NOT NULL,
	"max_age" integer NOT NULL,
	"capacity" integer NOT NULL,
	"seats_taken" integer DEFAULT 0 NOT NULL,
	"resident_price_cents" integer NOT NULL,
	"non_resident_price_cents" integer NOT NULL,
	"social_price_cents" integer,
	"sibling_reduction_cents" integer,
	"sibling_reduction_per" text,
	"opens_at" timestamp with time zone NOT NULL,
	"allocation" text NOT NULL,
	"draw_minutes" integer,
	"free_cancellation_days_before" integer NOT NULL,
	"cancellation_fee_cents" integer NOT NULL,
	"medical_cancellation_exempt" boolean NOT NULL,
	"position" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"config_hash" char(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stage_sessions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "stage_sessions_key" UNIQUE("tenant_id","stage_id","key"),
	CONSTRAINT "stage_sessions_seats_taken" CHECK ("stage_sessions"."seats_taken" >= 0),
	CONSTRAINT "stage_sessions_capacity" CHECK ("stage_sessions"."capacity" > 0),
	CONSTRAINT "stage_sessions_ages" CHECK ("stage_sessions"."min_age" <= "stage_sessions"."max_age")
);
--> statement-breakpoint
ALTER TABLE "stage_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "stages" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"category" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"place" jsonb NOT NULL,
	"position" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"config_hash" char(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stages_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "stages_key" UNIQUE("tenant_id","key")
);
--> statement-breakpoint
ALTER TABLE "stages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "stage_session_windows" ADD CONSTRAINT "stage_session_windows_tenant_id_session_id_stage_sessions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","session_id") REFERENCES "public"."stage_sessions"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_sessions" ADD CONSTRAINT "stage_sessions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_sessions" ADD CONSTRAINT "stage_sessions_tenant_id_stage_id_stages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","stage_id") REFERENCES "public"."stages"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stages" ADD CONSTRAINT "stages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stage_session_windows" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stage_sessions" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stages" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);