package dev.bridgehead.marketplace.listing;

import dev.bridgehead.marketplace.account.Actor;
import java.util.EnumSet;
import java.util.Set;

/** The listing life cycle as data: who may move a listing, from where, to where. */
enum Transition {
    SUBMIT(Who.OWNER, EnumSet.of(ListingStatus.DRAFT, ListingStatus.REJECTED, ListingStatus.UNPUBLISHED), ListingStatus.SUBMITTED),
    PUBLISH(Who.STAFF, EnumSet.of(ListingStatus.SUBMITTED, ListingStatus.UNPUBLISHED), ListingStatus.PUBLISHED),
    UNPUBLISH(Who.OWNER_OR_STAFF, EnumSet.of(ListingStatus.PUBLISHED), ListingStatus.UNPUBLISHED),
    REJECT(Who.STAFF, EnumSet.of(ListingStatus.SUBMITTED), ListingStatus.REJECTED);

    enum Who {
        OWNER, STAFF, OWNER_OR_STAFF;

        boolean includes(Actor actor, Long organizationId) {
            return switch (this) {
                case OWNER -> actor.isMemberOf(organizationId);
                case STAFF -> actor.isStaff();
                case OWNER_OR_STAFF -> actor.mayActFor(organizationId);
            };
        }
    }

    private final Who who;
    private final Set<ListingStatus> from;
    private final ListingStatus to;

    Transition(Who who, Set<ListingStatus> from, ListingStatus to) {
        this.who = who;
        this.from = from;
        this.to = to;
    }

    boolean allowedFor(Actor actor, Long organizationId) {
        return who.includes(actor, organizationId);
    }

    boolean startsFrom(ListingStatus status) {
        return from.contains(status);
    }

    ListingStatus to() {
        return to;
    }

    String action() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
