ALTER TABLE "stage_enrolments" ADD COLUMN "offer_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD COLUMN "cancellation_reason" text;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD COLUMN "cancellation_fee_cents" integer;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD COLUMN "cancellation_credit_cents" integer;--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD CONSTRAINT "stage_enrolments_offer" CHECK ("stage_enrolments"."status" <> 'offered' or "stage_enrolments"."offer_expires_at" is not null);--> statement-breakpoint
ALTER TABLE "stage_enrolments" ADD CONSTRAINT "stage_enrolments_cancellation_amounts" CHECK ("stage_enrolments"."cancellation_fee_cents" >= 0 and "stage_enrolments"."cancellation_credit_cents" >= 0);