package dev.bridgehead.web.demo;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.need.NeedInput;
import dev.bridgehead.marketplace.need.NeedService;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The demo's language-border story: a Lingang firm that lists only in Chinese (港口拥堵指数), a
 * Singapore firm that lists only in English (Carbon accounting for logistics fleets), and a Lingang
 * logistics firm whose Chinese need (碳排放核算) is matched to the English listing. An English search
 * for "port congestion index" finds the Chinese listing, and 碳排放核算 finds the English one.
 */
@Singleton
@Requires(property = "bridgehead.demo-data.enabled", value = "true")
class LanguageStory {

    private final DemoFirms firms;
    private final NeedService needs;

    LanguageStory(DemoFirms firms, NeedService needs) {
        this.firms = firms;
        this.needs = needs;
    }

    void load(Actor staff) {
        Actor port = firms.register(staff, 960, "Lingang Port Data Technology Co., Ltd.", "临港港航数据科技有限公司", "CN", "INTERNATIONAL_SHIPPING",
                "LINGANG", "language-border story");
        firms.publish(staff, port, new ListingInput("DATA_PRODUCT", "港口拥堵指数", null, null,
                "洋山港和外高桥港区每日港口拥堵指数：在港船舶数量、平均等泊时间和泊位占用率，按港区和船型统计，提供近五年历史数据。",
                null, List.of("INTERNATIONAL_SHIPPING"), List.of("GENERAL"), List.of("CN_TO_SG"), List.of("API", "FILE"),
                List.of("港口拥堵", "等泊时间", "船舶", "洋山港"), List.of(), "SUBSCRIPTION", null));
        Actor carbon = firms.register(staff, 962, "Straits Green Logistics Pte. Ltd.", null, "SG", "INTERNATIONAL_SHIPPING", null,
                "language-border story");
        firms.publish(staff, carbon, new ListingInput("DATA_SERVICE", "Carbon accounting for logistics fleets", null,
                "Scope 1 and scope 3 emissions per shipment for truck and van fleets, GLEC framework.",
                "We calculate the carbon emissions of logistics fleets per trip and per shipment under the GLEC framework and ISO 14083, "
                        + "from fuel, telematics or distance data, and report them for customers' scope 3 disclosures.",
                null, List.of("INTERNATIONAL_SHIPPING", "COMPLIANCE_SERVICES"), List.of("GENERAL"), List.of("CN_TO_SG", "SG_TO_CN"),
                List.of("API", "CONSULTING"), List.of("carbon accounting", "emissions", "fleet", "scope 3", "glec"), List.of(), "PER_USE", null));
        Actor trucking = firms.register(staff, 964, "Lingang Cross-border Trucking Co., Ltd.", "临港跨境集卡运输有限公司", "CN",
                "INTERNATIONAL_SHIPPING", "LINGANG", "language-border story");
        needs.create(trucking, new NeedInput("物流车队碳排放核算", "我们运营约三百辆集卡，海外客户要求按运单提供范围三碳排放数据，寻找熟悉GLEC框架的新加坡碳核算服务商。",
                List.of("INTERNATIONAL_SHIPPING"), List.of("GENERAL"), "CN_TO_SG", 0L, 0L, List.of(), null, false,
                List.of("碳排放核算", "物流车队", "范围三"), List.of(), null));
    }
}
