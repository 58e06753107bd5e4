-- A need's sectors, one row each, beside the need's JSON list: staff narrow the curation queue by
-- sector, and an indexed lookup is what keeps that fast at 100,000 matches (JSON_CONTAINS per row was not).
CREATE TABLE need_sector (
    need_id  BIGINT       NOT NULL,
    sector   VARCHAR(40)  NOT NULL,
    PRIMARY KEY (sector, need_id),
    KEY need_sector_need (need_id),
    CONSTRAINT need_sector_need_fk FOREIGN KEY (need_id) REFERENCES need (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One statement per code, as MySQL 8, MariaDB and TiDB all accept (TiDB has no JSON_TABLE).
INSERT INTO need_sector (need_id, sector) SELECT id, 'INTELLIGENT_CONNECTED_VEHICLES' FROM need WHERE JSON_CONTAINS(sectors, '"INTELLIGENT_CONNECTED_VEHICLES"');
INSERT INTO need_sector (need_id, sector) SELECT id, 'BIOMEDICINE' FROM need WHERE JSON_CONTAINS(sectors, '"BIOMEDICINE"');
INSERT INTO need_sector (need_id, sector) SELECT id, 'INTERNATIONAL_SHIPPING' FROM need WHERE JSON_CONTAINS(sectors, '"INTERNATIONAL_SHIPPING"');
INSERT INTO need_sector (need_id, sector) SELECT id, 'COMMERCIAL_AVIATION' FROM need WHERE JSON_CONTAINS(sectors, '"COMMERCIAL_AVIATION"');
INSERT INTO need_sector (need_id, sector) SELECT id, 'CROSS_BORDER_ECOMMERCE' FROM need WHERE JSON_CONTAINS(sectors, '"CROSS_BORDER_ECOMMERCE"');
INSERT INTO need_sector (need_id, sector) SELECT id, 'FINANCE' FROM need WHERE JSON_CONTAINS(sectors, '"FINANCE"');
INSERT INTO need_sector (need_id, sector) SELECT id, 'DIGITAL_TRADE' FROM need WHERE JSON_CONTAINS(sectors, '"DIGITAL_TRADE"');
INSERT INTO need_sector (need_id, sector) SELECT id, 'CLOUD_AND_DATA_CENTRES' FROM need WHERE JSON_CONTAINS(sectors, '"CLOUD_AND_DATA_CENTRES"');
INSERT INTO need_sector (need_id, sector) SELECT id, 'ARTIFICIAL_INTELLIGENCE' FROM need WHERE JSON_CONTAINS(sectors, '"ARTIFICIAL_INTELLIGENCE"');
INSERT INTO need_sector (need_id, sector) SELECT id, 'COMPLIANCE_SERVICES' FROM need WHERE JSON_CONTAINS(sectors, '"COMPLIANCE_SERVICES"');
INSERT INTO need_sector (need_id, sector) SELECT id, 'OTHER' FROM need WHERE JSON_CONTAINS(sectors, '"OTHER"');
