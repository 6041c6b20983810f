package io.mercato.delivery.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderChecksTest {
    private static OrderInput.Customer customer(String phone, String province) {
        return new OrderInput.Customer("李雷", phone, new OrderInput.Address(province, "杭州市", "西湖区", "文三路 100 号", "310012"));
    }

    private static OrderInput order(List<OrderInput.Line> lines, BigDecimal shipping, BigDecimal total) {
        return new OrderInput("jd", "JD-1", customer("13812345678", "浙江"), lines, shipping, new OrderInput.Payment("cod", null), null, total);
    }

    private static List<String> fields(Runnable check) {
        ValidationException e = assertThrows(ValidationException.class, check::run);
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void totalsAreComputedInYuanAndFen() {
        OrderDraft draft = OrderChecks.check(order(List.of(new OrderInput.Line("A", 3, new BigDecimal("19.90"), new BigDecimal("5"), null),
                new OrderInput.Line("B", 1, new BigDecimal("0.10"), null, null)), new BigDecimal("8"), new BigDecimal("62.80")));
        assertEquals(new BigDecimal("59.80"), draft.goodsTotal());
        assertEquals(new BigDecimal("5.00"), draft.discountTotal());
        assertEquals(new BigDecimal("62.80"), draft.total());
        assertEquals(new BigDecimal("54.70"), draft.lines().get(0).amount());
        assertEquals("JD", draft.channel());
        assertEquals("COD", draft.paymentMethod());
        assertEquals("浙江省", draft.province());
        assertEquals("华东", draft.region());
    }

    @Test
    void aTotalThatDoesNotAddUpIsRefusedWithTheSum() {
        ValidationException e = assertThrows(ValidationException.class, () -> OrderChecks.check(order(
                List.of(new OrderInput.Line("A", 2, new BigDecimal("10"), null, null)), null, new BigDecimal("25"))));
        assertEquals("total", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("= 20.00"), e.errors().get(0).message());
    }

    @Test
    void everyBadFieldIsNamed() {
        assertEquals(List.of("lines"), fields(() -> OrderChecks.check(order(List.of(), null, null))));
        assertEquals(List.of("lines[0].quantity", "lines[1].unitPrice", "lines[2].discount"), fields(() -> OrderChecks.check(order(List.of(
                new OrderInput.Line("A", 0, BigDecimal.ONE, null, null), new OrderInput.Line("B", 1, new BigDecimal("1.005"), null, null),
                new OrderInput.Line("C", 1, BigDecimal.ONE, new BigDecimal("2"), null)), null, null))));
        assertEquals(List.of("customer.phone", "customer.address.province"), fields(() -> OrderChecks.check(new OrderInput("TMALL", "T-1",
                new OrderInput.Customer("李雷", "138-abc", new OrderInput.Address("Atlantis", null, null, null, null)),
                List.of(new OrderInput.Line("A", 1, BigDecimal.ONE, null, null)), null, new OrderInput.Payment("COD", null), null, null))));
        assertEquals(List.of("channel", "payment.method"), fields(() -> OrderChecks.check(new OrderInput("EBAY", "T-1", customer("13812345678", "浙江"),
                List.of(new OrderInput.Line("A", 1, BigDecimal.ONE, null, null)), null, new OrderInput.Payment("BITCOIN", null), null, null))));
        assertEquals(List.of("shippingFee"), fields(() -> OrderChecks.check(order(List.of(new OrderInput.Line("A", 1, BigDecimal.ONE, null, null)),
                new BigDecimal("-1"), null))));
    }

    @Test
    void theSameAddressTypedTwiceComparesEqual() {
        assertEquals(OrderChecks.addressKey("浙江省", new OrderInput.Address("浙江", "杭州市", "西湖区", "文三路 100号，2幢", null)),
                OrderChecks.addressKey("浙江省", new OrderInput.Address("浙江", "杭州市 ", "西湖区", "文三路100号 2 幢", null)));
        assertEquals(OrderChecks.normaliseAddress("浙江省杭州市西湖区文三路100号2幢"),
                OrderChecks.addressKey("浙江省", new OrderInput.Address("浙江", "杭州市", "西湖区", "文三路 100 号, 2 幢", null)));
    }
}
