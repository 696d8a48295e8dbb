CREATE TABLE `derived_freshness` (
	`workspace_id` integer NOT NULL,
	`name` text NOT NULL,
	`code_version` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `name`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `fact_slices` (
	`id` integer PRIMARY KEY NOT NULL,
	`workspace_id` integer NOT NULL,
	`dimension` text NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fact_slices_key_uq` ON `fact_slices` (`workspace_id`,`dimension`,`key`);--> statement-breakpoint
CREATE TABLE `order_slice_facts` (
	`slice_id` integer NOT NULL,
	`ordered_at` integer NOT NULL,
	`order_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`channel_slice_id` integer,
	`revenue` real NOT NULL,
	`seq` integer NOT NULL,
	`prev_at` integer NOT NULL,
	`prev_cross_at` integer,
	`prev_up_at` integer,
	`prev_deep_at` integer,
	PRIMARY KEY(`slice_id`, `ordered_at`, `order_id`),
	FOREIGN KEY (`slice_id`) REFERENCES `fact_slices`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
