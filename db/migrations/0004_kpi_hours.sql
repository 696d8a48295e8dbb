CREATE TABLE `kpi_hours` (
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
	`deep_p` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`workspace_id`, `hour`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `order_facts_customer_idx`;--> statement-breakpoint
ALTER TABLE `order_facts` ADD `prev_at` integer;--> statement-breakpoint
ALTER TABLE `order_facts` ADD `prev_cross_at` integer;--> statement-breakpoint
ALTER TABLE `order_facts` ADD `prev_up_at` integer;--> statement-breakpoint
ALTER TABLE `order_facts` ADD `prev_deep_at` integer;--> statement-breakpoint
CREATE INDEX `order_facts_kpi_idx` ON `order_facts` (`workspace_id`,`counted`,`ordered_at`,`prev_at`,`prev_cross_at`,`prev_up_at`,`prev_deep_at`,`seq`,`revenue`,`customer_id`);--> statement-breakpoint
CREATE INDEX `order_facts_customer_idx` ON `order_facts` (`customer_id`,`counted`,`ordered_at`,`prev_at`,`prev_cross_at`,`prev_up_at`,`prev_deep_at`,`seq`,`revenue`);--> statement-breakpoint
-- Backfill for databases that already hold order facts (the same values db/queries/refresh-order-facts.ts writes).
UPDATE `order_facts` SET `prev_at` = p.pa, `prev_cross_at` = p.pc, `prev_up_at` = p.pu, `prev_deep_at` = p.pd FROM (
	SELECT order_id,
		CASE WHEN counted THEN coalesce(max(ordered_at) FILTER (WHERE counted) OVER w, -9007199254740991) END AS pa,
		CASE WHEN cross_sell THEN coalesce(max(ordered_at) FILTER (WHERE cross_sell) OVER w, -9007199254740991) END AS pc,
		CASE WHEN upsell THEN coalesce(max(ordered_at) FILTER (WHERE upsell) OVER w, -9007199254740991) END AS pu,
		CASE WHEN deep_sell THEN coalesce(max(ordered_at) FILTER (WHERE deep_sell) OVER w, -9007199254740991) END AS pd
	FROM `order_facts`
	WINDOW w AS (PARTITION BY customer_id ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
) AS p WHERE p.order_id = `order_facts`.`order_id`;
--> statement-breakpoint
INSERT INTO `kpi_hours` (`workspace_id`, `hour`, `orders`, `revenue`, `firsts`, `seconds`, `cross_n`, `up_n`, `deep_n`)
SELECT workspace_id, (ordered_at - ((ordered_at % 3600000) + 3600000) % 3600000) / 3600000 AS h,
	count(*), sum(revenue), sum(seq = 1), sum(seq = 2), sum(cross_sell), sum(upsell), sum(deep_sell)
FROM `order_facts` WHERE counted GROUP BY workspace_id, h;
--> statement-breakpoint
INSERT INTO `kpi_hours` (`workspace_id`, `hour`, `active_p`, `cross_p`, `up_p`, `deep_p`)
SELECT workspace_id, (v - ((v % 3600000) + 3600000) % 3600000) / 3600000 AS h, sum(a), sum(c), sum(u), sum(d) FROM (
	SELECT workspace_id, prev_at AS v, 1 AS a, 0 AS c, 0 AS u, 0 AS d FROM `order_facts` WHERE counted AND prev_at IS NOT NULL
	UNION ALL SELECT workspace_id, prev_cross_at, 0, 1, 0, 0 FROM `order_facts` WHERE counted AND prev_cross_at IS NOT NULL
	UNION ALL SELECT workspace_id, prev_up_at, 0, 0, 1, 0 FROM `order_facts` WHERE counted AND prev_up_at IS NOT NULL
	UNION ALL SELECT workspace_id, prev_deep_at, 0, 0, 0, 1 FROM `order_facts` WHERE counted AND prev_deep_at IS NOT NULL
) WHERE true GROUP BY workspace_id, h
ON CONFLICT (`workspace_id`, `hour`) DO UPDATE SET `active_p` = excluded.`active_p`, `cross_p` = excluded.`cross_p`, `up_p` = excluded.`up_p`, `deep_p` = excluded.`deep_p`;
