-- Evidence documents (PDF, PNG, JPEG) behind mechanisms and certifications, kept once per content
-- whoever uploads it: the key is the SHA-256 of the bytes. These two tables are MysqlEvidenceStore's;
-- an object store could hold the bytes instead, so nothing else refers to them by a foreign key.
CREATE TABLE evidence_document (
    sha256        CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    content_type  VARCHAR(64)  NOT NULL,
    size          INT          NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A document's bytes in pieces of at most 1 MB, in order: a 10 MB document in one value would need a
-- max_allowed_packet over 20 MB (the driver sends bytes hex-encoded; MariaDB's default is 16 MB) and
-- would pass TiDB's 6 MB limit on one row.
CREATE TABLE evidence_chunk (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    sha256   CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    seq      INT          NOT NULL,
    content  MEDIUMBLOB   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY evidence_chunk_piece (sha256, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which organisation uploaded which document, when and by whom. An organisation reaches only the
-- documents it uploaded itself, even when another one uploaded the same bytes.
CREATE TABLE evidence_upload (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    organization_id  BIGINT       NOT NULL,
    sha256           CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    content_type     VARCHAR(64)  NOT NULL,
    size             INT          NOT NULL,
    uploaded_by      BIGINT       NOT NULL,
    uploaded_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY evidence_upload_document (organization_id, sha256),
    CONSTRAINT evidence_upload_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
