-- Each workspace's data file (db/store.ts), as db/migrations had made these tables by 0026_workspace_state:
-- the same columns in the same order, without the foreign keys to workspaces and users, which live in
-- the server's main file. IF NOT EXISTS: a database of one file (tests, benchmarks) has them from db/migrations.
-- A later change to a data table is a migration here; db/migrations then changes only the other tables.
CREATE TABLE IF NOT EXISTS `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`kind` text NOT NULL,
	`source` text NOT NULL,
	`file_name` text,
	`status` text DEFAULT 'committed' NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`rows_read` integer DEFAULT 0 NOT NULL,
	`inserted` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`rejected` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `imports_workspace_idx` ON `imports` (`workspace_id`,`created_at`);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`sku` text NOT NULL,
	`name` text,
	`category` text,
	`family` text,
	`tier` integer,
	`price` real,
	`cost` real,
	`import_id` integer, `declared_upsells` text, `declared_cross_sells` text,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS `products_sku_uq` ON `products` (`workspace_id`,`sku`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `products_import_idx` ON `products` (`import_id`);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `customers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`customer_key` text NOT NULL,
	`signup_date` text,
	`birth_year` integer,
	`gender` text,
	`city` text,
	`region` text,
	`country` text,
	`channel` text,
	`marketing_opt_out` integer DEFAULT false NOT NULL,
	`import_id` integer, `guest` integer DEFAULT false NOT NULL, `located_at` integer,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS `customers_key_uq` ON `customers` (`workspace_id`,`customer_key`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `customers_import_idx` ON `customers` (`import_id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `customers_guest_idx` ON `customers` (`workspace_id`,`id`) WHERE guest;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `customer_attributes` (
	`workspace_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	`import_id` integer,
	PRIMARY KEY(`customer_id`, `key`),
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `customer_attributes_ws_key_idx` ON `customer_attributes` (`workspace_id`,`key`,`value`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `customer_attributes_import_idx` ON `customer_attributes` (`import_id`);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`order_key` text NOT NULL,
	`customer_id` integer NOT NULL,
	`ordered_at` integer NOT NULL,
	`status` text,
	`channel` text,
	`currency` text,
	`import_id` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS `orders_key_uq` ON `orders` (`workspace_id`,`order_key`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `orders_date_idx` ON `orders` (`workspace_id`,`ordered_at`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `orders_customer_fk_idx` ON `orders` (`customer_id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `orders_import_idx` ON `orders` (`import_id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `orders_customer_idx` ON `orders` (`workspace_id`,`customer_id`,`ordered_at`,`order_key`);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `order_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`order_id` integer NOT NULL,
	`line_no` integer NOT NULL,
	`product_id` integer NOT NULL,
	`category` text,
	`quantity` real NOT NULL,
	`unit_price` real NOT NULL,
	`discount` real DEFAULT 0 NOT NULL,
	`import_id` integer,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `order_lines_order_idx` ON `order_lines` (`order_id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `order_lines_product_idx` ON `order_lines` (`product_id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `order_lines_import_idx` ON `order_lines` (`import_id`);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`campaign_key` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`channel` text,
	`placement` text,
	`start_date` text NOT NULL,
	`end_date` text,
	`cost` real,
	`target_segment` text,
	`promoted_skus` text DEFAULT '[]' NOT NULL,
	`import_id` integer,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS `campaigns_key_uq` ON `campaigns` (`workspace_id`,`campaign_key`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `campaigns_import_idx` ON `campaigns` (`import_id`);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `offers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`offer_key` text NOT NULL,
	`customer_id` integer NOT NULL,
	`campaign_id` integer NOT NULL,
	`variant` text,
	`placement` text,
	`shown_at` integer NOT NULL,
	`accepted` integer NOT NULL,
	`order_key` text,
	`revenue` real,
	`import_id` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS `offers_key_uq` ON `offers` (`workspace_id`,`offer_key`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `offers_customer_fk_idx` ON `offers` (`customer_id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `offers_campaign_fk_idx` ON `offers` (`campaign_id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `offers_import_idx` ON `offers` (`import_id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `offers_shown_idx` ON `offers` (`workspace_id`,`shown_at`,`accepted`,`variant`,`campaign_id`,`customer_id`,`order_key`,`revenue`,`placement`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `offers_campaign_idx` ON `offers` (`workspace_id`,`campaign_id`,`customer_id`,`variant`,`accepted`,`order_key`,`revenue`);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`date` text NOT NULL,
	`rating` real NOT NULL,
	`scale` integer NOT NULL,
	`campaign_id` integer,
	`comment` text,
	`import_id` integer, `feedback_key` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `feedback_ws_date_idx` ON `feedback` (`workspace_id`,`date`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `feedback_customer_fk_idx` ON `feedback` (`customer_id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `feedback_campaign_fk_idx` ON `feedback` (`campaign_id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `feedback_import_idx` ON `feedback` (`import_id`);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS `feedback_key_uq` ON `feedback` (`workspace_id`,`feedback_key`);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `import_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`import_id` integer NOT NULL,
	`entity` text NOT NULL,
	`row_id` integer NOT NULL,
	`action` text NOT NULL,
	`previous` text,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `import_changes_import_idx` ON `import_changes` (`import_id`,`entity`);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `import_formats` (
	`workspace_id` integer NOT NULL,
	`header_signature` text NOT NULL,
	`format` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `header_signature`)
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `order_facts` (
	`order_id` integer PRIMARY KEY NOT NULL,
	`workspace_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`ordered_at` integer NOT NULL,
	`counted` integer NOT NULL,
	`revenue` real NOT NULL,
	`seq` integer,
	`cross_sell` integer NOT NULL,
	`upsell` integer NOT NULL,
	`deep_sell` integer NOT NULL, `prev_at` integer, `prev_cross_at` integer, `prev_up_at` integer, `prev_deep_at` integer, `margin_revenue` real DEFAULT 0 NOT NULL, `gross_margin` real DEFAULT 0 NOT NULL, `cost_lines` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `order_facts_period_idx` ON `order_facts` (`workspace_id`,`ordered_at`,`customer_id`,`counted`,`revenue`,`cross_sell`,`upsell`,`deep_sell`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `order_facts_kpi_idx` ON `order_facts` (`workspace_id`,`counted`,`ordered_at`,`prev_at`,`prev_cross_at`,`prev_up_at`,`prev_deep_at`,`seq`,`revenue`,`customer_id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `order_facts_customer_idx` ON `order_facts` (`customer_id`,`counted`,`ordered_at`,`prev_at`,`prev_cross_at`,`prev_up_at`,`prev_deep_at`,`seq`,`revenue`);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `kpi_hours` (
	`workspace_id` integer NOT NULL,
	`hour` integer NOT NULL,
	`orders` integer DEFAULT 0 NOT NULL,
	`revenue` real DEFAULT 0 NOT NULL,
	`firsts` integer DEFAULT 0 NOT NULL,
	`seconds` integer DEFAULT 0 NOT NULL,
	`cross_n` integer DEFAULT 0 NOT NULL,
	`up_n` integer DEFAULT 0 NOT NULL,
	`deep_n` integer DEFAULT 0 NOT NULL,
	`active_p` integer DEFAULT 0 NOT NULL,
	`cross_p` integer DEFAULT 0 NOT NULL,
	`up_p` integer DEFAULT 0 NOT NULL,
	`deep_p` integer DEFAULT 0 NOT NULL, `guest_orders` integer DEFAULT 0 NOT NULL, `guest_revenue` real DEFAULT 0 NOT NULL,
	PRIMARY KEY(`workspace_id`, `hour`)
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `offer_hours` (
	`workspace_id` integer NOT NULL,
	`hour` integer NOT NULL,
	`campaign_id` integer NOT NULL,
	`shown` integer NOT NULL,
	`accepted` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `hour`, `campaign_id`)
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `customer_facts` (
	`workspace_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`first_at` integer NOT NULL,
	`last_at` integer NOT NULL,
	`orders` integer NOT NULL,
	`revenue` real NOT NULL,
	`last_cross_at` integer,
	`last_up_at` integer,
	`last_deep_at` integer,
	PRIMARY KEY(`workspace_id`, `customer_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `kpi_months` (
	`workspace_id` integer NOT NULL,
	`start_ms` integer NOT NULL,
	`end_ms` integer NOT NULL,
	`active` integer NOT NULL,
	`cross` integer NOT NULL,
	`up` integer NOT NULL,
	`deep` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `start_ms`)
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `kpi_cohorts` (
	`workspace_id` integer NOT NULL,
	`cohort_ms` integer NOT NULL,
	`month_ms` integer NOT NULL,
	`customers` integer NOT NULL,
	`revenue` real NOT NULL,
	PRIMARY KEY(`workspace_id`, `cohort_ms`, `month_ms`)
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `campaign_facts` (
	`workspace_id` integer PRIMARY KEY NOT NULL,
	`data_version` integer NOT NULL,
	`timezone` text NOT NULL,
	`parts` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `customer_offer_facts` (
	`workspace_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`shown` integer NOT NULL,
	`accepted` integer NOT NULL, `purchased` integer DEFAULT 0 NOT NULL, `revenue` real DEFAULT 0 NOT NULL,
	PRIMARY KEY(`workspace_id`, `customer_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `offer_funnel_facts` (
	`workspace_id` integer NOT NULL,
	`by` text NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`shown` integer NOT NULL,
	`accepted` integer NOT NULL,
	`purchased` integer NOT NULL,
	`customers` integer NOT NULL,
	`revenue` real NOT NULL,
	PRIMARY KEY(`workspace_id`, `by`, `key`)
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `rfm_facts` (
	`workspace_id` integer PRIMARY KEY NOT NULL,
	`data_version` integer NOT NULL,
	`end_ms` integer NOT NULL,
	`ids` blob NOT NULL,
	`codes` blob NOT NULL, `counts` text
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `basket_chunks` (
	`workspace_id` integer NOT NULL,
	`chunk` integer NOT NULL,
	`orders` integer NOT NULL,
	`ordered_at` blob NOT NULL,
	`offsets` blob NOT NULL,
	`items` blob NOT NULL,
	PRIMARY KEY(`workspace_id`, `chunk`)
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `fact_slices` (
	`id` integer PRIMARY KEY NOT NULL,
	`workspace_id` integer NOT NULL,
	`dimension` text NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS `fact_slices_key_uq` ON `fact_slices` (`workspace_id`,`dimension`,`key`);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `order_slice_facts` (
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
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `derived_freshness` (
	`workspace_id` integer NOT NULL,
	`name` text NOT NULL,
	`code_version` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `name`)
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `workspace_state` (
	`workspace_id` integer PRIMARY KEY NOT NULL,
	`data_version` integer DEFAULT 0 NOT NULL,
	`kpi_months_timezone` text,
	`baskets_kept` integer DEFAULT false NOT NULL,
	`offer_facts_version` integer
);
