-- What organisations look for: the seeker's side of matching.
CREATE TABLE need (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    organization_id          BIGINT        NOT NULL,
    title                    VARCHAR(200)  NOT NULL,
    description              TEXT          NULL,
    sectors                  JSON          NOT NULL,
    data_categories          JSON          NOT NULL,
    direction                VARCHAR(16)   NOT NULL,
    personal_info_subjects   BIGINT        NOT NULL,
    sensitive_subjects       BIGINT        NOT NULL,
    required_certifications  JSON          NOT NULL,
    exemption_ground         VARCHAR(32)   NULL,
    on_general_list          BOOLEAN       NOT NULL,
    tags                     JSON          NOT NULL,
    scenario_ids             JSON          NOT NULL,
    status                   VARCHAR(16)   NOT NULL,
    created_by               BIGINT        NOT NULL,
    created_at               DATETIME(6)   NOT NULL,
    updated_at               DATETIME(6)   NOT NULL,
    version                  INT           NOT NULL,
    PRIMARY KEY (id),
    KEY need_organization (organization_id, status),
    KEY need_status (status, updated_at),
    CONSTRAINT need_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A suggested pairing of a need with a listing across the border, and later its curation.
-- ("match" is a reserved word in MySQL.)
CREATE TABLE partner_match (
    id                        BIGINT         NOT NULL AUTO_INCREMENT,
    need_id                   BIGINT         NOT NULL,
    listing_id                BIGINT         NOT NULL,
    need_organization_id      BIGINT         NOT NULL,
    listing_organization_id   BIGINT         NOT NULL,
    score                     DOUBLE         NOT NULL,
    verdict                   VARCHAR(16)    NOT NULL,
    steps                     JSON           NOT NULL,
    reasons                   JSON           NOT NULL,
    rules                     JSON           NOT NULL,
    status                    VARCHAR(16)    NOT NULL,
    deal_value_cny            DECIMAL(18, 2) NULL,
    computed_at               DATETIME(6)    NOT NULL,
    created_at                DATETIME(6)    NOT NULL,
    updated_at                DATETIME(6)    NOT NULL,
    version                   INT            NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY partner_match_pair (need_id, listing_id),
    KEY partner_match_listing (listing_id),
    KEY partner_match_listing_organization (listing_organization_id, status),
    KEY partner_match_need_organization (need_organization_id, status),
    KEY partner_match_status (status, score),
    CONSTRAINT partner_match_need_fk FOREIGN KEY (need_id) REFERENCES need (id),
    CONSTRAINT partner_match_listing_fk FOREIGN KEY (listing_id) REFERENCES listing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last matching run of a need: when it ran and what came close but missed.
CREATE TABLE match_run (
    need_id        BIGINT       NOT NULL,
    candidates     INT          NOT NULL,
    suggested      INT          NOT NULL,
    blocked        INT          NOT NULL,
    near_misses    JSON         NOT NULL,
    matched_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (need_id),
    CONSTRAINT match_run_need_fk FOREIGN KEY (need_id) REFERENCES need (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Changes that matching must follow; written in the same transaction as the change. A row that
-- concerns what the search index holds waits until the indexer has taken every outbox event up
-- to indexed_after, so matching reads candidates that include the change.
CREATE TABLE match_refresh (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    aggregate_type  VARCHAR(32)    NOT NULL,
    aggregate_id    BIGINT         NOT NULL,
    indexed_after   BIGINT         NULL,
    created_at      DATETIME(6)    NOT NULL,
    available_at    DATETIME(6)    NOT NULL,
    attempts        INT            NOT NULL,
    last_error      VARCHAR(1000)  NULL,
    PRIMARY KEY (id),
    KEY match_refresh_available (available_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Switches park staff control, such as whether the Lingang general data list is in force.
CREATE TABLE park_setting (
    name        VARCHAR(64)   NOT NULL,
    value       VARCHAR(200)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO park_setting (name, value, updated_at) VALUES ('lingang-general-list', 'on', CURRENT_TIMESTAMP(6));
