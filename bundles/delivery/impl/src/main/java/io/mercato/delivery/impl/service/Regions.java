package io.mercato.delivery.impl.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * China's province-level divisions, the sales region each belongs to (华东, 华北, …, the regions warehouses serve) and
 * how far apart regions are, for choosing the nearest warehouse. Provinces are accepted by full name, short name or
 * pinyin and stored by full name.
 */
public final class Regions {
    /** Regions by proximity: each list starts with the region itself, then its neighbours, nearest first. */
    private static final Map<String, List<String>> NEAREST = Map.of(
            "华东", List.of("华东", "华中", "华北", "华南", "东北", "西南", "西北"),
            "华北", List.of("华北", "东北", "华东", "华中", "西北", "华南", "西南"),
            "华中", List.of("华中", "华东", "华南", "华北", "西南", "西北", "东北"),
            "华南", List.of("华南", "华中", "华东", "西南", "华北", "西北", "东北"),
            "西南", List.of("西南", "华中", "华南", "西北", "华东", "华北", "东北"),
            "西北", List.of("西北", "西南", "华北", "华中", "华东", "东北", "华南"),
            "东北", List.of("东北", "华北", "华东", "华中", "西北", "华南", "西南"));
    /** English names staff may give a warehouse's region. */
    private static final Map<String, String> REGION_ALIASES = Map.of(
            "east china", "华东", "north china", "华北", "central china", "华中", "south china", "华南",
            "southwest china", "西南", "northwest china", "西北", "northeast china", "东北");

    private record Province(String name, String region, String... aliases) {
    }

    private static final List<Province> PROVINCES = List.of(
            new Province("北京市", "华北", "北京", "beijing"), new Province("天津市", "华北", "天津", "tianjin"),
            new Province("河北省", "华北", "河北", "hebei"), new Province("山西省", "华北", "山西", "shanxi"),
            new Province("内蒙古自治区", "华北", "内蒙古", "inner mongolia", "neimenggu"),
            new Province("辽宁省", "东北", "辽宁", "liaoning"), new Province("吉林省", "东北", "吉林", "jilin"),
            new Province("黑龙江省", "东北", "黑龙江", "heilongjiang"),
            new Province("上海市", "华东", "上海", "shanghai"), new Province("江苏省", "华东", "江苏", "jiangsu"),
            new Province("浙江省", "华东", "浙江", "zhejiang"), new Province("安徽省", "华东", "安徽", "anhui"),
            new Province("福建省", "华东", "福建", "fujian"), new Province("江西省", "华东", "江西", "jiangxi"),
            new Province("山东省", "华东", "山东", "shandong"), new Province("台湾省", "华东", "台湾", "taiwan"),
            new Province("河南省", "华中", "河南", "henan"), new Province("湖北省", "华中", "湖北", "hubei"),
            new Province("湖南省", "华中", "湖南", "hunan"),
            new Province("广东省", "华南", "广东", "guangdong"), new Province("广西壮族自治区", "华南", "广西", "guangxi"),
            new Province("海南省", "华南", "海南", "hainan"), new Province("香港特别行政区", "华南", "香港", "hong kong", "hongkong"),
            new Province("澳门特别行政区", "华南", "澳门", "macau", "macao"),
            new Province("重庆市", "西南", "重庆", "chongqing"), new Province("四川省", "西南", "四川", "sichuan"),
            new Province("贵州省", "西南", "贵州", "guizhou"), new Province("云南省", "西南", "云南", "yunnan"),
            new Province("西藏自治区", "西南", "西藏", "tibet", "xizang"),
            new Province("陕西省", "西北", "陕西", "shaanxi"), new Province("甘肃省", "西北", "甘肃", "gansu"),
            new Province("青海省", "西北", "青海", "qinghai"), new Province("宁夏回族自治区", "西北", "宁夏", "ningxia"),
            new Province("新疆维吾尔自治区", "西北", "新疆", "xinjiang"));
    private static final Map<String, Province> BY_NAME = new HashMap<>();

    static {
        for (Province province : PROVINCES) {
            BY_NAME.put(key(province.name()), province);
            for (String alias : province.aliases()) {
                BY_NAME.put(key(alias), province);
            }
        }
    }

    private Regions() {
    }

    /** The province's full name, for any accepted spelling. */
    public static Optional<String> province(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(key(name))).map(Province::name);
    }

    /** The sales region of a province (given by full name), e.g. 华东 for 浙江省. */
    public static String regionOf(String province) {
        Province known = BY_NAME.get(key(province));
        return known == null ? null : known.region();
    }

    /** How far a warehouse's region is from the customer's: 0 for the same region, larger further away. */
    public static int distance(String customerRegion, String warehouseRegion) {
        String region = canonicalRegion(warehouseRegion);
        List<String> order = customerRegion == null ? null : NEAREST.get(customerRegion);
        int index = order == null || region == null ? -1 : order.indexOf(region);
        return index < 0 ? NEAREST.size() : index;
    }

    private static String canonicalRegion(String region) {
        if (region == null) {
            return null;
        }
        String stripped = region.strip();
        if (NEAREST.containsKey(stripped)) {
            return stripped;
        }
        String alias = REGION_ALIASES.get(stripped.toLowerCase(Locale.ROOT));
        if (alias != null) {
            return alias;
        }
        // A region written like "华东区" or "华东大区" still names 华东.
        return NEAREST.keySet().stream().filter(stripped::startsWith).findFirst().orElse(null);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
