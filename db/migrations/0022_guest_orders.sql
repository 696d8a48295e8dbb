ALTER TABLE `customers` ADD `guest` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `customers_guest_idx` ON `customers` (`workspace_id`,`id`) WHERE guest;--> statement-breakpoint
ALTER TABLE `kpi_hours` ADD `guest_orders` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `kpi_hours` ADD `guest_revenue` real DEFAULT 0 NOT NULL;