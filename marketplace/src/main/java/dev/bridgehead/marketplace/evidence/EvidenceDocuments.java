package dev.bridgehead.marketplace.evidence;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.failure.TooLarge;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Evidence documents of organisations: stored for their members and staff, opened by them and by
 * the other party of a match staff have introduced. Anyone else is told the document does not
 * exist, as is anyone asking by something that is not a SHA-256 (64 hex digits, either case).
 */
@Singleton
public class EvidenceDocuments {

    /** The largest document kept: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    static final String FIELD = "file";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final EvidenceStore store;
    private final EvidenceUploadRepository uploads;
    private final AuditLog audit;
    private final Clock clock;

    EvidenceDocuments(EvidenceStore store, EvidenceUploadRepository uploads, AuditLog audit, Clock clock) {
        this.store = store;
        this.uploads = uploads;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Keeps a PDF, PNG or JPEG for the organisation, recognised from its bytes alone. The same bytes
     * are kept once whoever uploads them; uploading them again answers the same hash.
     */
    @Transactional
    public StoredDocument store(Actor actor, long organizationId, byte[] content) {
        if (actor == null || !actor.mayActFor(organizationId)) {
            throw new NotFound("Organisation " + organizationId);
        }
        if (content == null || content.length == 0) {
            throw InvalidInput.of(FIELD, "required", "is empty: choose a PDF, PNG or JPEG file");
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        EvidenceType type = EvidenceType.sniff(content).orElseThrow(() -> InvalidInput.of(FIELD, "not-a-document",
                "is not a PDF, PNG or JPEG file (its content was checked, not its name)"));
        String sha256 = sha256(content);
        store.put(sha256, type, content);
        uploads.insertIfAbsent(organizationId, sha256, type.contentType(), content.length, actor.userId(), clock.instant());
        return new StoredDocument(sha256, content.length, type.contentType());
    }

    /** The refusal of a document over {@link #MAX_BYTES}, for callers that know its size before reading it. */
    /** Whether the organisation uploaded a document with this hash: only its own documents may stand behind its entries. */
    public boolean uploadedBy(Long organizationId, String sha256) {
        return uploads.existsByOrganizationIdAndSha256(organizationId, sha256);
    }

    public static TooLarge tooLarge() {
        return new TooLarge(FIELD, "must be at most 10 MB", "The file is larger than 10 MB, the most an evidence document may be");
    }

    /**
     * A document the organisation uploaded. Every opening by someone other than the organisation's
     * own members (staff, the other party of an introduced match) goes into the audit log.
     */
    @Transactional
    public EvidenceDocument open(Actor actor, long organizationId, String hash) {
        NotFound notFound = new NotFound("Evidence document");
        String sha256 = hash == null ? "" : hash.toLowerCase(Locale.ROOT);
        if (actor == null || !SHA256.matcher(sha256).matches()) {
            throw notFound;
        }
        boolean member = actor.isMemberOf(organizationId);
        boolean partner = !member && !actor.isStaff() && actor.organizationId() != null
                && uploads.introduced(organizationId, actor.organizationId());
        if (!(member || actor.isStaff() || partner) || !uploads.existsByOrganizationIdAndSha256(organizationId, sha256)) {
            throw notFound;
        }
        EvidenceDocument document = store.get(sha256).orElseThrow(() -> notFound);
        if (!member) {
            audit.record(actor, "evidence.downloaded", "organization", organizationId, sha256);
        }
        return document;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
