-- Filled by the next order-facts refresh (month boundaries need the workspace's time zone); until then the views scan order_facts.
CREATE TABLE `kpi_months` (
	`workspace_id` integer NOT NULL,
	`start_ms` integer NOT NULL,
	`end_ms` integer NOT NULL,
	`active` integer NOT NULL,
	`cross` integer NOT NULL,
	`up` integer NOT NULL,
	`deep` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `start_ms`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `workspaces` ADD `kpi_months_timezone` text;