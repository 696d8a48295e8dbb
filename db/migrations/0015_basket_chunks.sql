CREATE TABLE `basket_chunks` (
	`workspace_id` integer NOT NULL,
	`chunk` integer NOT NULL,
	`orders` integer NOT NULL,
	`ordered_at` blob NOT NULL,
	`offsets` blob NOT NULL,
	`items` blob NOT NULL,
	PRIMARY KEY(`workspace_id`, `chunk`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `workspaces` ADD `baskets_kept` integer DEFAULT false NOT NULL;