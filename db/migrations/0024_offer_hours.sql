CREATE TABLE `offer_hours` (
	`workspace_id` integer NOT NULL,
	`hour` integer NOT NULL,
	`campaign_id` integer NOT NULL,
	`shown` integer NOT NULL,
	`accepted` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `hour`, `campaign_id`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
