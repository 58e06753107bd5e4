package dev.bridgehead.web.demo;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.matching.MatchRepository;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.need.NeedInput;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.negativelist.NegativeLists;
import dev.bridgehead.marketplace.negativelist.ShippedLists;
import dev.bridgehead.marketplace.scenario.Scenario;
import dev.bridgehead.marketplace.scenario.ScenarioInput;
import dev.bridgehead.marketplace.scenario.ScenarioService;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's negative-list story (COMPLIANCE.md, rule NL-1): a Lingang shipping line and a Lingang
 * retailer whose exports of personal information are cleared by the FTZ/Lingang list, and a
 * shipping firm registered elsewhere in Shanghai whose match changes verdict once staff switch the
 * citywide list on. The list starts switched off; once matching has paired that firm's need, the
 * demo switches it on as staff would, and the match's history shows the change.
 */
@Singleton
@Requires(property = "bridgehead.demo-data.enabled", value = "true")
class ListStory {

    static final String CITYWIDE = "SH-CITYWIDE-2025";
    private static final Logger LOG = LoggerFactory.getLogger(ListStory.class);

    private final DemoFirms firms;
    private final NeedService needs;
    private final ScenarioService scenarios;
    private final NegativeLists lists;
    private final ShippedLists shipped;
    private final MatchRepository matches;
    /** The need whose first match waits for the citywide list to be switched on; null when there is none left to wait for. */
    private final AtomicReference<Long> waiting = new AtomicReference<>();
    private Actor staff;

    ListStory(DemoFirms firms, NeedService needs, ScenarioService scenarios, NegativeLists lists, ShippedLists shipped,
              MatchRepository matches) {
        this.firms = firms;
        this.needs = needs;
        this.scenarios = scenarios;
        this.lists = lists;
        this.shipped = shipped;
        this.matches = matches;
    }

    void load(Actor staffActor) {
        this.staff = staffActor;
        shipped.ensureShipped();
        lists.setEnabled(staff, CITYWIDE, false, null, "Demo: switched off until the citywide items are imported");
        Scenario port = scenarios.create(staff, new ScenarioInput("Port operations data for Singapore shipping partners",
                "面向新加坡航运伙伴的港口作业数据", "Berth schedules, crew lists and cargo handling records shared with a Singapore ship manager. "
                + "Falls under the FTZ/Lingang negative list's port operations scenario.", "泊位计划、船员名单和装卸记录与新加坡船舶管理公司共享。",
                List.of("INTERNATIONAL_SHIPPING"), "CN_TO_SG", List.of("GENERAL", "PERSONAL"),
                Map.of("CN", "Lingang port operator or shipping line", "SG", "Ship manager or crewing agency"),
                "FTZ/Lingang negative list, port operations: data not on the list leaves without a contract or assessment; report within 15 business days",
                null, "FTZ24-SHIP-PORT"));

        partner(950, "Straits Crewing Analytics Pte. Ltd.", "新加坡海峡船员数据私人有限公司", "INTERNATIONAL_SHIPPING",
                "Crew list and port call analytics for Lingang shipping lines", "临港航运公司的船员名单与港口作业分析",
                List.of("crew", "port operations", "shipping", "船员", "港口"));
        partner(952, "Lion City Loyalty Insights Pte. Ltd.", "新加坡狮城会员洞察私人有限公司", "CROSS_BORDER_ECOMMERCE",
                "Membership and loyalty analytics for Lingang retailers", "临港零售企业的会员与忠诚度分析",
                List.of("membership", "loyalty", "retail", "会员", "零售"));

        Actor shipping = firm(954, "Lingang Harbour Line Co., Ltd.", "上海临港港航有限公司", "INTERNATIONAL_SHIPPING", "LINGANG");
        needs.create(shipping, new NeedInput("港口作业数据：船员名单与港口作业分析", "我们希望把船员名单和港口作业记录提供给新加坡伙伴做分析。属于自贸区负面清单的港口作业场景，未涉及清单数据项。",
                List.of("INTERNATIONAL_SHIPPING"), List.of("GENERAL", "PERSONAL"), "CN_TO_SG", 300_000L, 0L, List.of(), null, false,
                List.of("crew", "port operations", "船员", "港口"), List.of(String.valueOf(port.id())), null, null, null));
        Actor retail = firm(956, "Lingang Outlet Retail Co., Ltd.", "上海临港奥莱零售有限公司", "CROSS_BORDER_ECOMMERCE", "LINGANG");
        needs.create(retail, new NeedInput("Membership analytics for our loyalty programme", "Our members' purchase history analysed by a "
                + "Singapore loyalty partner. Falls under the FTZ/Lingang list's membership management scenario; no listed item is involved.",
                List.of("CROSS_BORDER_ECOMMERCE"), List.of("GENERAL", "PERSONAL"), "CN_TO_SG", 250_000L, 0L, List.of(), null, false,
                List.of("membership", "loyalty", "retail"), List.of(), null, "FTZ24-TRADE-MEMBER", List.of()));
        Actor city = firm(958, "Huangpu River Shipping Co., Ltd.", "上海黄浦江航运有限公司", "INTERNATIONAL_SHIPPING", "SHANGHAI");
        Need waitingNeed = needs.create(city, new NeedInput("Crew list analytics with a Singapore crewing agency", "Crew lists of our vessels "
                + "analysed by a Singapore crewing agency: the citywide list's seafarer management scenario, no listed item.",
                List.of("INTERNATIONAL_SHIPPING"), List.of("GENERAL", "PERSONAL"), "CN_TO_SG", 180_000L, 0L, List.of(), null, false,
                List.of("crew", "shipping", "port operations"), List.of(), null, "SH25-SHIP-CREW", List.of()));
        waiting.set(waitingNeed.id());
    }

    /** Once matching has paired the waiting need, switches the citywide list on as staff would: its match turns CLEAR, with history. */
    @Scheduled(fixedDelay = "5s", initialDelay = "15s")
    void switchTheCitywideListOnOnceMatched() {
        Long needId = waiting.get();
        if (needId == null || staff == null || matches.findByNeedId(needId).isEmpty()) {
            return;
        }
        try {
            lists.setEnabled(staff, CITYWIDE, true, null, "Demo: the citywide list switched on after its scenarios were checked");
            waiting.set(null);
            LOG.info("Demo: the citywide negative list is switched on; the Huangpu River Shipping match is assessed again");
        } catch (RuntimeException e) {
            LOG.warn("Demo: switching the citywide list on failed, trying again: {}", e.getMessage());
        }
    }

    private void partner(int index, String name, String nameZh, String sector, String title, String titleZh, List<String> tags) {
        Actor member = firms.register(staff, index, name, nameZh, "SG", sector, null, "negative-list story");
        firms.publish(staff, member, new ListingInput("DATA_SERVICE", title, titleZh, title + ", for data sent from Lingang.",
                title + ". We receive the data in Singapore under our data protection policy and return reports in English and Chinese.",
                titleZh + "。", List.of(sector), List.of("GENERAL", "PERSONAL"), List.of("CN_TO_SG", "SG_TO_CN"), List.of("API", "FILE"), tags,
                List.of(), "SUBSCRIPTION", null));
    }

    private Actor firm(int index, String name, String nameZh, String sector, String area) {
        return firms.register(staff, index, name, nameZh, "CN", sector, area, "negative-list story");
    }
}
