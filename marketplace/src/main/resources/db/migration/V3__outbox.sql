-- Changes that the search index must follow, written in the same transaction as the change itself.
-- The indexer drains it (FOR UPDATE SKIP LOCKED, so several nodes share the work), newest state first.
CREATE TABLE outbox_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    aggregate_type  VARCHAR(32)   NOT NULL,
    aggregate_id    BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    available_at    DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL,
    last_error      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY outbox_event_available (available_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
