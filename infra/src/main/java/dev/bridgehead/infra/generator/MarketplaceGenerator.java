package dev.bridgehead.infra.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates organisations, listings and needs the way the marketplace would hold them: half the
 * firms in Lingang, half in Singapore, each in one sector; listings with English titles and
 * descriptions and, for most, Chinese ones too; needs written in Chinese by Lingang firms and in
 * English by Singapore firms. The same seed and sizes give the same data.
 */
public final class MarketplaceGenerator {

    /** A firm. Codes as in API.md and COMPLIANCE.md. */
    public record Organization(String name, String nameZh, String jurisdiction, String sector, List<Mechanism> mechanisms,
                               List<Certification> certifications, List<String> acceptsCategories, boolean ciio) {
    }

    public record Mechanism(String code, LocalDate obtainedOn) {
    }

    public record Certification(String code, LocalDate expiresOn) {
    }

    /** A listing of {@code organization} (an index into the organisations). */
    public record Listing(int organization, String type, String title, String titleZh, String summary, String description, String descriptionZh,
                          List<String> sectors, List<String> dataCategories, List<String> directions, List<String> deliveryModes,
                          List<String> tags, String priceModel) {
    }

    /** A need of {@code organization}, in the firm's language. */
    public record Need(int organization, String title, String description, List<String> sectors, List<String> dataCategories, String direction,
                       long personalInfoSubjects, long sensitiveSubjects, List<String> requiredCertifications, List<String> tags) {
    }

    /** One sector's words: what is offered there, in both languages, with its tags and data categories. */
    record Offer(String en, String zh, String type, List<String> categories, List<String> tags) {
    }

    record Sector(String code, String firmEn, String firmZh, List<Offer> offers) {
    }

