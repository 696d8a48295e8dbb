ALTER TABLE `order_facts` ADD `margin_revenue` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `order_facts` ADD `gross_margin` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `order_facts` ADD `cost_lines` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Backfill for databases that already hold order facts (what db/queries/classify-scope.ts writes for new data).
UPDATE `order_facts` SET `margin_revenue` = m.r, `gross_margin` = m.g, `cost_lines` = m.n FROM (
	SELECT ol.order_id, sum(ol.quantity * ol.unit_price - ol.discount) AS r, sum(ol.quantity * (ol.unit_price - p.cost) - ol.discount) AS g, count(*) AS n
	FROM `order_lines` ol JOIN `products` p ON p.id = ol.product_id
	WHERE p.cost IS NOT NULL
	GROUP BY ol.order_id
) AS m WHERE m.order_id = `order_facts`.`order_id`;
