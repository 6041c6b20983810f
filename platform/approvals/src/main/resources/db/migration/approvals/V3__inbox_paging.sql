-- The inbox is paged oldest first by id, and a page's steps are read at once.
DROP INDEX approvals.approval_waiting;
CREATE INDEX approval_waiting ON approvals.approval (waiting_for_position, id) WHERE status = 'PENDING';
CREATE INDEX IF NOT EXISTS step_approval ON approvals.step (approval_id, id);
