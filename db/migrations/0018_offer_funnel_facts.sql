CREATE TABLE `offer_funnel_facts` (
	`workspace_id` integer NOT NULL,
	`by` text NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`shown` integer NOT NULL,
	`accepted` integer NOT NULL,
	`purchased` integer NOT NULL,
	`customers` integer NOT NULL,
	`revenue` real NOT NULL,
	PRIMARY KEY(`workspace_id`, `by`, `key`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `customer_offer_facts` ADD `purchased` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `customer_offer_facts` ADD `revenue` real DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Kept offer totals made before this migration lack purchases and revenue: used again after the next import.
UPDATE `workspaces` SET `offer_facts_version` = NULL;