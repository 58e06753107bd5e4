-- Every step of a match after its suggestion: who moved it, from what to what, when, with what note.
CREATE TABLE match_step (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    match_id        BIGINT         NOT NULL,
    actor_id        BIGINT         NOT NULL,
    from_status     VARCHAR(16)    NOT NULL,
    to_status       VARCHAR(16)    NOT NULL,
    note            VARCHAR(1000)  NULL,
    deal_value_cny  DECIMAL(18, 2) NULL,
    at              DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY match_step_match (match_id, id),
    CONSTRAINT match_step_match_fk FOREIGN KEY (match_id) REFERENCES partner_match (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What an organisation's inbox shows: a match that concerns it moved.
CREATE TABLE notification (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    organization_id  BIGINT       NOT NULL,
    match_id         BIGINT       NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    read_at          DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY notification_inbox (organization_id, read_at, id),
    CONSTRAINT notification_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT notification_match_fk FOREIGN KEY (match_id) REFERENCES partner_match (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The curation queue pages by status and age; the dashboard sums agreed deals.
CREATE INDEX partner_match_queue ON partner_match (status, created_at, id);
