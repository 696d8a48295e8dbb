DROP INDEX `orders_customer_idx`;--> statement-breakpoint
CREATE INDEX `orders_customer_idx` ON `orders` (`workspace_id`,`customer_id`,`ordered_at`,`order_key`);