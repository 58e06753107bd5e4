-- What was searched, without who searched it: the words of each text search and their language,
-- so that a provider whose listing is written in one language sees how many searches in the other
-- language this month would have found it with a title in that language. Kept for two months.
CREATE TABLE search_log (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    searched_at  DATETIME(6)   NOT NULL,
    language     CHAR(2)       NOT NULL,
    words        VARCHAR(400)  NOT NULL,
    PRIMARY KEY (id),
    KEY search_log_language_time (language, searched_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
