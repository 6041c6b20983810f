package io.mercato.delivery.impl.risk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Enough of China's administrative map to catch a city written under the wrong province (杭州 under 广东) or a
 * district that is not in the municipality given: the provincial capitals and larger cities, and the districts of
 * Beijing and Shanghai. A place it does not know is never held against an order.
 */
final class Gazetteer {
    private static final Map<String, String> CITY_PROVINCE = new HashMap<>();
    private static final Map<String, Set<String>> MUNICIPALITY_DISTRICTS = Map.of(
            "北京市", Set.of("东城", "西城", "朝阳", "丰台", "石景山", "海淀", "门头沟", "房山", "通州", "顺义", "昌平", "大兴", "怀柔",
                    "平谷", "密云", "延庆"),
            "上海市", Set.of("黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "闵行", "宝山", "嘉定", "浦东", "浦东新", "金山",
                    "松江", "青浦", "奉贤", "崇明"));

    static {
        city("河北省", "石家庄", "唐山", "保定", "邯郸", "廊坊", "沧州");
        city("山西省", "太原", "大同");
        city("内蒙古自治区", "呼和浩特", "包头");
        city("辽宁省", "沈阳", "大连", "鞍山");
        city("吉林省", "长春");
        city("黑龙江省", "哈尔滨", "大庆");
        city("江苏省", "南京", "苏州", "无锡", "常州", "南通", "徐州", "扬州");
        city("浙江省", "杭州", "宁波", "温州", "绍兴", "嘉兴", "金华", "台州", "义乌");
        city("安徽省", "合肥", "芜湖");
        city("福建省", "福州", "厦门", "泉州");
        city("江西省", "南昌", "赣州");
        city("山东省", "济南", "青岛", "烟台", "潍坊", "临沂");
        city("河南省", "郑州", "洛阳");
        city("湖北省", "武汉", "宜昌", "襄阳");
        city("湖南省", "长沙", "株洲");
        city("广东省", "广州", "深圳", "东莞", "佛山", "珠海", "中山", "汕头", "惠州");
        city("广西壮族自治区", "南宁", "桂林", "柳州");
        city("海南省", "海口", "三亚");
        city("四川省", "成都", "绵阳");
        city("贵州省", "贵阳", "遵义");
        city("云南省", "昆明", "大理");
        city("西藏自治区", "拉萨");
        city("陕西省", "西安");
        city("甘肃省", "兰州");
        city("青海省", "西宁");
        city("宁夏回族自治区", "银川");
        city("新疆维吾尔自治区", "乌鲁木齐");
        for (String municipality : List.of("北京市", "天津市", "上海市", "重庆市")) {
            city(municipality, municipality.substring(0, 2));
        }
    }

    private Gazetteer() {
    }

    private static void city(String province, String... cities) {
        for (String city : cities) {
            CITY_PROVINCE.put(city, province);
        }
    }

    /** The province a known city lies in; empty for a city not in the list. */
    static Optional<String> provinceOfCity(String city) {
        return Optional.ofNullable(CITY_PROVINCE.get(bare(city, "市")));
    }

    /** False only when the province is Beijing or Shanghai and the district is none of theirs. */
    static boolean districtFits(String province, String district) {
        Set<String> districts = MUNICIPALITY_DISTRICTS.get(province);
        return districts == null || district == null || districts.contains(bare(bare(district, "区"), "新区"));
    }

    private static String bare(String name, String suffix) {
        String stripped = name.strip();
        return stripped.endsWith(suffix) && stripped.length() > suffix.length() ? stripped.substring(0, stripped.length() - suffix.length()) : stripped;
    }
}
