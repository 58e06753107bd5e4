package dev.bridgehead.marketplace.curation;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.mail.Mailer;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchRepository;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.matching.MatchingService;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Takes matches from suggestion to deal: staff approve, reject and introduce; either organisation
 * (or staff) reports talks, an agreement with its value, or a decline. Each move is checked
 * against the match's state, made only if nobody moved it meanwhile, recorded as a step and in the
 * audit log, and put in the inboxes of the organisations it concerns.
 */
@Singleton
public class CurationService {

    static final int MAX_NOTE = 1000;
    /** Deal values in CNY: positive and below ¥10 trillion, with fen. */
    static final BigDecimal MAX_DEAL = new BigDecimal("9999999999999.99");
    static final long MAX_SUBJECTS = 10_000_000_000L;
    public static final int MAX_BULK = 200;
    /** The staff queue counts its matches up to here; a total above it means "more than this". */
    public static final int QUEUE_COUNT_LIMIT = 1_000;

    private final MatchRepository matches;
    private final MatchQueueRepository queue;
    private final MatchingService matching;
    private final MatchStepRepository steps;
    private final IntroductionRequestRepository requests;
    private final NotificationRepository notifications;
    private final Mailer mailer;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final dev.bridgehead.marketplace.need.NeedRepository needs;
    private final dev.bridgehead.marketplace.organization.OrganizationService organizations;
    private final dev.bridgehead.marketplace.ledger.ExportLedger ledger;

