package io.mercato.delivery.impl.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.delivery.impl.risk.RiskAssessment.Decision;
import io.mercato.delivery.impl.service.OrderChecks;
import io.mercato.delivery.impl.service.OrderDraft;
import io.mercato.delivery.impl.service.OrderInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Example orders with the score and decision the default rules give them: the table reviewers can read. */
class RiskScorerTest {
    private static final RiskSettings RULES = RiskSettings.DEFAULTS;

    static OrderDraft order(String phone, String province, String city, String district, String street, String payment,
                            String reference, String name, int quantity) {
        return OrderChecks.check(new OrderInput("TMALL", "T-1", new OrderInput.Customer(name, phone,
                new OrderInput.Address(province, city, district, street, null)),
                List.of(new OrderInput.Line("SKU-1", quantity, new BigDecimal("10.00"), null, null)), null,
                new OrderInput.Payment(payment, reference), null, null));
    }

    static OrderDraft clean() {
        return order("13812345678", "浙江省", "杭州市", "西湖区", "文三路 100 号 2 幢 301 室", "PREPAID", "PAY-1", "王小明", 2);
    }

    private static String codes(RiskAssessment assessment) {
        return assessment.findings().stream().map(f -> f.code().name()).sorted().collect(Collectors.joining("+"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                         | phone           | province | city  | district | street                | pay     | ref   | name   | qty | score | decision | codes
            clean prepaid order            | 13812345678     | 浙江省   | 杭州市 | 西湖区    | 文三路 100 号 2 幢 301 室 | PREPAID | PAY-1 | 王小明 | 2   | 0     | ACCEPT   |
            landline with area code        | 0571-88886666   | 浙江     | 杭州  | 西湖区    | 文三路 100 号 2 幢 301 室 | COD     |       | 王小明 | 1   | 0     | ACCEPT   |
            +86 mobile                     | +86 138 1234 5678 | zhejiang | 杭州 | 西湖区   | 文三路 100 号 2 幢 301 室 | PREPAID | PAY-2 | 王小明 | 1   | 0     | ACCEPT   |
            mobile starting 12             | 12812345678     | 浙江省   | 杭州市 | 西湖区    | 文三路 100 号 2 幢 301 室 | PREPAID | PAY-1 | 王小明 | 1   | 35    | HOLD     | PHONE_INVALID
            no district                    | 13812345678     | 浙江省   | 杭州市 |          | 文三路 100 号 2 幢 301 室 | PREPAID | PAY-1 | 王小明 | 1   | 30    | HOLD     | ADDRESS_INCOMPLETE
            street too short               | 13812345678     | 浙江省   | 杭州市 | 西湖区    | 文三路                  | PREPAID | PAY-1 | 王小明 | 1   | 30    | HOLD     | ADDRESS_INCOMPLETE
            PO box                         | 13812345678     | 浙江省   | 杭州市 | 西湖区    | 杭州 12 号邮政信箱        | PREPAID | PAY-1 | 王小明 | 1   | 40    | HOLD     | ADDRESS_PO_BOX
            city of another province       | 13812345678     | 广东省   | 杭州市 | 西湖区    | 文三路 100 号 2 幢 301 室 | PREPAID | PAY-1 | 王小明 | 1   | 25    | ACCEPT   | ADDRESS_UNCLEAR
            district not in Shanghai       | 13812345678     | 上海     | 上海市 | 西湖区    | 南京东路 100 号 5 楼      | PREPAID | PAY-1 | 王小明 | 1   | 25    | ACCEPT   | ADDRESS_UNCLEAR
            prepaid without reference      | 13812345678     | 浙江省   | 杭州市 | 西湖区    | 文三路 100 号 2 幢 301 室 | PREPAID |       | 王小明 | 1   | 15    | ACCEPT   | MISSING_FIELD
            one-character name, bad phone  | 1381234         | 浙江省   | 杭州市 | 西湖区    | 文三路 100 号 2 幢 301 室 | PREPAID | PAY-1 | 王     | 1   | 50    | HOLD     | MISSING_FIELD+PHONE_INVALID
            21 units with no history       | 13812345678     | 浙江省   | 杭州市 | 西湖区    | 文三路 100 号 2 幢 301 室 | PREPAID | PAY-1 | 王小明 | 21  | 30    | HOLD     | QUANTITY_ABNORMAL
            everything wrong               | 12345           | 广东省   | 杭州市 |          | 信箱                    | PREPAID |       | 王     | 500 | 175   | REJECT   | ADDRESS_INCOMPLETE+ADDRESS_PO_BOX+ADDRESS_UNCLEAR+MISSING_FIELD+PHONE_INVALID+QUANTITY_ABNORMAL
            """)
    void exampleOrdersScoreAsTheTableSays(String label, String phone, String province, String city, String district, String street,
                                          String payment, String reference, String name, int quantity, int score, Decision decision,
                                          String codes) {
        RiskAssessment assessment = RiskScorer.score(order(phone, province, city, district, street, payment, reference, name, quantity),
                RiskFacts.NONE, 1, RULES);
        assertEquals(codes == null ? "" : codes, codes(assessment), label);
        assertEquals(score, assessment.score(), label);
        assertEquals(decision, assessment.decision(), label);
    }

    @Test
    void aBlacklistedPhoneAloneIsRejectedAndSaysWhy() {
        RiskAssessment assessment = RiskScorer.score(clean(), new RiskFacts(0, 0, "refused 3 parcels", null, 0, Map.of()), 1, RULES);
        assertEquals(Decision.REJECT, assessment.decision());
        RiskFinding finding = assessment.findings().get(0);
        assertEquals(ReasonCode.BLACKLIST_MATCH, finding.code());
        assertTrue(finding.evidence().contains("refused 3 parcels"), finding.evidence());
        assertTrue(finding.reasonZh().contains("黑名单"));
    }

    @Test
    void theFourthOrderFromOnePhoneWithinTheWindowIsVelocity() {
        assertEquals(0, RiskScorer.score(clean(), new RiskFacts(2, 2, null, null, 0, Map.of()), 1, RULES).score());
        RiskAssessment fourth = RiskScorer.score(clean(), new RiskFacts(3, 0, null, null, 0, Map.of()), 1, RULES);
        assertEquals("VELOCITY", codes(fourth));
        assertEquals(Decision.HOLD, fourth.decision());
        assertEquals("VELOCITY", codes(RiskScorer.score(clean(), new RiskFacts(0, 5, null, null, 0, Map.of()), 1, RULES)));
    }

    @Test
    void quantitiesAreMeasuredAgainstWhatCustomersUsuallyBuy() {
        OrderDraft thirty = order("13812345678", "浙江省", "杭州市", "西湖区", "文三路 100 号 2 幢 301 室", "PREPAID", "P", "王小明", 30);
        assertEquals("", codes(RiskScorer.score(thirty, new RiskFacts(0, 0, null, null, 0, Map.of("SKU-1", 4.0)), 1, RULES)),
                "usually 4, so up to 40 is normal");
        assertEquals("QUANTITY_ABNORMAL", codes(RiskScorer.score(thirty, new RiskFacts(0, 0, null, null, 0, Map.of("SKU-1", 1.2)), 1, RULES)),
                "usually 1.2: the limit is the floor of 20");
    }

    @Test
    void cashOnDeliveryAfterRefusalsCountsOnlyForCashOnDelivery() {
        OrderDraft cod = order("13812345678", "浙江省", "杭州市", "西湖区", "文三路 100 号 2 幢 301 室", "COD", null, "王小明", 1);
        RiskFacts refusedTwice = new RiskFacts(0, 0, null, null, 2, Map.of());
        assertEquals("COD_REFUSED_BEFORE", codes(RiskScorer.score(cod, refusedTwice, 1, RULES)));
        assertEquals("", codes(RiskScorer.score(clean(), refusedTwice, 1, RULES)));
    }

    @Test
    void aVersionsWeightsAndThresholdsDecide() {
        RiskSettings strict = new RiskSettings(Map.of("MISSING_FIELD", 50), 10, 40, null, null, null, null, null);
        OrderDraft noReference = order("13812345678", "浙江省", "杭州市", "西湖区", "文三路 100 号 2 幢 301 室", "PREPAID", null, "王小明", 1);
        RiskAssessment assessment = RiskScorer.score(noReference, RiskFacts.NONE, 7, strict);
        assertEquals(50, assessment.score());
        assertEquals(Decision.REJECT, assessment.decision());
        assertEquals(7, assessment.version());
    }
}
