CREATE TABLE `rfm_facts` (
	`workspace_id` integer PRIMARY KEY NOT NULL,
	`data_version` integer NOT NULL,
	`end_ms` integer NOT NULL,
	`ids` blob NOT NULL,
	`codes` blob NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
