CREATE TABLE `campaign_facts` (
	`workspace_id` integer PRIMARY KEY NOT NULL,
	`data_version` integer NOT NULL,
	`timezone` text NOT NULL,
	`parts` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
