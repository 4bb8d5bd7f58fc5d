CREATE TABLE "ai_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text,
	"session_id" varchar(255) NOT NULL,
	"messages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"context" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_conversations_sessionId_unique" UNIQUE("session_id")
);
--> statement-breakpoint
CREATE TABLE "recommendation_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text,
	"session_id" varchar(255),
	"recommendation_id" varchar(255),
	"offer_id" uuid,
	"was_booked" boolean,
	"explicit_feedback" varchar(20),
	"position_in_list" integer,
	"algorithm_used" varchar(50),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"tenant_id" text,
	"name" varchar(255) NOT NULL,
	"query" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notify_on_price_drop" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" text,
	"user_id" text,
	"action" varchar(100) NOT NULL,
	"resource_type" varchar(50),
	"resource_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ip_address" "inet",
	"previous_hash" varchar(64) NOT NULL,
	"current_hash" varchar(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_currentHash_unique" UNIQUE("current_hash")
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"tenant_id" text NOT NULL,
	"key" varchar(255) NOT NULL,
	"request_hash" varchar(64) NOT NULL,
	"status" varchar(20) DEFAULT 'in_progress' NOT NULL,
	"response_status" integer,
	"response_body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_tenant_id_key_pk" PRIMARY KEY("tenant_id","key")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"email" varchar(255) NOT NULL,
	"role" varchar(50),
	"status" varchar(20) DEFAULT 'pending' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"inviter_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jwks" (
	"id" text PRIMARY KEY NOT NULL,
	"public_key" text NOT NULL,
	"private_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" varchar(50) DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"token" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"active_organization_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sessions_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" text PRIMARY KEY NOT NULL,
	"name" varchar(255) NOT NULL,
	"slug" varchar(255),
	"logo" text,
	"metadata" text,
	"plan" varchar(50) DEFAULT 'free' NOT NULL,
	"api_calls_limit" integer DEFAULT 100 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenants_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "two_factors" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"secret" text NOT NULL,
	"backup_codes" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" varchar(255) NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"name" varchar(255) NOT NULL,
	"image" text,
	"role" varchar(50) DEFAULT 'user' NOT NULL,
	"two_factor_enabled" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verifications" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text,
	"user_id" text,
	"offer_id" uuid NOT NULL,
	"provider_booking_id" varchar(255),
	"idempotency_key" varchar(255),
	"status" varchar(20) DEFAULT 'pending' NOT NULL,
	"duration_hours" numeric(10, 2),
	"price_per_hour" numeric(12, 4),
	"start_time" timestamp with time zone,
	"end_time" timestamp with time zone,
	"total_cost" numeric(12, 2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gpu_benchmarks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gpu_model" varchar(100) NOT NULL,
	"vendor" varchar(20) NOT NULL,
	"architecture" varchar(100),
	"year" smallint,
	"vram_gb" integer,
	"memory_bandwidth_gbps" numeric(10, 2),
	"tflops_fp32" numeric(10, 2),
	"tflops_fp16" numeric(10, 2),
	"tflops_bf16" numeric(10, 2),
	"tflops_int8" numeric(10, 2),
	"tdp_watts" numeric(7, 1),
	"tokens_per_second7b" numeric(10, 2),
	"tokens_per_second13b" numeric(10, 2),
	"tokens_per_second70b" numeric(10, 2),
	"tps_note" text,
	"image_gen_per_minute" numeric(10, 2),
	"image_note" text,
	"source" varchar(255) NOT NULL,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gpu_benchmarks_gpuModel_unique" UNIQUE("gpu_model")
);
--> statement-breakpoint
CREATE TABLE "gpu_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"external_id" varchar(255) NOT NULL,
	"instance_type" varchar(255) NOT NULL,
	"gpu_type" varchar(100) NOT NULL,
	"gpu_model" varchar(100),
	"gpu_identity" varchar(20) DEFAULT 'known' NOT NULL,
	"gpu_count" double precision NOT NULL,
	"vram_per_gpu_gb" double precision,
	"gpu_memory_gb" integer NOT NULL,
	"form_factor" varchar(20),
	"interconnect" varchar(50),
	"cpu_cores" integer,
	"ram_gb" double precision,
	"storage_gb" double precision,
	"price_per_hour" numeric(12, 4) NOT NULL,
	"price_per_gpu_hour" numeric(12, 4) NOT NULL,
	"spot_price_per_hour" numeric(12, 4),
	"currency" varchar(3) DEFAULT 'USD' NOT NULL,
	"list_price_per_hour" numeric(12, 4) NOT NULL,
	"list_currency" varchar(3) DEFAULT 'USD' NOT NULL,
	"region" varchar(50) NOT NULL,
	"country" varchar(2),
	"continent" varchar(20),
	"market" varchar(20) DEFAULT 'on_demand' NOT NULL,
	"availability_status" varchar(20) DEFAULT 'available' NOT NULL,
	"available_count" integer,
	"compliance_tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"reliability" numeric(4, 3),
	"storage_price_gb_month" numeric(12, 4),
	"egress_price_gb" numeric(12, 4),
	"boot_time_s" integer,
	"source" varchar(20) DEFAULT 'api' NOT NULL,
	"observed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ttl_s" integer DEFAULT 300 NOT NULL,
	"stale" boolean DEFAULT false NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gpu_offers_providerId_externalId_unique" UNIQUE("provider_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "price_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"offer_id" uuid NOT NULL,
	"price_per_hour" numeric(12, 4) NOT NULL,
	"availability_status" varchar(20) NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(100) NOT NULL,
	"display_name" varchar(100) NOT NULL,
	"api_base_url" varchar(500) NOT NULL,
	"kind" varchar(20) DEFAULT 'api' NOT NULL,
	"status" varchar(20) DEFAULT 'active' NOT NULL,
	"reliability_score" numeric(3, 2) DEFAULT '0.50' NOT NULL,
	"last_sync_at" timestamp with time zone,
	"last_error" text,
	"error_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "providers_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"topic" varchar(50) NOT NULL,
	"key" varchar(255) NOT NULL,
	"payload" jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "ai_conversations" ADD CONSTRAINT "ai_conversations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_feedback" ADD CONSTRAINT "recommendation_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_feedback" ADD CONSTRAINT "recommendation_feedback_offer_id_gpu_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."gpu_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organization_id_tenants_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_inviter_id_users_id_fk" FOREIGN KEY ("inviter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_organization_id_tenants_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "two_factors" ADD CONSTRAINT "two_factors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_offer_id_gpu_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."gpu_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gpu_offers" ADD CONSTRAINT "gpu_offers_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gpu_offers" ADD CONSTRAINT "gpu_offers_gpu_model_gpu_benchmarks_gpu_model_fk" FOREIGN KEY ("gpu_model") REFERENCES "public"."gpu_benchmarks"("gpu_model") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_history" ADD CONSTRAINT "price_history_offer_id_gpu_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."gpu_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_conversations_user_id_index" ON "ai_conversations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "recommendation_feedback_user_id_index" ON "recommendation_feedback" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "recommendation_feedback_offer_id_index" ON "recommendation_feedback" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "saved_searches_user_id_index" ON "saved_searches" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_tenant_id_seq_index" ON "audit_log" USING btree ("tenant_id","seq");--> statement-breakpoint
CREATE INDEX "accounts_user_id_index" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "members_organization_id_index" ON "members" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "members_user_id_index" ON "members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_id_index" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "bookings_user_id_index" ON "bookings" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "bookings_tenant_id_index" ON "bookings" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "gpu_offers_gpu_model_price_per_hour_index" ON "gpu_offers" USING btree ("gpu_model","price_per_hour");--> statement-breakpoint
CREATE INDEX "gpu_offers_price_per_hour_index" ON "gpu_offers" USING btree ("price_per_hour");--> statement-breakpoint
CREATE INDEX "gpu_offers_price_per_gpu_hour_index" ON "gpu_offers" USING btree ("price_per_gpu_hour");--> statement-breakpoint
CREATE INDEX "gpu_offers_region_index" ON "gpu_offers" USING btree ("region");--> statement-breakpoint
CREATE INDEX "gpu_offers_last_seen_at_index" ON "gpu_offers" USING btree ("last_seen_at");--> statement-breakpoint
CREATE INDEX "price_history_offer_id_recorded_at_index" ON "price_history" USING btree ("offer_id","recorded_at");--> statement-breakpoint
CREATE INDEX "price_history_recorded_at_brin" ON "price_history" USING brin ("recorded_at");--> statement-breakpoint
CREATE INDEX "events_published_at_id_index" ON "events" USING btree ("published_at","id");--> statement-breakpoint
CREATE INDEX "events_topic_created_at_index" ON "events" USING btree ("topic","created_at");