    CurationService(MatchRepository matches, MatchQueueRepository queue, MatchingService matching, MatchStepRepository steps,
                    IntroductionRequestRepository requests, NotificationRepository notifications,
                    Mailer mailer, AuditLog audit, TransactionOperations<Connection> transactions, Clock clock,
                    dev.bridgehead.marketplace.need.NeedRepository needs, dev.bridgehead.marketplace.organization.OrganizationService organizations,
                    dev.bridgehead.marketplace.ledger.ExportLedger ledger) {
        this.needs = needs;
        this.organizations = organizations;
        this.ledger = ledger;
        this.transactions = transactions;
        this.matches = matches;
        this.queue = queue;
        this.matching = matching;
        this.steps = steps;
        this.requests = requests;
        this.notifications = notifications;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Match approve(Actor actor, Long matchId, String note) {
        return approve(actor, matchId, note, null);
    }

    /**
     * Approves the match as the decider saw it: {@code seenVersion} is the version they read (null
     * for a caller that does not say); a match changed since answers {@link Conflict} and changes
     * nothing, so no decision overrides one its author never saw.
     */
    @Transactional
    public Match approve(Actor actor, Long matchId, String note, @Nullable Integer seenVersion) {
        return move(actor, matchId, MatchAction.APPROVE, note, null, seenVersion);
    }

    @Transactional
    public Match reject(Actor actor, Long matchId, String note) {
        return reject(actor, matchId, note, null);
    }

    @Transactional
    public Match reject(Actor actor, Long matchId, String note, @Nullable Integer seenVersion) {
        InputCheck check = new InputCheck();
        check.required("note", note);
        check.throwIfInvalid();
        return move(actor, matchId, MatchAction.REJECT, note, null, seenVersion);
    }

    @Transactional
    public Match introduce(Actor actor, Long matchId, String note) {
        return introduce(actor, matchId, note, null);
    }

    @Transactional
    public Match introduce(Actor actor, Long matchId, String note, @Nullable Integer seenVersion) {
        return move(actor, matchId, MatchAction.INTRODUCE, note, null, seenVersion);
    }

    /** A party's (or staff's) report: in talks, agreed with the deal's value in CNY, or declined. */
    @Transactional
    public Match progress(Actor actor, Long matchId, String status, BigDecimal dealValueCny, String note) {
        return progress(actor, matchId, status, dealValueCny, note, null, null);
    }

    /**
     * As above; an agreement that moves personal information out of China may declare the
     * individuals it moves, which then enter the Chinese party's export ledger for the year.
     */
    @Transactional
    public Match progress(Actor actor, Long matchId, String status, BigDecimal dealValueCny, String note, Long personalInfoSubjects,
                          Long sensitiveSubjects) {
        return progress(actor, matchId, status, dealValueCny, note, personalInfoSubjects, sensitiveSubjects, null);
    }

    /** As above, as the reporter saw the match ({@code seenVersion}, see {@link #approve(Actor, Long, String, Integer)}). */
    @Transactional
    public Match progress(Actor actor, Long matchId, String status, BigDecimal dealValueCny, String note, Long personalInfoSubjects,
                          Long sensitiveSubjects, @Nullable Integer seenVersion) {
        InputCheck check = new InputCheck();
        check.required("status", status);
        MatchStatus target = check.code("status", status, MatchStatus.class);
        MatchAction action = target == null ? null : MatchAction.progressTo(target);
        check.that(target == null || action != null, "status", "unknown-code", "must be IN_TALKS, AGREED or DECLINED");
        if (action == MatchAction.AGREE) {
            check.required("dealValueCny", dealValueCny);
            check.that(dealValueCny == null || (dealValueCny.signum() > 0 && dealValueCny.compareTo(MAX_DEAL) <= 0 && dealValueCny.scale() <= 2),
                    "dealValueCny", "out-of-range", "must be a positive amount of yuan below 10 trillion, with at most two decimals");
        } else {
            check.that(dealValueCny == null, "dealValueCny", "not-allowed", "is only given when the deal is agreed");
        }
        boolean volumes = personalInfoSubjects != null || sensitiveSubjects != null;
        check.range("personalInfoSubjects", personalInfoSubjects, 0, MAX_SUBJECTS).range("sensitiveSubjects", sensitiveSubjects, 0, MAX_SUBJECTS);
        check.that(!volumes || action == MatchAction.AGREE, "personalInfoSubjects", "not-allowed", "is only given when the deal is agreed");
        check.throwIfInvalid();
        Match moved = move(actor, matchId, action, note, dealValueCny, seenVersion);
        long personal = personalInfoSubjects == null ? 0 : personalInfoSubjects;
        long sensitive = sensitiveSubjects == null ? 0 : sensitiveSubjects;
        if (action == MatchAction.AGREE && personal + sensitive > 0) {
            enterLedger(actor, moved, personal, sensitive);
        }
        return moved;
    }

    /** The Chinese party of an agreed flow out of China records the individuals it moves; a flow only into China records nothing. */
    private void enterLedger(Actor actor, Match match, long personal, long sensitive) {
        var need = needs.findById(match.needId()).orElseThrow();
        if (!need.direction().oneWay().contains(dev.bridgehead.marketplace.compliance.Direction.CN_TO_SG)) {
            throw new dev.bridgehead.marketplace.failure.InvalidInput(java.util.List.of(new dev.bridgehead.marketplace.failure.FieldError(
                    "personalInfoSubjects", "not-allowed", "this deal sends no data out of China: nothing enters a Chinese export ledger")));
        }
        var parties = organizations.byIds(java.util.List.of(match.needOrganizationId(), match.listingOrganizationId()));
        Long exporter = parties.get(match.needOrganizationId()).jurisdiction() == dev.bridgehead.marketplace.organization.Jurisdiction.CN
                ? match.needOrganizationId() : match.listingOrganizationId();
        Long importer = exporter.equals(match.needOrganizationId()) ? match.listingOrganizationId() : match.needOrganizationId();
        ledger.recordDeal(actor, exporter, match.id(), personal, sensitive, parties.get(importer).jurisdiction().name());
    }

    /**
     * A member of either organisation asks park staff to introduce it to the other: once per
     * organisation, while staff have not decided yet (suggested) or have approved the match.
     * Recorded, audited, and shown to staff in their queue.
     */
    @Transactional
    public IntroductionRequest requestIntroduction(Actor actor, Long matchId, String note) {
        Match match = matching.get(actor, matchId);
        if (actor.isStaff() || actor.organizationId() == null) {
            throw new NotAllowed("Only the organisations of a match ask for an introduction; staff introduce");
        }
        InputCheck check = new InputCheck();
        check.maxLength("note", note, MAX_NOTE);
        check.throwIfInvalid();
        if (match.status() != MatchStatus.SUGGESTED && match.status() != MatchStatus.APPROVED) {
            throw new Conflict("A " + match.status() + " match is past asking for an introduction");
        }
        if (requests.existsByMatchIdAndOrganizationId(matchId, actor.organizationId())) {
            throw new Conflict("Your organisation has already asked for this introduction");
        }
        IntroductionRequest saved = requests.save(new IntroductionRequest(null, matchId, actor.organizationId(), actor.userId(),
                InputCheck.clean(note), clock.instant()));
        audit.record(actor, "match.introduction-requested", "match", matchId, InputCheck.clean(note));
        return saved;
    }

    /**
     * Who asked for the introduction of each of these matches: for staff, of any match; for a member,
     * of the matches of its own organisation (others are left out).
     */
    public java.util.Map<Long, List<IntroductionRequest>> introductionRequests(Actor actor, java.util.Collection<Long> matchIds) {
        java.util.Map<Long, List<IntroductionRequest>> byMatch = new java.util.HashMap<>();
        if (actor == null || matchIds.isEmpty()) {
            return byMatch;
        }
        java.util.Set<Long> visible = actor.isStaff() ? java.util.Set.copyOf(matchIds) : new java.util.HashSet<>();
        if (!actor.isStaff()) {
            matches.findByIdIn(matchIds).stream().filter(m -> actor.isMemberOf(m.needOrganizationId()) || actor.isMemberOf(m.listingOrganizationId()))
                    .forEach(m -> visible.add(m.id()));
        }
        for (IntroductionRequest request : requests.findByMatchIdIn(visible)) {
            byMatch.computeIfAbsent(request.matchId(), id -> new ArrayList<>()).add(request);
        }
        return byMatch;
    }

    /** The same decision on many matches: each succeeds or fails on its own, in its own transaction. */
    public List<BulkOutcome> bulk(Actor actor, List<Long> matchIds, MatchAction action, String note) {
        java.util.Map<Long, Integer> unseen = new java.util.LinkedHashMap<>();
        if (matchIds != null) {
            matchIds.forEach(id -> unseen.put(id, null));
        }
        return bulk(actor, matchIds == null ? null : unseen, action, note);
    }

    /** As above, each match as the decider saw it (its version, or null): one changed since is refused on its own. */
    public List<BulkOutcome> bulk(Actor actor, @Nullable java.util.Map<Long, Integer> seenVersions, MatchAction action, String note) {
        requireStaff(actor);
        List<Long> matchIds = seenVersions == null ? null : new ArrayList<>(seenVersions.keySet());
        InputCheck check = new InputCheck();
        check.required("matchIds", matchIds).maxItems("matchIds", matchIds, MAX_BULK);
        check.that(action == MatchAction.APPROVE || action == MatchAction.REJECT || action == MatchAction.INTRODUCE, "action", "unknown-code",
                "must be APPROVE, REJECT or INTRODUCE");
        check.throwIfInvalid();
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (Long id : matchIds.stream().distinct().toList()) {
            try {
                Integer seen = seenVersions.get(id);
                transactions.executeWrite(status -> switch (action) {
                    case APPROVE -> approve(actor, id, note, seen);
                    case REJECT -> reject(actor, id, note, seen);
                    default -> introduce(actor, id, note, seen);
                });
                outcomes.add(new BulkOutcome(id, true, null));
            } catch (RuntimeException e) {
                outcomes.add(new BulkOutcome(id, false, e.getMessage()));
            }
        }
        return outcomes;
    }

    /** The outcome of one match of a bulk decision. */
    public record BulkOutcome(Long matchId, boolean done, String problem) {
    }

    /**
     * Staff's queue as the filter narrows and orders it, its total counted up to
     * {@link #QUEUE_COUNT_LIMIT} + 1; an organisation's own matches for its members, by status,
     * newest change first.
     */
    public Page<Match> list(Actor actor, QueueFilter filter, int page, int size) {
        if (actor == null) {
            throw new NotAllowed("Sign in to see matches");
        }
        String status = filter.status() == null ? null : filter.status().name();
        if (actor.isStaff()) {
            Instant now = clock.instant();
            return queue.queue(status, name(filter.verdict()), filter.minScore(),
                    filter.minAgeDays() == null ? null : now.minus(Duration.ofDays(filter.minAgeDays())),
                    filter.maxAgeDays() == null ? null : now.minus(Duration.ofDays(filter.maxAgeDays())),
                    name(filter.seekerJurisdiction()), name(filter.providerJurisdiction()),
                    name(filter.sector()), Boolean.TRUE.equals(filter.requested()) ? Boolean.TRUE : null, Pageable.from(page, size, order(filter.sort())));
        }
        Pageable pageable = Pageable.from(page, size);
        if (actor.organizationId() == null) {
            return Page.of(List.of(), pageable, 0L);
        }
        return Page.of(matches.ofOrganization(actor.organizationId(), status, size, (long) page * size), pageable,
                matches.countOfOrganization(actor.organizationId(), status));
    }

    /** Column names, not properties: the queue's query is native SQL. */
    private static Sort order(QueueFilter.QueueSort sort) {
        return switch (sort) {
            case SCORE -> Sort.of(Sort.Order.desc("score"), Sort.Order.desc("id"));
            case OLDEST -> Sort.of(Sort.Order.asc("created_at"), Sort.Order.asc("id"));
            case NEWEST -> Sort.of(Sort.Order.desc("created_at"), Sort.Order.desc("id"));
        };
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }

    /** The organisation's inbox, newest first, and how many entries are unread. */
    public Page<Notification> inbox(Actor actor, int page, int size) {
        requireMember(actor);
        return notifications.findByOrganizationId(actor.organizationId(), Pageable.from(page, size, Sort.of(Sort.Order.desc("id"))));
    }

    public long unread(Actor actor) {
        return actor == null || actor.organizationId() == null ? 0 : notifications.countByOrganizationIdAndReadAtIsNull(actor.organizationId());
    }

    @Transactional
    public void markRead(Actor actor) {
        requireMember(actor);
        notifications.markAllRead(actor.organizationId(), clock.instant());
    }

    public List<MatchStep> history(Actor actor, Long matchId) {
        matching.get(actor, matchId);
        return steps.findByMatchIdOrderById(matchId);
    }

    private Match move(Actor actor, Long matchId, MatchAction action, String note, BigDecimal dealValueCny, @Nullable Integer seenVersion) {
        Match match = matching.get(actor, matchId);
        if (seenVersion != null && !seenVersion.equals(match.version())) {
            throw new Conflict("Someone else changed this match after you opened it (it is now " + match.status() + "); reload it to see what changed");
        }
        if (action.staffOnly() && !actor.isStaff()) {
            throw new NotAllowed("Only park staff " + action.name().toLowerCase(java.util.Locale.ROOT) + " matches");
        }
        InputCheck check = new InputCheck();
        check.maxLength("note", note, MAX_NOTE);
        check.throwIfInvalid();
        if (!action.startsFrom(match.status())) {
            throw new Conflict("A " + match.status() + " match cannot be moved by '" + action.name() + "'");
        }
        Instant now = clock.instant();
        if (matches.move(matchId, match.version(), match.status(), action.to(), action == MatchAction.AGREE ? dealValueCny : match.dealValueCny(),
                now) == 0) {
            throw new Conflict("Someone else moved this match in the meantime; reload it");
        }
        String cleanNote = InputCheck.clean(note);
        steps.save(MatchStep.move(matchId, actor.userId(), match.status(), action.to(), cleanNote, dealValueCny, now));
        audit.record(actor, "match." + action.name().toLowerCase(java.util.Locale.ROOT), "match", matchId, cleanNote);
        notifyParties(actor, match, action, now);
        return matches.findById(matchId).orElseThrow();
    }

    /** Introductions go to both organisations; a party's report to the other party (to both when staff report it). */
    private void notifyParties(Actor actor, Match match, MatchAction action, Instant now) {
        if (action == MatchAction.APPROVE || action == MatchAction.REJECT) {
            return;
        }
        List<Long> recipients = new ArrayList<>();
        for (Long organization : List.of(match.needOrganizationId(), match.listingOrganizationId())) {
            if (action == MatchAction.INTRODUCE || !Objects.equals(actor.organizationId(), organization)) {
                recipients.add(organization);
            }
        }
        for (Long organization : recipients) {
            notifications.save(Notification.of(organization, match.id(), action.to().name(), null, now));
        }
        String subject = "Bridgehead: a match is now " + action.to().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String text = "Match " + match.id() + " moved to " + action.to() + ". Open /matches/" + match.id() + " to see it.";
        transactions.findTransactionStatus().ifPresentOrElse(status -> status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                recipients.forEach(organization -> mailer.send(organization, subject, text));
            }
        }), () -> recipients.forEach(organization -> mailer.send(organization, subject, text)));
    }

    private static void requireMember(Actor actor) {
        if (actor == null || actor.organizationId() == null) {
            throw new dev.bridgehead.marketplace.failure.NotFound("Inbox");
        }
    }

    private static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff curate matches");
        }
    }
}
