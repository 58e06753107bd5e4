-- People: members of one organisation, or park staff and admins (no organisation).
CREATE TABLE app_user (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    email            VARCHAR(254) NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    display_name     VARCHAR(100) NOT NULL,
    role             VARCHAR(16)  NOT NULL,
    organization_id  BIGINT       NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          INT          NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY app_user_email (email),
    KEY app_user_organization (organization_id),
    CONSTRAINT app_user_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed sign-ins per account and per address, shared by every web node.
CREATE TABLE sign_in_throttle (
    throttle_key     VARCHAR(300) NOT NULL,
    window_start     DATETIME(6)  NOT NULL,
    failures         INT          NOT NULL,
    PRIMARY KEY (throttle_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What an organisation can lawfully do with data (COMPLIANCE.md): edited as a whole, versioned.
CREATE TABLE compliance_profile (
    organization_id     BIGINT      NOT NULL,
    mechanisms          JSON        NOT NULL,
    certifications      JSON        NOT NULL,
    accepts_categories  JSON        NOT NULL,
    ciio                BOOLEAN     NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    version             INT         NOT NULL,
    PRIMARY KEY (organization_id),
    CONSTRAINT compliance_profile_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Named, reusable patterns of cross-border cooperation; the park counts them toward its target of 50.
CREATE TABLE scenario (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    title            VARCHAR(200)  NOT NULL,
    title_zh         VARCHAR(200)  NULL,
    description      TEXT          NOT NULL,
    description_zh   TEXT          NULL,
    sectors          JSON          NOT NULL,
    direction        VARCHAR(16)   NOT NULL,
    data_categories  JSON          NOT NULL,
    roles            JSON          NOT NULL,
    compliance_path  TEXT          NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          INT           NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What an organisation offers: data products, data services, infrastructure.
CREATE TABLE listing (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    organization_id   BIGINT        NOT NULL,
    type              VARCHAR(32)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    title_zh          VARCHAR(200)  NULL,
    summary           VARCHAR(500)  NULL,
    description       TEXT          NULL,
    description_zh    TEXT          NULL,
    sectors           JSON          NOT NULL,
    data_categories   JSON          NOT NULL,
    directions        JSON          NOT NULL,
    delivery_modes    JSON          NOT NULL,
    tags              JSON          NOT NULL,
    scenario_ids      JSON          NOT NULL,
    price_model       VARCHAR(16)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    rejection_reason  VARCHAR(1000) NULL,
    published_at      DATETIME(6)   NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           INT           NOT NULL,
    PRIMARY KEY (id),
    KEY listing_organization (organization_id),
    KEY listing_status (status, updated_at),
    CONSTRAINT listing_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change to a listing: who, when, what.
CREATE TABLE listing_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    listing_id  BIGINT        NOT NULL,
    actor_id    BIGINT        NULL,
    action      VARCHAR(32)   NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    note        VARCHAR(1000) NULL,
    changes     JSON          NOT NULL,
    at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY listing_change_listing (listing_id, at),
    CONSTRAINT listing_change_listing_fk FOREIGN KEY (listing_id) REFERENCES listing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every staff decision, for the audit log.
CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    actor_id      BIGINT        NULL,
    action        VARCHAR(64)   NOT NULL,
    subject_type  VARCHAR(32)   NOT NULL,
    subject_id    BIGINT        NOT NULL,
    note          VARCHAR(1000) NULL,
    at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY audit_entry_subject (subject_type, subject_id),
    KEY audit_entry_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
