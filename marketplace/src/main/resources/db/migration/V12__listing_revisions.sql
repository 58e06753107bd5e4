-- An edit of a published listing waits for staff as a pending revision; the live listing, and so
-- search, keep the published version until staff publish the revision. A rejected revision keeps
-- its values and the reason, so the owner can see why and start again from what they wrote.
ALTER TABLE listing
    ADD COLUMN pending_revision JSON NULL,
    ADD COLUMN revision_submitted_at DATETIME(6) NULL,
    ADD COLUMN revision_rejection_reason VARCHAR(1000) NULL,
    ADD INDEX listing_revision_queue (status, revision_submitted_at);
