MERGE INTO mws_report_row (sku, asin, price, quantity) KEY (sku)
VALUES (:#sku, :#asin, :#price, :#quantity)
