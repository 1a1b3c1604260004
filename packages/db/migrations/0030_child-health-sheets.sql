CREATE TABLE "child_health_sheets" (
	"tenant_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"ciphertext" "bytea" NOT NULL,
	"iv" "bytea" NOT NULL,
	"key_id" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "child_health_sheets_tenant_id_child_id_pk" PRIMARY KEY("tenant_id","child_id")
);
--> statement-breakpoint
ALTER TABLE "child_health_sheets" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "child_health_sheets" ADD CONSTRAINT "child_health_sheets_tenant_id_child_id_children_tenant_id_id_fk" FOREIGN KEY ("tenant_id","child_id") REFERENCES "public"."children"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_health_sheets" ADD CONSTRAINT "child_health_sheets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "child_health_sheets" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);