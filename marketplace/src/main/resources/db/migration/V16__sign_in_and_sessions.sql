-- Sign-in throttling that slows an attacker, not the owner (#15): a key may be refused until a
-- moment (a delay after failures of one account from one address), and an address from which an
-- account has signed in is remembered, so a burst against the account does not lock its owner out.
ALTER TABLE sign_in_throttle ADD COLUMN blocked_until DATETIME(6) NULL, MODIFY throttle_key VARCHAR(400) NOT NULL;

-- Every signed token names a session; sign-out and a password change end sessions here, for every
-- web node (each caches what it read for a few seconds at most).
CREATE TABLE user_session (
    id               VARCHAR(32)  NOT NULL,
    user_id          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    ended_at         DATETIME(6)  NULL,
    ended_why        VARCHAR(32)  NULL,
    address          VARCHAR(64)  NULL,
    user_agent       VARCHAR(200) NULL,
    PRIMARY KEY (id),
    KEY user_session_user (user_id, ended_at),
    KEY user_session_expires (expires_at),
    KEY user_session_ended (ended_at),
    CONSTRAINT user_session_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Some events have no single subject: a burst of failed sign-ins from one address.
ALTER TABLE audit_entry MODIFY subject_id BIGINT NULL;
