-- Merchants' goods through merchant onboarding's outbox: products merchants submit wait here for the catalog team to
-- take them in (as a draft of the merchant's goods) or decline them; a suspended merchant's listed products are held off
-- the site (merchant_hold) and come back when the merchant is active again.

CREATE TABLE siteops.merchant_submission (
    id                  bigserial PRIMARY KEY,
    merchant_code       text NOT NULL,
    merchant_product_id bigint NOT NULL,
    merchant_sku        text NOT NULL,
    title               text NOT NULL,
    merchant_category   text NOT NULL,
    price               numeric(14, 2) NOT NULL CHECK (price >= 0),
    status              text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    product_id          bigint REFERENCES siteops.product (id),
    reason              text,
    decided_by          text,
    decided_at          timestamptz,
    received_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (merchant_code, merchant_product_id),
    CHECK ((status = 'ACCEPTED') = (product_id IS NOT NULL))
);
CREATE INDEX merchant_submission_status ON siteops.merchant_submission (status, id);

ALTER TABLE siteops.product ADD COLUMN merchant_hold boolean NOT NULL DEFAULT false;
CREATE INDEX product_merchant ON siteops.product (merchant_code, id) WHERE merchant_code IS NOT NULL;
