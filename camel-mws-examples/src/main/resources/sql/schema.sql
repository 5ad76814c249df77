CREATE TABLE IF NOT EXISTS mws_order (
  amazon_order_id  VARCHAR(19) PRIMARY KEY,
  last_update_date TIMESTAMP WITH TIME ZONE NOT NULL,
  order_status     VARCHAR(32) NOT NULL,
  marketplace_id   VARCHAR(16),
  document         CLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS mws_order_item (
  order_item_id    VARCHAR(32) PRIMARY KEY,
  amazon_order_id  VARCHAR(19) NOT NULL,
  seller_sku       VARCHAR(64),
  asin             VARCHAR(16),
  quantity_ordered INT,
  quantity_shipped INT
);
CREATE TABLE IF NOT EXISTS mws_report_row (
  sku      VARCHAR(64) PRIMARY KEY,
  asin     VARCHAR(16),
  price    DECIMAL(12, 2),
  quantity INT
);
