CREATE TABLE `order_facts` (
	`order_id` integer PRIMARY KEY NOT NULL,
	`workspace_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`ordered_at` integer NOT NULL,
	`counted` integer NOT NULL,
	`revenue` real NOT NULL,
	`seq` integer,
	`cross_sell` integer NOT NULL,
	`upsell` integer NOT NULL,
	`deep_sell` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `order_facts_period_idx` ON `order_facts` (`workspace_id`,`ordered_at`,`customer_id`,`counted`,`revenue`,`cross_sell`,`upsell`,`deep_sell`);--> statement-breakpoint
CREATE INDEX `order_facts_customer_idx` ON `order_facts` (`customer_id`);