-- The org department the document belongs to (the submitter's at submission); splits and merges hand it on.
-- ownerDepartment stays the department bundle that is told of the decision.
ALTER TABLE approvals.approval ADD COLUMN org_department text;
CREATE INDEX approval_org_department ON approvals.approval (org_department);
