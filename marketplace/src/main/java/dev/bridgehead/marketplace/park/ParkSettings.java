package dev.bridgehead.marketplace.park;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.outbox.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The park's switches; each change is audited and, where it changes verdicts, queues a fresh matching of every need. */
@Singleton
public class ParkSettings {

    static final String GENERAL_LIST = "lingang-general-list";

    private final ParkSettingRepository settings;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    ParkSettings(ParkSettingRepository settings, AuditLog audit, Outbox outbox, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Whether the Lingang general data list is in force (COMPLIANCE.md, CN rule 3); in force unless staff switched it off. */
    public boolean generalListEnabled() {
        return settings.findById(GENERAL_LIST).map(setting -> !"off".equals(setting.value())).orElse(true);
    }

    @Transactional
    public void setGeneralList(Actor actor, boolean enabled, String note) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff switch the general data list");
        }
        if (enabled == generalListEnabled()) {
            return;
        }
        ParkSetting setting = new ParkSetting(GENERAL_LIST, enabled ? "on" : "off", clock.instant());
        if (settings.existsById(GENERAL_LIST)) {
            settings.update(setting);
        } else {
            settings.save(setting);
        }
        audit.record(actor, enabled ? "park.general-list.on" : "park.general-list.off", "park", 0L, note);
        outbox.parkSettingChanged();
        outbox.rematchEverything();
    }
}
