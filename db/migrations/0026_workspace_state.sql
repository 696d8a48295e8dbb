CREATE TABLE `workspace_state` (
	`workspace_id` integer PRIMARY KEY NOT NULL,
	`data_version` integer DEFAULT 0 NOT NULL,
	`kpi_months_timezone` text,
	`baskets_kept` integer DEFAULT false NOT NULL,
	`offer_facts_version` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `workspace_state` (`workspace_id`, `data_version`, `kpi_months_timezone`, `baskets_kept`, `offer_facts_version`)
  SELECT `id`, `data_version`, `kpi_months_timezone`, `baskets_kept`, `offer_facts_version` FROM `workspaces`;--> statement-breakpoint
ALTER TABLE `workspaces` DROP COLUMN `data_version`;--> statement-breakpoint
ALTER TABLE `workspaces` DROP COLUMN `kpi_months_timezone`;--> statement-breakpoint
ALTER TABLE `workspaces` DROP COLUMN `baskets_kept`;--> statement-breakpoint
ALTER TABLE `workspaces` DROP COLUMN `offer_facts_version`;