-- Park staff's changes to the glossary shipped with Bridgehead (glossary/park-glossary.tsv): terms
-- they added, and corrections or removals of shipped terms (replaces names the shipped term as
-- "english=chinese"). The effective glossary is the shipped file with these applied, so a new
-- release's terms arrive by themselves and a staff decision about a shipped term stays.
CREATE TABLE glossary_term (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    english     VARCHAR(120)  NOT NULL,
    chinese     VARCHAR(60)   NOT NULL,
    sector      VARCHAR(40)   NULL,
    source      VARCHAR(300)  NULL,
    replaces    VARCHAR(200)  NULL,
    removed     BOOLEAN       NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  BIGINT        NULL,
    version     INT           NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY glossary_term_replaces (replaces)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
