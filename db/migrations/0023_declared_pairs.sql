ALTER TABLE `products` ADD `declared_upsells` text;--> statement-breakpoint
ALTER TABLE `products` ADD `declared_cross_sells` text;