CREATE TABLE "stage_draw_tickets" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"draw_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"requested_by" uuid,
	"child_ids" uuid[] NOT NULL,
	"all_or_none" boolean NOT NULL,
	"priority" boolean NOT NULL,
	"residency_unconfirmed" boolean NOT NULL,
	"rank" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stage_draw_tickets_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "stage_draw_tickets_rank" UNIQUE("tenant_id","draw_id","rank"),
	CONSTRAINT "stage_draw_tickets_children" CHECK (cardinality("stage_draw_tickets"."child_ids") > 0)
);
--> statement-breakpoint
ALTER TABLE "stage_draw_tickets" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "stage_draws" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"window_position" integer NOT NULL,
	"seed" char(64) NOT NULL,
	"seed_hash" char(64) NOT NULL,
	"draw_at" timestamp with time zone NOT NULL,
	"drawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stage_draws_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "stage_draws_window" UNIQUE("tenant_id","session_id","window_position"),
	CONSTRAINT "stage_draws_seed" CHECK ("stage_draws"."seed" ~ '^[0-9a-f]{64}$' and "stage_draws"."seed_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "stage_draws" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "stage_draw_tickets" ADD CONSTRAINT "stage_draw_tickets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_draw_tickets" ADD CONSTRAINT "stage_draw_tickets_tenant_id_draw_id_stage_draws_tenant_id_id_fk" FOREIGN KEY ("tenant_id","draw_id") REFERENCES "public"."stage_draws"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_draw_tickets" ADD CONSTRAINT "stage_draw_tickets_tenant_id_household_id_households_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."households"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_draw_tickets" ADD CONSTRAINT "stage_draw_tickets_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_draws" ADD CONSTRAINT "stage_draws_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_draws" ADD CONSTRAINT "stage_draws_tenant_id_session_id_stage_sessions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","session_id") REFERENCES "public"."stage_sessions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stage_draw_tickets_draw" ON "stage_draw_tickets" USING btree ("tenant_id","draw_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stage_draw_tickets" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stage_draws" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);