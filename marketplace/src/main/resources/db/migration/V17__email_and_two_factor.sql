-- Accounts with real e-mail (#15). An address belongs to one confirmed account; registrations not
-- yet confirmed may share it (so that registering never tells whether an address is taken), and
-- whoever confirms first keeps it. Accounts from before this change count as confirmed.
ALTER TABLE app_user
    ADD COLUMN email_confirmed_at DATETIME(6) NULL,
    ADD COLUMN confirmed_email    VARCHAR(254) AS (IF(email_confirmed_at IS NULL, NULL, email)) STORED,
    ADD COLUMN totp_secret        VARCHAR(200) NULL,
    ADD COLUMN totp_enabled_at    DATETIME(6)  NULL,
    ADD COLUMN totp_last_step     BIGINT       NULL,
    DROP INDEX app_user_email,
    ADD KEY app_user_email (email),
    ADD UNIQUE KEY app_user_confirmed_email (confirmed_email);

UPDATE app_user SET email_confirmed_at = created_at;

-- Single-use links sent by e-mail: confirming an address, resetting a password. Only a hash of
-- the token is kept, so a copy of the database lets no one confirm or reset anything.
CREATE TABLE account_token (
    token_hash       CHAR(64)     NOT NULL,
    user_id          BIGINT       NOT NULL,
    purpose          VARCHAR(16)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    used_at          DATETIME(6)  NULL,
    PRIMARY KEY (token_hash),
    KEY account_token_user (user_id, purpose, created_at),
    CONSTRAINT account_token_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Two-factor sign-in: the codes that replace the authenticator app once each (hashed), and the
-- half-finished sign-ins waiting for a code (a password was right; the code is still due).
CREATE TABLE recovery_code (
    user_id          BIGINT       NOT NULL,
    code_hash        CHAR(64)     NOT NULL,
    used_at          DATETIME(6)  NULL,
    PRIMARY KEY (user_id, code_hash),
    CONSTRAINT recovery_code_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sign_in_challenge (
    id               VARCHAR(32)  NOT NULL,
    user_id          BIGINT       NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    attempts         INT          NOT NULL,
    PRIMARY KEY (id),
    KEY sign_in_challenge_expires (expires_at),
    CONSTRAINT sign_in_challenge_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

