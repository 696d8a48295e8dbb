CREATE TABLE `saved_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`name` text NOT NULL,
	`page` text NOT NULL,
	`query` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `saved_reports_workspace_idx` ON `saved_reports` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `saved_reports_id_workspace_uq` ON `saved_reports` (`id`,`workspace_id`);--> statement-breakpoint
CREATE TABLE `share_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`report_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`mode` text NOT NULL,
	`snapshot` text,
	`data_as_of` integer,
	`password_hash` text,
	`allow_embed` integer DEFAULT false NOT NULL,
	`expires_at` integer,
	`created_by` text,
	`created_at` integer NOT NULL,
	`last_viewed_at` integer,
	`view_count` integer DEFAULT 0 NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`report_id`,`workspace_id`) REFERENCES `saved_reports`(`id`,`workspace_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `share_links_token_hash_unique` ON `share_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `share_links_workspace_idx` ON `share_links` (`workspace_id`);--> statement-breakpoint
CREATE INDEX `share_links_report_idx` ON `share_links` (`report_id`);