-- Full rebuilds of the search index: one row per run, with its progress, so every node can show it
-- and the indexer knows to write to the index being built as well.
CREATE TABLE search_reindex (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    index_name    VARCHAR(200)  NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    high_water    BIGINT        NOT NULL,
    total         INT           NOT NULL,
    done          INT           NOT NULL,
    started_at    DATETIME(6)   NOT NULL,
    finished_at   DATETIME(6)   NULL,
    error         VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY search_reindex_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