    static final List<Sector> SECTORS = List.of(
            new Sector("INTELLIGENT_CONNECTED_VEHICLES", "Mobility", "智能出行", List.of(
                    new Offer("driving scene data", "驾驶场景数据", "DATA_PRODUCT", List.of("GENERAL"), List.of("lidar", "自动驾驶", "scenes")),
                    new Offer("connected-car trip records", "网联汽车行程记录", "DATA_PRODUCT", List.of("PERSONAL"), List.of("trips", "行程", "insurance")),
                    new Offer("vehicle data compliance assessment", "汽车数据出境合规评估", "DATA_SERVICE", List.of("GENERAL", "IMPORTANT"),
                            List.of("compliance", "一般数据清单")),
                    new Offer("high-definition map tiles", "高精地图瓦片", "DATA_PRODUCT", List.of("IMPORTANT"), List.of("maps", "高精地图")))),
            new Sector("BIOMEDICINE", "Life Sciences", "生命科学", List.of(
                    new Offer("clinical trial data management", "临床试验数据管理", "DATA_SERVICE", List.of("SENSITIVE_PERSONAL"),
                            List.of("clinical", "临床试验", "CRO")),
                    new Offer("real-world evidence analytics", "真实世界证据分析", "DATA_SERVICE", List.of("SENSITIVE_PERSONAL"),
                            List.of("RWE", "真实世界研究")),
                    new Offer("drug safety signal feed", "药物安全信号数据", "DATA_PRODUCT", List.of("GENERAL"), List.of("pharmacovigilance", "药物警戒")),
                    new Offer("genomic data privacy computing", "基因数据隐私计算", "DATA_SERVICE", List.of("SENSITIVE_PERSONAL"),
                            List.of("genomics", "隐私计算")))),
            new Sector("INTERNATIONAL_SHIPPING", "Maritime", "航运", List.of(
                    new Offer("vessel position feed", "船舶位置数据", "DATA_PRODUCT", List.of("GENERAL"), List.of("AIS", "船舶")),
                    new Offer("port call analytics", "港口挂靠分析", "DATA_SERVICE", List.of("GENERAL"), List.of("ports", "港口")),
                    new Offer("bunker price index", "船用燃油价格指数", "DATA_PRODUCT", List.of("GENERAL"), List.of("bunker", "燃油")),
                    new Offer("crew certification records", "船员证书记录", "DATA_PRODUCT", List.of("PERSONAL"), List.of("crew", "船员")))),
            new Sector("CROSS_BORDER_ECOMMERCE", "Commerce", "跨境电商", List.of(
                    new Offer("customer loyalty data", "会员忠诚度数据", "DATA_PRODUCT", List.of("PERSONAL"), List.of("loyalty", "会员")),
                    new Offer("parcel tracking API", "包裹追踪接口", "DATA_SERVICE", List.of("PERSONAL"), List.of("logistics", "物流")),
                    new Offer("product catalogue translation", "商品目录翻译", "DATA_SERVICE", List.of("GENERAL"), List.of("catalogue", "翻译")),
                    new Offer("cross-border payment reconciliation", "跨境支付对账", "DATA_SERVICE", List.of("PERSONAL"), List.of("payments", "支付")))),
            new Sector("FINANCE", "Capital", "资本", List.of(
                    new Offer("fund market research", "基金市场研究", "DATA_PRODUCT", List.of("GENERAL"), List.of("funds", "公募基金")),
                    new Offer("trade finance document checks", "贸易融资单据核验", "DATA_SERVICE", List.of("PERSONAL"), List.of("trade finance", "单据")),
                    new Offer("anti-fraud risk scores", "反欺诈风险评分", "DATA_SERVICE", List.of("SENSITIVE_PERSONAL"), List.of("fraud", "风控")),
                    new Offer("ESG disclosure dataset", "ESG披露数据", "DATA_PRODUCT", List.of("GENERAL"), List.of("ESG", "可持续")))),
            new Sector("CLOUD_AND_DATA_CENTRES", "Cloud", "云计算", List.of(
                    new Offer("cross-border private line", "跨境专线", "INFRASTRUCTURE", List.of("GENERAL"), List.of("connectivity", "专线")),
                    new Offer("disaster recovery hosting", "灾备托管", "INFRASTRUCTURE", List.of("GENERAL", "PERSONAL"), List.of("DR", "灾备")),
                    new Offer("confidential computing cluster", "机密计算集群", "INFRASTRUCTURE", List.of("SENSITIVE_PERSONAL"), List.of("TEE", "机密计算")),
                    new Offer("data centre colocation", "数据中心托管", "INFRASTRUCTURE", List.of("GENERAL"), List.of("colocation", "机柜")))),
            new Sector("ARTIFICIAL_INTELLIGENCE", "Intelligence", "人工智能", List.of(
                    new Offer("speech data annotation", "语音数据标注", "DATA_SERVICE", List.of("PERSONAL"), List.of("annotation", "标注")),
                    new Offer("multilingual text corpus", "多语种文本语料", "DATA_PRODUCT", List.of("GENERAL"), List.of("corpus", "语料")),
                    new Offer("model evaluation service", "模型评测服务", "DATA_SERVICE", List.of("GENERAL"), List.of("evaluation", "评测")),
                    new Offer("federated learning platform", "联邦学习平台", "DATA_SERVICE", List.of("PERSONAL"), List.of("federated", "联邦学习")))));

    static final String[][] QUALIFIERS = {{"Daily", "每日"}, {"Real-time", "实时"}, {"Historical", "历史"}, {"Anonymised", "匿名化"},
        {"Aggregated", "汇总"}, {"Regional", "区域"}, {"ASEAN", "东盟"}, {"Premium", "高级"}, {"Open", "开放"}, {"Certified", "认证"},
        {"Curated", "精选"}, {"Sampled", "抽样"}};
    static final String[][] CN_PLACES = {{"Lingang", "临港"}, {"Dishui Lake", "滴水湖"}, {"Nanhui", "南汇"}, {"Pudong", "浦东"},
        {"Yangshan", "洋山"}, {"Zhangjiang", "张江"}};
    static final String[][] SG_PLACES = {{"Changi", "樟宜"}, {"Jurong", "裕廊"}, {"Tampines", "淡滨尼"}, {"Kallang", "加冷"},
        {"Bugis", "武吉士"}, {"Raffles", "莱佛士"}};
    static final String[] DELIVERY = {"API", "FILE", "STREAM", "PRIVACY_COMPUTING", "ON_PREMISE", "CONSULTING"};
    static final String[] PRICES = {"FREE", "SUBSCRIPTION", "PER_USE", "ONE_OFF", "NEGOTIABLE"};

