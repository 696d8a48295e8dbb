-- Filled with kpi_months (db/queries/kpi-months.ts): databases from before 0011 build both at their next refresh.
CREATE TABLE `kpi_cohorts` (
	`workspace_id` integer NOT NULL,
	`cohort_ms` integer NOT NULL,
	`month_ms` integer NOT NULL,
	`customers` integer NOT NULL,
	`revenue` real NOT NULL,
	PRIMARY KEY(`workspace_id`, `cohort_ms`, `month_ms`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
UPDATE `workspaces` SET `kpi_months_timezone` = NULL; -- built again with kpi_cohorts at the next refresh
