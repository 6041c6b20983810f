-- Searching a channel's order number on its own (the unique key leads with the channel), and what the courier scorecard
-- counts kept on each package as it happens, so a month of 250,000 packages is one scan rather than joins of its reports.
CREATE INDEX sales_order_channel_order ON delivery.sales_order (channel_order);

ALTER TABLE delivery.shipment
    ADD COLUMN reported         boolean NOT NULL DEFAULT false,
    ADD COLUMN failed_attempts  integer NOT NULL DEFAULT 0,
    ADD COLUMN damaged          boolean NOT NULL DEFAULT false,
    ADD COLUMN lost             boolean NOT NULL DEFAULT false,
    ADD COLUMN complaints       integer NOT NULL DEFAULT 0;

UPDATE delivery.shipment s SET reported = true,
    failed_attempts = (SELECT count(*) FROM delivery.shipment_event e WHERE e.shipment_id = s.id AND e.kind = 'FAILED')
WHERE EXISTS (SELECT 1 FROM delivery.shipment_event e WHERE e.shipment_id = s.id);
UPDATE delivery.shipment s SET
    damaged = EXISTS (SELECT 1 FROM delivery.incident i WHERE i.shipment_id = s.id AND i.kind = 'DAMAGED'),
    lost = EXISTS (SELECT 1 FROM delivery.incident i WHERE i.shipment_id = s.id AND i.kind = 'LOST'),
    complaints = (SELECT count(*) FROM delivery.incident i WHERE i.shipment_id = s.id AND i.kind = 'COMPLAINT')
WHERE EXISTS (SELECT 1 FROM delivery.incident i WHERE i.shipment_id = s.id);

CREATE INDEX shipment_shipped ON delivery.shipment (shipped_at);
