-- Organisations: firms in Lingang (CN) and Singapore (SG); further ASEAN jurisdictions are new codes, not new columns.
CREATE TABLE organization (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    name            VARCHAR(200) NOT NULL,
    name_zh         VARCHAR(200) NULL,
    jurisdiction    VARCHAR(8)   NOT NULL,
    sectors         JSON         NOT NULL,
    website         VARCHAR(300) NULL,
    description     TEXT         NULL,
    description_zh  TEXT         NULL,
    size            VARCHAR(16)  NULL,
    verification    VARCHAR(16)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         INT          NOT NULL,
    PRIMARY KEY (id),
    KEY organization_jurisdiction (jurisdiction),
    KEY organization_verification (verification)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
