CREATE TABLE "event_equipment" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"config_hash" char(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" jsonb NOT NULL,
	"stock" integer NOT NULL,
	CONSTRAINT "event_equipment_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "event_equipment_key" UNIQUE("tenant_id","key")
);
--> statement-breakpoint
ALTER TABLE "event_equipment" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "event_places" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"config_hash" char(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"address" jsonb NOT NULL,
	"capacity" integer NOT NULL,
	CONSTRAINT "event_places_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "event_places_key" UNIQUE("tenant_id","key")
);
--> statement-breakpoint
ALTER TABLE "event_places" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "event_request_equipment" (
	"tenant_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"equipment_key" text NOT NULL,
	"quantity" integer NOT NULL,
	CONSTRAINT "event_request_equipment_tenant_id_request_id_equipment_key_pk" PRIMARY KEY("tenant_id","request_id","equipment_key"),
	CONSTRAINT "event_request_equipment_quantity" CHECK ("event_request_equipment"."quantity" > 0)
);
--> statement-breakpoint
ALTER TABLE "event_request_equipment" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "event_requests" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"type_key" text NOT NULL,
	"requester_id" uuid,
	"association_id" uuid,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place_key" text,
	"address" jsonb,
	"expected_attendance" integer,
	"public" boolean DEFAULT false NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"form_version" integer,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_requests_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "event_requests_reference" UNIQUE("tenant_id","reference"),
	CONSTRAINT "event_requests_time_order" CHECK ("event_requests"."ends_at" > "event_requests"."starts_at"),
	CONSTRAINT "event_requests_one_location" CHECK ("event_requests"."place_key" is null or "event_requests"."address" is null),
	CONSTRAINT "event_requests_attendance" CHECK ("event_requests"."expected_attendance" >= 0)
);
--> statement-breakpoint
ALTER TABLE "event_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "event_services" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"config_hash" char(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" jsonb NOT NULL,
	"email" text NOT NULL,
	CONSTRAINT "event_services_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "event_services_key" UNIQUE("tenant_id","key")
);
--> statement-breakpoint
ALTER TABLE "event_services" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "event_types" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"config_hash" char(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"form_key" text NOT NULL,
	"attachments" jsonb NOT NULL,
	"lead_time_days" integer NOT NULL,
	"opinions" text[] NOT NULL,
	"public_calendar" boolean NOT NULL,
	CONSTRAINT "event_types_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "event_types_key" UNIQUE("tenant_id","key")
);
--> statement-breakpoint
ALTER TABLE "event_types" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "event_equipment" ADD CONSTRAINT "event_equipment_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_places" ADD CONSTRAINT "event_places_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_request_equipment" ADD CONSTRAINT "event_request_equipment_tenant_id_request_id_event_requests_tenant_id_id_fk" FOREIGN KEY ("tenant_id","request_id") REFERENCES "public"."event_requests"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_request_equipment" ADD CONSTRAINT "event_request_equipment_tenant_id_equipment_key_event_equipment_tenant_id_key_fk" FOREIGN KEY ("tenant_id","equipment_key") REFERENCES "public"."event_equipment"("tenant_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_requests" ADD CONSTRAINT "event_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_requests" ADD CONSTRAINT "event_requests_tenant_id_type_key_event_types_tenant_id_key_fk" FOREIGN KEY ("tenant_id","type_key") REFERENCES "public"."event_types"("tenant_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_requests" ADD CONSTRAINT "event_requests_tenant_id_place_key_event_places_tenant_id_key_fk" FOREIGN KEY ("tenant_id","place_key") REFERENCES "public"."event_places"("tenant_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_requests" ADD CONSTRAINT "event_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_services" ADD CONSTRAINT "event_services_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_types" ADD CONSTRAINT "event_types_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_requests_place_time" ON "event_requests" USING btree ("tenant_id","place_key","starts_at");--> statement-breakpoint
CREATE INDEX "event_requests_status_time" ON "event_requests" USING btree ("tenant_id","status","starts_at");--> statement-breakpoint
CREATE INDEX "event_requests_requester" ON "event_requests" USING btree ("tenant_id","requester_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_equipment" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_places" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_request_equipment" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_requests" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_services" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_types" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);