-- The products page's defaults changed (at least 5 orders behind a rule, chance pairs hidden, sorted by
-- leverage). A saved view leaves out values equal to the defaults of its day, so views saved before keep
-- what they showed by spelling out the old defaults they relied on; their share links read the same query.
UPDATE `saved_reports` SET `query` = `query` || CASE WHEN `query` = '' THEN '' ELSE '&' END || 'sort=lift'
WHERE `page` = 'products' AND ('&' || `query` || '&') NOT LIKE '%&sort=%';
--> statement-breakpoint
UPDATE `saved_reports` SET `query` = `query` || CASE WHEN `query` = '' THEN '' ELSE '&' END || 'hideChance=false'
WHERE `page` = 'products' AND ('&' || `query` || '&') NOT LIKE '%&hideChance=%';
--> statement-breakpoint
UPDATE `saved_reports` SET `query` = `query` || CASE WHEN `query` = '' THEN '' ELSE '&' END || 'minOrders=1'
WHERE `page` = 'products' AND ('&' || `query` || '&') NOT LIKE '%&minOrders=%';
