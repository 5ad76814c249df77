MERGE INTO mws_order_item (order_item_id, amazon_order_id, seller_sku, asin, quantity_ordered, quantity_shipped)
KEY (order_item_id)
VALUES (:#OrderItemId, :#${header.amazonOrderId}, :#SellerSKU, :#ASIN, :#QuantityOrdered, :#QuantityShipped)
