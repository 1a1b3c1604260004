CREATE TABLE "event_opinion_attachments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"opinion_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_opinion_attachments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "event_opinion_attachments_size" CHECK ("event_opinion_attachments"."size" = octet_length("event_opinion_attachments"."content"))
);
--> statement-breakpoint
ALTER TABLE "event_opinion_attachments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "event_opinions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"service_key" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"due_on" date NOT NULL,
	"question" text,
	"requested_by" uuid,
	"conditions" text,
	"comment" text,
	"given_by" uuid,
	"given_at" timestamp with time zone,
	"reminded_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_opinions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "event_opinions_request_service" UNIQUE("tenant_id","request_id","service_key"),
	CONSTRAINT "event_opinions_conditions" CHECK ("event_opinions"."status" <> 'favourable-with-conditions' or "event_opinions"."conditions" is not null)
);
--> statement-breakpoint
ALTER TABLE "event_opinions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "event_request_decisions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"conditions" text,
	"motivation" text NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"letter_language" text NOT NULL,
	"letter" "bytea" NOT NULL,
	CONSTRAINT "event_request_decisions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "event_request_decisions_request" UNIQUE("tenant_id","request_id")
);
--> statement-breakpoint
ALTER TABLE "event_request_decisions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "event_service_members" (
	"tenant_id" uuid NOT NULL,
	"service_key" text NOT NULL,
	"member_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_service_members_tenant_id_service_key_member_id_pk" PRIMARY KEY("tenant_id","service_key","member_id")
);
--> statement-breakpoint
ALTER TABLE "event_service_members" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "event_opinion_attachments" ADD CONSTRAINT "event_opinion_attachments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_opinion_attachments" ADD CONSTRAINT "event_opinion_attachments_tenant_id_opinion_id_event_opinions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","opinion_id") REFERENCES "public"."event_opinions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_opinion_attachments" ADD CONSTRAINT "event_opinion_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_opinions" ADD CONSTRAINT "event_opinions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_opinions" ADD CONSTRAINT "event_opinions_tenant_id_request_id_event_requests_tenant_id_id_fk" FOREIGN KEY ("tenant_id","request_id") REFERENCES "public"."event_requests"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_opinions" ADD CONSTRAINT "event_opinions_tenant_id_service_key_event_services_tenant_id_key_fk" FOREIGN KEY ("tenant_id","service_key") REFERENCES "public"."event_services"("tenant_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_opinions" ADD CONSTRAINT "event_opinions_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_opinions" ADD CONSTRAINT "event_opinions_given_by_users_id_fk" FOREIGN KEY ("given_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_request_decisions" ADD CONSTRAINT "event_request_decisions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_request_decisions" ADD CONSTRAINT "event_request_decisions_tenant_id_request_id_event_requests_tenant_id_id_fk" FOREIGN KEY ("tenant_id","request_id") REFERENCES "public"."event_requests"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_request_decisions" ADD CONSTRAINT "event_request_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_service_members" ADD CONSTRAINT "event_service_members_tenant_id_service_key_event_services_tenant_id_key_fk" FOREIGN KEY ("tenant_id","service_key") REFERENCES "public"."event_services"("tenant_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_service_members" ADD CONSTRAINT "event_service_members_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_opinion_attachments_opinion" ON "event_opinion_attachments" USING btree ("tenant_id","opinion_id");--> statement-breakpoint
CREATE INDEX "event_opinions_status_due" ON "event_opinions" USING btree ("tenant_id","status","due_on");--> statement-breakpoint
CREATE INDEX "event_service_members_member" ON "event_service_members" USING btree ("tenant_id","member_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_opinion_attachments" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_opinions" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_request_decisions" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_service_members" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);