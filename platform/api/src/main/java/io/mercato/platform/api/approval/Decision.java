package io.mercato.platform.api.approval;

public enum Decision { APPROVE, REJECT, SEND_BACK }
