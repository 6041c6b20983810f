package io.mercato.merchants.impl.service;

import io.mercato.merchants.impl.persistence.MerchantMapper;
import io.mercato.platform.api.org.DocumentReowning;
import io.mercato.platform.api.org.Reorganised;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Merchant onboarding's documents after a reorganisation: merchants go with merchant onboarding's capability. */
@Component(service = OutboxSubscriber.class, property = {OutboxSubscriber.NAME + "=merchants.reowning", OutboxSubscriber.TOPICS + "=" + Reorganised.TOPIC})
public class MerchantReowning extends DocumentReowning {
    @Activate
    public MerchantReowning(@Reference MerchantsDatabase database) {
        super(database.transactions(), "merchants", List.of(
                new Documents("merchants", MerchantService.CAPABILITY, (tx, from, to) -> tx.mapper(MerchantMapper.class).reown(from, to))));
    }
}
