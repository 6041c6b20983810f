package io.mercato.platform.api.approval;

import java.time.Instant;

/** One recorded step: who, in which position, decided what, with which comment, when. */
public record ApprovalStep(String actor, String positionCode, String decision, String comment, Instant at) {
}
