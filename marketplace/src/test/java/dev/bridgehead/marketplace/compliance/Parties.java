package dev.bridgehead.marketplace.compliance;

import dev.bridgehead.marketplace.organization.EvidenceReview;
import dev.bridgehead.marketplace.organization.EvidenceStatus;
import dev.bridgehead.marketplace.organization.HeldCertification;
import dev.bridgehead.marketplace.organization.HeldMechanism;
import dev.bridgehead.marketplace.organization.Jurisdiction;
import io.micronaut.serde.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/** Shorthand for the engine's tests: the shipped rule book, parties and flows. */
final class Parties {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final RuleBook BOOK = RuleBooks.standard(ObjectMapper.getDefault());
    static final ComplianceEngine ENGINE = new ComplianceEngine(BOOK);

    private Parties() {
    }

    /** Staff's check of an entry's evidence. */
    static final EvidenceReview CHECKED = new EvidenceReview(EvidenceStatus.VERIFIED, "checked", Instant.parse("2026-06-01T00:00:00Z"),
            Instant.parse("2026-06-02T00:00:00Z"), 1L);

    /** A mechanism as park staff verified it. */
    static HeldMechanism verified(Mechanism mechanism, LocalDate obtainedOn) {
        return new HeldMechanism(mechanism, "all transfers", obtainedOn, "REF-" + mechanism, "Shanghai CAC", null, null, CHECKED);
    }

    /** The same mechanism declared by its holder and not yet checked by staff. */
    static HeldMechanism declared(Mechanism mechanism, LocalDate obtainedOn) {
        return new HeldMechanism(mechanism, "all transfers", obtainedOn, "REF-" + mechanism, "Shanghai CAC", null, null,
                EvidenceReview.declared(Instant.parse("2026-06-01T00:00:00Z")));
    }

    static Participant lingang(Mechanism... held) {
        return party(Jurisdiction.CN, false, held);
    }

    static Participant lingangCiio(Mechanism... held) {
        return party(Jurisdiction.CN, true, held);
    }

    static Participant singapore(Mechanism... held) {
        return party(Jurisdiction.SG, false, held);
    }

    static Participant party(Jurisdiction jurisdiction, boolean ciio, Mechanism... held) {
        List<HeldMechanism> mechanisms = new ArrayList<>();
        for (Mechanism mechanism : held) {
            mechanisms.add(verified(mechanism, TODAY.minusMonths(6)));
        }
        return new Participant(jurisdiction, ciio, mechanisms, List.of());
    }

    static Participant withMechanism(Participant participant, Mechanism mechanism, LocalDate obtainedOn) {
        List<HeldMechanism> mechanisms = new ArrayList<>(participant.mechanisms());
        mechanisms.add(verified(mechanism, obtainedOn));
        return new Participant(participant.jurisdiction(), participant.ciio(), mechanisms, participant.certifications(), participant.registrationArea());
    }

    static Participant withCertification(Participant participant, Certification certification, LocalDate expiresOn) {
        List<HeldCertification> certifications = new ArrayList<>(participant.certifications());
        certifications.add(new HeldCertification(certification, expiresOn, "CERT-" + certification, "an accredited body", null, null, CHECKED));
        return new Participant(participant.jurisdiction(), participant.ciio(), participant.mechanisms(), certifications,
                participant.registrationArea());
    }

    static FlowBuilder flow(Direction direction, DataCategory... categories) {
        return new FlowBuilder(direction, categories);
    }

    static final class FlowBuilder {
        private final Direction direction;
        private final EnumSet<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        private long personal;
        private long sensitive;
        private ExemptionGround ground;
        private boolean generalList;
        private boolean processorOnly;

        FlowBuilder(Direction direction, DataCategory... categories) {
            this.direction = direction;
            this.categories.addAll(Arrays.asList(categories));
        }

        FlowBuilder personal(long subjects) {
            this.personal = subjects;
            return this;
        }

        FlowBuilder sensitive(long subjects) {
            this.sensitive = subjects;
            return this;
        }

        FlowBuilder exemption(ExemptionGround ground) {
            this.ground = ground;
            return this;
        }

        FlowBuilder onGeneralList() {
            this.generalList = true;
            return this;
        }

        FlowBuilder processorOnly() {
            this.processorOnly = true;
            return this;
        }

        Flow build() {
            return new Flow(direction, categories, personal, sensitive, ground, generalList, processorOnly);
        }

        Assessment between(Participant exporter, Participant importer) {
            return ENGINE.assess(build(), exporter, importer, TODAY, true);
        }
    }
}
