-- The durable outbox (see io.mercato.platform.api.outbox). An event is written in the transaction of the change that
-- causes it, with one delivery row for every subscription of its topic; a subscription outlives its subscriber's bundle,
-- so events wait while that bundle is stopped or uninstalled.
CREATE TABLE platform.outbox_subscription (
    subscriber     text PRIMARY KEY,
    topics         text[] NOT NULL,
    registered_at  timestamptz NOT NULL DEFAULT now(),
    seen_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE platform.outbox_event (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic         text NOT NULL,
    payload       jsonb NOT NULL,
    published_by  text NOT NULL,
    published_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE platform.outbox_delivery (
    subscriber       text NOT NULL REFERENCES platform.outbox_subscription,
    event_id         bigint NOT NULL REFERENCES platform.outbox_event,
    state            text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DELIVERED', 'PARKED')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_error       text,
    finished_at      timestamptz,
    PRIMARY KEY (subscriber, event_id)
);
-- What a dispatcher looks for, oldest first; and what an administrator looks at.
CREATE INDEX outbox_delivery_due ON platform.outbox_delivery (subscriber, event_id) WHERE state = 'PENDING';
CREATE INDEX outbox_delivery_parked ON platform.outbox_delivery (event_id) WHERE state = 'PARKED';
CREATE INDEX outbox_delivery_event ON platform.outbox_delivery (event_id);
CREATE INDEX outbox_event_published ON platform.outbox_event (published_at);

-- Whether a subscription's topic patterns (exact topics, or prefixes ending in *) take a topic.
CREATE FUNCTION platform.outbox_topic_taken(patterns text[], topic text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT EXISTS (SELECT 1 FROM unnest(patterns) AS p
                   WHERE p = topic OR (right(p, 1) = '*' AND starts_with(topic, left(p, -1))))
$$;
