DROP INDEX `offers_shown_idx`;--> statement-breakpoint
CREATE INDEX `offers_shown_idx` ON `offers` (`workspace_id`,`shown_at`,`accepted`,`variant`,`campaign_id`,`customer_id`);