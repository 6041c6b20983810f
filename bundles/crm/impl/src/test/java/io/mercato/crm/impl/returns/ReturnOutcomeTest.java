package io.mercato.crm.impl.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mercato.crm.impl.returns.ReturnOutcome.Resolution;
import io.mercato.platform.api.ValidationException;
import org.junit.jupiter.api.Test;

class ReturnOutcomeTest {
    @Test
    void theCustomersFaultAndNotResaleableIsRefused() {
        assertEquals(ReturnOutcome.REFUSED, ReturnOutcome.decide(false, "CUSTOMER", false, Resolution.REFUND));
        assertEquals("REFUSED", ReturnOutcome.REFUSED.status());
    }

    @Test
    void aQualityProblemOrTheCompanysFaultIsReplacedOrRefundedInFull() {
        assertEquals(ReturnOutcome.REFUND_FULL, ReturnOutcome.decide(true, "NONE", true, Resolution.REFUND));
        assertEquals(ReturnOutcome.REPLACE, ReturnOutcome.decide(false, "COMPANY", false, Resolution.REPLACE));
        assertThrows(ValidationException.class, () -> ReturnOutcome.decide(true, "COMPANY", true, Resolution.EXCHANGE));
    }

    @Test
    void resaleableGoodsWithoutAProblemAreExchangedOrRefundedForTheGoods() {
        assertEquals(ReturnOutcome.EXCHANGE, ReturnOutcome.decide(false, "NONE", true, Resolution.EXCHANGE));
        assertEquals(ReturnOutcome.REFUND_GOODS, ReturnOutcome.decide(false, "CUSTOMER", true, Resolution.REFUND));
        assertThrows(ValidationException.class, () -> ReturnOutcome.decide(false, "NONE", true, Resolution.REPLACE));
    }
}
