-- Site operations: a price below the category's margin floor (a loss-leader) needs a supervisor.
INSERT INTO approvals.rule (document_type, min_amount, required_level) VALUES ('loss-leader', 0, 'SUPERVISOR')
ON CONFLICT DO NOTHING;
