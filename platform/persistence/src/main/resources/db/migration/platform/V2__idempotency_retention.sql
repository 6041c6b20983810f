-- Idempotency keys are kept for 7 days (a retry later than that is a new request); the purge looks them up by age.
CREATE INDEX IF NOT EXISTS idempotency_key_created ON platform.idempotency_key (created_at);
