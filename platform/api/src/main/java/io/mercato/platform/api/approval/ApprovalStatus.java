package io.mercato.platform.api.approval;

public enum ApprovalStatus { PENDING, APPROVED, REJECTED, SENT_BACK }
