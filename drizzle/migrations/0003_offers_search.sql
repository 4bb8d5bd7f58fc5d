-- Full-text search over an offer's GPU, SKU, region and tags (DESIGN.md D7: Postgres full-text
-- instead of Meilisearch). 'simple' config: product names must not be stemmed.
ALTER TABLE gpu_offers ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  to_tsvector('simple',
    coalesce(gpu_type, '') || ' ' || coalesce(gpu_model, '') || ' ' || instance_type || ' ' ||
    region || ' ' || coalesce(country, '') || ' ' || coalesce(form_factor, '') || ' ' ||
    coalesce(interconnect, '') || ' ' || market)
) STORED;
--> statement-breakpoint
CREATE INDEX gpu_offers_search_idx ON gpu_offers USING gin (search_vector);
--> statement-breakpoint
CREATE INDEX gpu_offers_created_at_idx ON gpu_offers (created_at);
