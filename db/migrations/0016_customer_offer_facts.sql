CREATE TABLE `customer_offer_facts` (
	`workspace_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`shown` integer NOT NULL,
	`accepted` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `customer_id`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
ALTER TABLE `workspaces` ADD `offer_facts_version` integer;