-- A member's lots, used up ones included (the points page lists them and checks their sum against the balance): the
-- partial index of open lots cannot answer that, and at a million members a scan of every lot took half a second.
CREATE INDEX points_lot_member ON crm.points_lot (member_id, expires_on, id);
