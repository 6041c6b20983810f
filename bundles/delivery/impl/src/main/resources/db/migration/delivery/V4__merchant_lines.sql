-- A marketplace line sold for a third-party merchant (联营商家) names the merchant: merchant onboarding turns its
-- delivered lines into commission lines.
ALTER TABLE delivery.order_line ADD COLUMN merchant_code text;

-- Open orders by the department that reviews them, for handing them on when the organisation splits or merges.
CREATE INDEX sales_order_open_owner ON delivery.sales_order (org_department) WHERE status NOT IN ('DELIVERED', 'CANCELLED', 'RETURNED');
