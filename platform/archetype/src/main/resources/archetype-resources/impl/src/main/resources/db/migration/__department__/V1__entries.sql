-- The department's own schema: nothing outside it is read or written.
CREATE TABLE ${department}.entry (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
