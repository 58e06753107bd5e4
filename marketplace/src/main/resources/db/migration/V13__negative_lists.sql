-- Shanghai's data-export negative lists (COMPLIANCE.md, rule NL-1). Every import of a list is a
-- new version, kept so that staff can compare versions and verdicts can name the version they
-- used; negative_list says which version is current and whether staff have switched it on.
CREATE TABLE negative_list (
    code             VARCHAR(64)   NOT NULL,
    current_version  INT           NOT NULL,
    enabled          BOOLEAN       NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by       BIGINT        NULL,
    version          INT           NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE negative_list_version (
    id                    BIGINT         NOT NULL AUTO_INCREMENT,
    code                  VARCHAR(64)    NOT NULL,
    list_version          INT            NOT NULL,
    name                  VARCHAR(300)   NOT NULL,
    name_zh               VARCHAR(300)   NOT NULL,
    area                  VARCHAR(32)    NOT NULL,
    source                TEXT           NOT NULL,
    effective_from        DATE           NOT NULL,
    published_item_count  INT            NULL,
    scenarios             JSON           NOT NULL,
    items                 JSON           NOT NULL,
    note                  VARCHAR(1000)  NULL,
    imported_at           DATETIME(6)    NOT NULL,
    imported_by           BIGINT         NULL,
    PRIMARY KEY (id),
    UNIQUE KEY negative_list_version_code (code, list_version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A flow names the list scenario it belongs to and the list's items it carries.
ALTER TABLE need
    ADD COLUMN list_scenario VARCHAR(64) NULL,
    ADD COLUMN listed_items JSON NULL;
UPDATE need SET listed_items = '[]';
ALTER TABLE need MODIFY listed_items JSON NOT NULL;
CREATE INDEX need_list_scenario ON need (list_scenario);

-- A cooperation scenario can point to a list scenario: needs started from it name that scenario.
ALTER TABLE scenario ADD COLUMN list_scenario VARCHAR(64) NULL;
