-- Repeated failed logins lock an account for a while (brute-force protection).
ALTER TABLE security.account ADD COLUMN failed_logins integer NOT NULL DEFAULT 0;
ALTER TABLE security.account ADD COLUMN locked_until timestamptz;
