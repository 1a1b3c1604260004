CREATE SEQUENCE "public"."stage_invoice_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9999999999 START WITH 1000001 CACHE 1;--> statement-breakpoint
CREATE TABLE "stage_invoices" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"amount_cents" integer NOT NULL,
	"structured_communication" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"due_on" date NOT NULL,
	"paid_at" timestamp with time zone,
	"paid_by" uuid,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stage_invoices_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "stage_invoices_enrolment" UNIQUE("tenant_id","enrolment_id"),
	CONSTRAINT "stage_invoices_structured_communication" UNIQUE("tenant_id","structured_communication"),
	CONSTRAINT "stage_invoices_amount" CHECK ("stage_invoices"."amount_cents" >= 0),
	CONSTRAINT "stage_invoices_structured_communication_digits" CHECK ("stage_invoices"."structured_communication" ~ '^[0-9]{12}$'),
	CONSTRAINT "stage_invoices_paid" CHECK (("stage_invoices"."status" = 'paid') = ("stage_invoices"."paid_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "stage_invoices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "stage_invoices" ADD CONSTRAINT "stage_invoices_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_invoices" ADD CONSTRAINT "stage_invoices_tenant_id_household_id_households_tenant_id_id_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."households"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_invoices" ADD CONSTRAINT "stage_invoices_tenant_id_enrolment_id_stage_enrolments_tenant_id_id_fk" FOREIGN KEY ("tenant_id","enrolment_id") REFERENCES "public"."stage_enrolments"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_invoices" ADD CONSTRAINT "stage_invoices_paid_by_users_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stage_invoices_household" ON "stage_invoices" USING btree ("tenant_id","household_id");--> statement-breakpoint
CREATE INDEX "stage_invoices_status" ON "stage_invoices" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stage_invoices" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);