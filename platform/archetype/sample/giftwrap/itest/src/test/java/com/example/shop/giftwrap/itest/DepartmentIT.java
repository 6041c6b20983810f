package com.example.shop.giftwrap.itest;

import static org.junit.Assert.assertEquals;

import io.mercato.testing.ApiClient;
import io.mercato.testing.MercatoTestSupport;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Gift wrapping in Mercato's own distribution (offline: everything from the local repository): options priced with at most
 * two decimals, requests refused for orders the delivery department does not know.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DepartmentIT extends MercatoTestSupport {

    @Configuration
    @Override
    public Option[] config() {
        return withDepartment("com.example.shop", "giftwrap-feature", System.getProperty("department.version"), "mercato-giftwrap");
    }

    @Test
    public void optionsArePricedAndRequestsNeedAnOrderDeliveryKnows() throws Exception {
        ApiClient admin = loginAsAdmin();
        waitForApi("giftwrap/options");
        assertEquals(200, admin.get("giftwrap/options").status());

        ApiClient.Answer created = admin.post("giftwrap/options",
                "{\"code\":\"RED-BOX\",\"nameEn\":\"Red box\",\"nameZh\":\"红色礼盒\",\"price\":12.50}", "opt-1");
        assertEquals(created.body(), 201, created.status());
        assertProblem(admin.post("giftwrap/options", "{\"code\":\"GOLD\",\"nameEn\":\"Gold\",\"nameZh\":\"金色\",\"price\":1.005}", "opt-2"),
                400, "price", "");
        // Delivery runs in the distribution: an order it does not know is refused, naming the field.
        assertProblem(admin.post("giftwrap/requests", "{\"orderNumber\":\"SO-99999999\",\"optionCode\":\"RED-BOX\",\"cardMessage\":\"生日快乐\"}",
                "req-1"), 400, "orderNumber", "");
        assertEquals(400, admin.post("giftwrap/requests", "{\"orderNumber\":\"SO-1\",\"optionCode\":\"NOPE\"}", "req-2").status());
    }
}