    private final long seed;

    public MarketplaceGenerator(long seed) {
        this.seed = seed;
    }

    /** One organisation per {@code perOrganization} listings, at least 20. */
    public List<Organization> organizations(int listings, int perOrganization) {
        Random random = new Random(seed);
        int count = Math.max(20, listings / perOrganization);
        LocalDate today = LocalDate.now();
        List<Organization> organizations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean lingang = i % 2 == 0;
            Sector sector = SECTORS.get((i / 2) % SECTORS.size());
            String[] place = pick(random, lingang ? CN_PLACES : SG_PLACES);
            String name = place[0] + " " + sector.firmEn() + " " + (i + 1) + (lingang ? " Co., Ltd." : " Pte. Ltd.");
            String nameZh = (lingang ? "上海" : "新加坡") + place[1] + sector.firmZh() + (i + 1) + (lingang ? "有限公司" : "私人有限公司");
            List<Mechanism> mechanisms = new ArrayList<>();
            for (String code : lingang ? List.of("CN_STANDARD_CONTRACT", "CN_PI_CERTIFICATION", "LINGANG_GENERAL_LIST", "CN_SECURITY_ASSESSMENT", "ASEAN_MCC")
                    : List.of("ASEAN_MCC", "SG_CONTRACT", "APEC_CBPR", "SG_BCR", "CN_STANDARD_CONTRACT")) {
                if (random.nextInt(100) < 40) {
                    mechanisms.add(new Mechanism(code, today.minusDays(30 + random.nextInt(600))));
                }
            }
            List<Certification> certifications = new ArrayList<>();
            for (String code : lingang ? List.of("ISO_27001", "ISO_27701", "MLPS_3") : List.of("ISO_27001", "ISO_27701", "DPTM", "MTCS_3")) {
                if (random.nextInt(100) < 45) {
                    certifications.add(new Certification(code, today.plusDays(random.nextInt(5) == 0 ? -30 : 400)));
                }
            }
            List<String> accepts = new ArrayList<>(List.of("GENERAL"));
            if (random.nextInt(100) < 70) {
                accepts.add("PERSONAL");
            }
            if (random.nextInt(100) < 35) {
                accepts.add("SENSITIVE_PERSONAL");
            }
            organizations.add(new Organization(name, nameZh, lingang ? "CN" : "SG", sector.code(), mechanisms, certifications, accepts,
                    lingang && random.nextInt(100) < 8));
        }
        return organizations;
    }

    /** {@code count} listings spread over the organisations, each in its organisation's sector. */
    public List<Listing> listings(List<Organization> organizations, int count) {
        Random random = new Random(seed + 1);
        List<Listing> listings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int owner = i % organizations.size();
            Organization organization = organizations.get(owner);
            boolean lingang = organization.jurisdiction().equals("CN");
            Sector sector = sector(organization.sector());
            Offer offer = pick(random, sector.offers());
            String[] qualifier = pick(random, QUALIFIERS);
            String[] place = pick(random, lingang ? CN_PLACES : SG_PLACES);
            String title = qualifier[0] + " " + offer.en() + " from " + place[0];
            // Most providers write in both languages; a quarter of Singapore listings are in English only.
            boolean chinese = lingang || random.nextInt(4) > 0;
            String titleZh = chinese ? place[1] + qualifier[1] + offer.zh() : null;
            String summary = capitalise(offer.en()) + " for partners across the border, delivered by a " + sector.firmEn().toLowerCase(Locale.ROOT)
                    + " team.";
            String description = summary + " " + qualifier[0] + " updates, documented fields, sample on request. Reference " + (i % 997) + ".";
            String descriptionZh = chinese ? offer.zh() + "，由" + sector.firmZh() + "团队提供，" + qualifier[1] + "更新，可提供样例。" : null;
            List<String> directions = random.nextInt(10) < 3 ? List.of("CN_TO_SG", "SG_TO_CN") : List.of(lingang ? "CN_TO_SG" : "SG_TO_CN");
            List<String> delivery = List.of(DELIVERY[random.nextInt(DELIVERY.length)]);
            listings.add(new Listing(owner, offer.type(), title, titleZh, summary, description, descriptionZh, List.of(sector.code()),
                    offer.categories(), directions, delivery, offer.tags(), PRICES[random.nextInt(PRICES.length)]));
        }
        return listings;
    }

    /** {@code count} needs of random organisations, for what the other side offers in their sector. */
    public List<Need> needs(List<Organization> organizations, int count) {
        Random random = new Random(seed + 2);
        List<Need> needs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int owner = random.nextInt(organizations.size());
            Organization organization = organizations.get(owner);
            boolean lingang = organization.jurisdiction().equals("CN");
            Sector sector = sector(organization.sector());
            Offer wanted = pick(random, sector.offers());
            List<String> categories = wanted.categories();
            long personal = categories.contains("PERSONAL") ? List.of(20_000L, 150_000L, 1_200_000L).get(random.nextInt(3)) : 0;
            long sensitive = categories.contains("SENSITIVE_PERSONAL") ? List.of(800L, 12_000L).get(random.nextInt(2)) : 0;
            String direction = random.nextInt(100) < 15 ? "BOTH" : lingang ? "SG_TO_CN" : "CN_TO_SG";
            String title = lingang ? "寻找新加坡合作伙伴：" + wanted.zh() : "Looking for a Lingang partner: " + wanted.en();
            String description = lingang ? "我们希望获取" + wanted.zh() + "，用于" + sector.firmZh() + "业务。"
                    : "We want " + wanted.en() + " from a Lingang firm for our " + sector.firmEn().toLowerCase(Locale.ROOT) + " work.";
            needs.add(new Need(owner, title, description, List.of(sector.code()), categories, direction, personal, sensitive,
                    random.nextInt(100) < 20 ? List.of("ISO_27001") : List.of(), wanted.tags()));
        }
        return needs;
    }

    /**
     * Search texts a seeker might type: half English (one or two words of what is offered), half
     * Chinese (an offer's name, a part of it, or a Chinese tag).
     */
    public List<String> queries(int count) {
        Random random = new Random(seed + 3);
        List<String> queries = new ArrayList<>();
        while (queries.size() < count) {
            Offer offer = pick(random, pick(random, SECTORS).offers());
            if (queries.size() % 2 == 0) {
                String[] words = offer.en().split("[ -]");
                String first = words[random.nextInt(words.length)];
                queries.add(random.nextBoolean() || words.length == 1 ? first : first + " " + words[random.nextInt(words.length)]);
            } else {
                List<String> chineseTags = offer.tags().stream().filter(t -> t.codePoints().anyMatch(c -> c > 0x2E80)).toList();
                if (!chineseTags.isEmpty() && random.nextBoolean()) {
                    queries.add(pick(random, chineseTags));
                } else {
                    int length = Math.min(offer.zh().length(), 2 + random.nextInt(3));
                    int from = random.nextInt(offer.zh().length() - length + 1);
                    queries.add(offer.zh().substring(from, from + length));
                }
            }
        }
        return queries;
    }

    public static List<String> sectorCodes() {
        return SECTORS.stream().map(Sector::code).toList();
    }

    private static Sector sector(String code) {
        return SECTORS.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
