package io.mercato.delivery.impl.risk;

import java.util.Arrays;

/** Why an order looks doubtful; each code has its points in the rule version and a text a reviewer reads. */
public enum ReasonCode {
    ADDRESS_INCOMPLETE("The address lacks a level or is too short to deliver to", "地址不完整（缺少层级或过短），无法派送"),
    ADDRESS_UNCLEAR("The city or district does not belong to the province or city given", "城市或区县与所填省份、城市不符"),
    ADDRESS_PO_BOX("The address is only a post-office box; couriers cannot deliver there", "地址仅为邮政信箱，快递无法投递"),
    PHONE_INVALID("The phone is neither a mainland mobile (1[3-9] + 9 digits) nor a landline with area code",
            "电话既不是有效的大陆手机号（1[3-9] 开头 11 位），也不是带区号的固定电话"),
    MISSING_FIELD("Information needed to ship or to check payment is missing", "缺少发货或核对付款所需的信息"),
    BLACKLIST_MATCH("The phone or address is on the blacklist", "电话或地址在黑名单中"),
    VELOCITY("Many orders from the same phone or address in a short time", "同一电话或地址短时间内下单过多"),
    QUANTITY_ABNORMAL("A quantity far above what customers usually buy of this SKU", "购买数量远超该商品的通常购买量"),
    COD_REFUSED_BEFORE("Cash on delivery, and this customer refused cash-on-delivery parcels before", "货到付款，且该客户曾拒收货到付款包裹");

    private final String reasonEn;
    private final String reasonZh;

    ReasonCode(String reasonEn, String reasonZh) {
        this.reasonEn = reasonEn;
        this.reasonZh = reasonZh;
    }

    public String reasonEn() {
        return reasonEn;
    }

    public String reasonZh() {
        return reasonZh;
    }

    static boolean known(String code) {
        return Arrays.stream(values()).anyMatch(value -> value.name().equals(code));
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
