package io.mercato.delivery.impl.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.delivery.impl.persistence.ScorecardRow;
import io.mercato.platform.api.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScorecardsTest {
    @Test
    void ratesArePercentagesOfWhatHappenedAndPenaltiesStopAtTheCap() {
        Scorecards.Line line = Scorecards.line(new ScorecardRow("SF", "顺丰", new BigDecimal("100.00"), 40, 38, 36, 35, 39, 1, 1, 2,
                new BigDecimal("260.00"), 14), 95);
        assertEquals(new BigDecimal("94.7"), line.onTimePercent(), "36 of 38 delivered");
        assertEquals(new BigDecimal("92.1"), line.firstAttemptPercent());
        assertEquals(new BigDecimal("5.0"), line.damageLossPercent(), "2 of 40 shipped");
        assertEquals(new BigDecimal("97.5"), line.validTrackingPercent());
        assertEquals(new BigDecimal("100.00"), line.penaltiesCharged());
        assertFalse(line.meetsOnTimeTarget());
    }

    @Test
    void aCourierWithoutPackagesHasNoRatesRatherThanPerfectOnes() {
        Scorecards.Line idle = Scorecards.line(new ScorecardRow("YTO", "圆通", null, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0), 95);
        assertNull(idle.onTimePercent());
        assertNull(idle.meetsOnTimeTarget());
        assertEquals(BigDecimal.ZERO, idle.penaltiesCharged(), "no cap: all that stands");
    }

    @Test
    void standardsFillGapsFromTheDefaultsAndRefuseNonsense() {
        Standards partial = new Standards(new BigDecimal("8"), null, null, null, null, null, null, null, null, 10, null).complete();
        assertEquals(new BigDecimal("8"), partial.latePerDay());
        assertEquals(10, partial.disputeDays());
        assertEquals(Standards.DEFAULTS.lost(), partial.lost());
        assertTrue(assertThrows(ValidationException.class, () -> new Standards(new BigDecimal("1.005"), -1, null, null, null, null, null, null,
                null, 0, 101).validate()).errors().size() >= 4);
    }
}
