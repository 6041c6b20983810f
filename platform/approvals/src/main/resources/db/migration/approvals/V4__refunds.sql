-- Refunds of returns (customer service → finance): a supervisor up to 2,000, the director from 2,000, the general
-- manager from 10,000.
INSERT INTO approvals.rule (document_type, min_amount, required_level) VALUES
    ('refund', 0, 'SUPERVISOR'), ('refund', 2000, 'DIRECTOR'), ('refund', 10000, 'GENERAL_MANAGER')
ON CONFLICT DO NOTHING;
