-- A member's request that park staff introduce the two organisations of a suggested match; once per
-- organisation and match. Staff see requested matches first-class in their queue.
CREATE TABLE introduction_request (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    match_id         BIGINT         NOT NULL,
    organization_id  BIGINT         NOT NULL,
    user_id          BIGINT         NOT NULL,
    note             VARCHAR(1000)  NULL,
    at               DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY introduction_request_once (match_id, organization_id),
    CONSTRAINT introduction_request_match_fk FOREIGN KEY (match_id) REFERENCES partner_match (id),
    CONSTRAINT introduction_request_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
