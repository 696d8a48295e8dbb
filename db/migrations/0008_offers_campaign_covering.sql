DROP INDEX `offers_campaign_idx`;--> statement-breakpoint
CREATE INDEX `offers_campaign_idx` ON `offers` (`workspace_id`,`campaign_id`,`customer_id`,`variant`,`accepted`,`order_key`,`revenue`);