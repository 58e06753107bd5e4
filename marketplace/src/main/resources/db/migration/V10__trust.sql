-- Edits are audited with each changed field's value before and after.
ALTER TABLE audit_entry ADD COLUMN changes JSON NULL;

-- Registry IDs (unified social credit code, UEN), where a Chinese firm is registered, and a change
-- of the facts staff verified that waits for their decision.
ALTER TABLE organization
    ADD COLUMN registry_id       VARCHAR(40) NULL,
    ADD COLUMN registration_area VARCHAR(16) NULL,
    ADD COLUMN pending_change    JSON        NULL,
    ADD CONSTRAINT organization_registry_id UNIQUE (registry_id);

-- Derived from the profile's entries so that staff's evidence queue and the expiry job find profiles by index.
ALTER TABLE compliance_profile
    ADD COLUMN awaiting_check_since DATETIME(6) NULL,
    ADD COLUMN next_expiry          DATE        NULL;
CREATE INDEX compliance_profile_awaiting ON compliance_profile (awaiting_check_since);
CREATE INDEX compliance_profile_expiry ON compliance_profile (next_expiry);

-- Every stored verdict says which rule book it came from.
ALTER TABLE partner_match ADD COLUMN rule_book_version VARCHAR(32) NULL;

-- A match's history also records verdicts that changed after a re-assessment, with no one acting.
ALTER TABLE match_step
    MODIFY actor_id BIGINT NULL,
    ADD COLUMN from_verdict VARCHAR(16) NULL,
    ADD COLUMN to_verdict   VARCHAR(16) NULL;

-- The inbox also tells of changed verdicts and of mechanisms about to expire, which concern no match.
ALTER TABLE notification
    MODIFY match_id BIGINT NULL,
    ADD COLUMN detail VARCHAR(500) NULL;

-- Reminders before an entry expires: each goes out once, whichever node gets there first.
CREATE TABLE expiry_reminder (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    organization_id  BIGINT       NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    code             VARCHAR(32)  NOT NULL,
    expires_on       DATE         NOT NULL,
    stage            VARCHAR(8)   NOT NULL,
    sent_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT expiry_reminder_once UNIQUE (organization_id, kind, code, expires_on, stage),
    CONSTRAINT expiry_reminder_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The year's export ledger of each Chinese exporter: what it sent abroad, from agreed deals and
-- from transfers it or staff recorded; the volume rules apply to the year's total.
CREATE TABLE export_ledger_entry (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    organization_id     BIGINT        NOT NULL,
    year                INT           NOT NULL,
    day                 DATE          NOT NULL,
    personal_subjects   BIGINT        NOT NULL,
    sensitive_subjects  BIGINT        NOT NULL,
    recipient_country   VARCHAR(8)    NOT NULL,
    source              VARCHAR(16)   NOT NULL,
    match_id            BIGINT        NULL,
    note                VARCHAR(500)  NULL,
    recorded_by         BIGINT        NULL,
    recorded_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY export_ledger_year (organization_id, year, day),
    CONSTRAINT export_ledger_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
