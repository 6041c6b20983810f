-- Site operations: a promotion whose discount is above the shop's limit needs a supervisor (the director from 50 % off).
INSERT INTO approvals.rule (document_type, min_amount, required_level) VALUES ('promotion-discount', 0, 'SUPERVISOR'),
    ('promotion-discount', 50, 'DIRECTOR')
ON CONFLICT DO NOTHING;
