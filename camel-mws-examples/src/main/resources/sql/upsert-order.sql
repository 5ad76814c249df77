MERGE INTO mws_order o
USING (VALUES (CAST(:#AmazonOrderId AS VARCHAR(19)), CAST(:#LastUpdateDate AS TIMESTAMP WITH TIME ZONE),
               CAST(:#OrderStatus AS VARCHAR(32)), CAST(:#MarketplaceId AS VARCHAR(16)), CAST(:#orderJson AS CLOB)))
      AS n (amazon_order_id, last_update_date, order_status, marketplace_id, document)
ON o.amazon_order_id = n.amazon_order_id
WHEN MATCHED AND o.last_update_date < n.last_update_date THEN
  UPDATE SET last_update_date = n.last_update_date, order_status = n.order_status, document = n.document
WHEN NOT MATCHED THEN
  INSERT (amazon_order_id, last_update_date, order_status, marketplace_id, document)
  VALUES (n.amazon_order_id, n.last_update_date, n.order_status, n.marketplace_id, n.document)
