package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;

/** One agent's month: tickets resolved, of them within both SLAs, audits scored and their average score. */
public record AgentMonthRow(String agent, int resolved, int slaKept, int audited, BigDecimal auditScore) {
}
