-- Edits are audited with each changed field's value before and after.
ALTER TABLE audit_entry ADD COLUMN changes JSON NULL;
