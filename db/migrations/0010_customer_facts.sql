CREATE TABLE `customer_facts` (
	`workspace_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`first_at` integer NOT NULL,
	`last_at` integer NOT NULL,
	`orders` integer NOT NULL,
	`revenue` real NOT NULL,
	`last_cross_at` integer,
	`last_up_at` integer,
	`last_deep_at` integer,
	PRIMARY KEY(`workspace_id`, `customer_id`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
-- Backfill for databases that already hold order facts (the same statement db/queries/refresh-order-facts.ts runs).
INSERT INTO `customer_facts` (`workspace_id`, `customer_id`, `first_at`, `last_at`, `orders`, `revenue`, `last_cross_at`, `last_up_at`, `last_deep_at`)
SELECT c.workspace_id, c.id, min(f.ordered_at), max(f.ordered_at), count(*), sum(f.revenue),
	max(CASE WHEN f.prev_cross_at IS NOT NULL THEN f.ordered_at END), max(CASE WHEN f.prev_up_at IS NOT NULL THEN f.ordered_at END),
	max(CASE WHEN f.prev_deep_at IS NOT NULL THEN f.ordered_at END)
FROM `customers` c CROSS JOIN `order_facts` f ON f.customer_id = c.id AND f.counted = 1
GROUP BY c.id;
