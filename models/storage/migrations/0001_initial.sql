-- HubDesk schema, version 1.
--
-- Conventions (see docs/architecture.md):
-- * Every entity table has: id (local row id), uuid (identity across databases, for merges),
--   created_at/updated_at (UTC, ISO 8601 with milliseconds and Z), version (bumped on every
--   change, so that two writers can be told apart), deleted_at/deleted_batch (the trash).
-- * Dates are ISO text YYYY-MM-DD; money is integer cents in the programme currency.
-- * Enumerations are stable text keys, enforced by foreign keys to enum_* look-up tables.
-- * ON DELETE applies when a record is purged from the trash: CASCADE for records that
--   cannot stand alone, SET NULL for optional links, RESTRICT for records that must stay
--   reportable (mentoring sessions of an expert, travel vouchers).
-- * Tables are STRICT, so a value of the wrong type is refused, never stored.

-- Enumerations ---------------------------------------------------------------

CREATE TABLE enum_organisation_kind (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_organisation_kind (key, position) VALUES
    ('corporation', 1),
    ('public_body', 2),
    ('investor', 3),
    ('accelerator', 4),
    ('startup', 5),
    ('university', 6),
    ('media', 7),
    ('press', 8),
    ('other', 9);

CREATE TABLE enum_engagement_level (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_engagement_level (key, position) VALUES
    ('mapped', 1),
    ('contacted', 2),
    ('engaged', 3),
    ('partner', 4);

CREATE TABLE enum_ecosystem_role (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_ecosystem_role (key, position) VALUES
    ('education_research', 1),
    ('public_support', 2),
    ('financing', 3),
    ('multinational', 4),
    ('mobility', 5),
    ('global_reach', 6);

CREATE TABLE enum_expert_role (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_expert_role (key, position) VALUES
    ('mentor', 1),
    ('consultant', 2),
    ('trainer', 3),
    ('coach', 4);

CREATE TABLE enum_startup_status (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_startup_status (key, position) VALUES
    ('applicant', 1),
    ('selected', 2),
    ('active', 3),
    ('alumni', 4),
    ('withdrawn', 5);

CREATE TABLE enum_startup_stage (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_startup_stage (key, position) VALUES
    ('idea', 1),
    ('prototype', 2),
    ('mvp', 3),
    ('first_clients', 4),
    ('contracts', 5),
    ('investment', 6),
    ('scaling', 7);

CREATE TABLE enum_media_challenge (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_media_challenge (key, position) VALUES
    ('misinformation', 1),
    ('accessibility', 2),
    ('hmi', 3),
    ('data_protection', 4),
    ('media40', 5),
    ('other', 6);

CREATE TABLE enum_outcome_type (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_outcome_type (key, position) VALUES
    ('contract', 1),
    ('investment', 2),
    ('pilot', 3),
    ('procurement', 4),
    ('market_entry', 5),
    ('award', 6);

CREATE TABLE enum_session_service (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_session_service (key, position) VALUES
    ('upscaling', 1),
    ('soft_landing', 2),
    ('product_market_fit', 3),
    ('legal', 4),
    ('pitching', 5),
    ('fundraising', 6),
    ('product_development', 7),
    ('strategy', 8),
    ('internationalisation', 9),
    ('ux_design', 10),
    ('matchmaking', 11),
    ('procurement', 12),
    ('investor_meeting', 13);

CREATE TABLE enum_session_format (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_session_format (key, position) VALUES
    ('on_site', 1),
    ('online', 2);

CREATE TABLE enum_session_status (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_session_status (key, position) VALUES
    ('planned', 1),
    ('held', 2),
    ('cancelled', 3);

CREATE TABLE enum_event_type (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_event_type (key, position) VALUES
    ('deeptech_on_stage', 1),
    ('investor_meeting', 2),
    ('matchmaking', 3),
    ('training', 4),
    ('conference', 5),
    ('networking', 6);

CREATE TABLE enum_participation_role (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_participation_role (key, position) VALUES
    ('pitching', 1),
    ('investor', 2),
    ('jury', 3),
    ('speaker', 4),
    ('attendee', 5),
    ('ticket_winner', 6);

CREATE TABLE enum_voucher_status (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_voucher_status (key, position) VALUES
    ('requested', 1),
    ('approved', 2),
    ('claimed', 3),
    ('paid', 4),
    ('rejected', 5),
    ('cancelled', 6);

CREATE TABLE enum_interaction_type (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_interaction_type (key, position) VALUES
    ('call', 1),
    ('email', 2),
    ('meeting', 3),
    ('note', 4);

CREATE TABLE enum_audit_action (
    key TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO enum_audit_action (key, position) VALUES
    ('insert', 1), ('update', 2), ('trash', 3), ('restore', 4), ('purge', 5), ('transition', 6), ('setting', 7),
    ('bulk_insert', 8);

-- The legal steps of the voucher workflow (the same table as VoucherWorkflow in the code).
CREATE TABLE voucher_transitions (
    from_status TEXT NOT NULL REFERENCES enum_voucher_status(key),
    to_status TEXT NOT NULL REFERENCES enum_voucher_status(key),
    PRIMARY KEY (from_status, to_status)
) WITHOUT ROWID;
INSERT INTO voucher_transitions (from_status, to_status) VALUES
    ('requested', 'approved'), ('requested', 'rejected'), ('requested', 'cancelled'),
    ('approved', 'claimed'), ('approved', 'rejected'), ('approved', 'cancelled'),
    ('claimed', 'paid'), ('claimed', 'rejected'), ('claimed', 'cancelled');

-- Settings of this database (the hub, the programme and its money rules) -------------
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
) STRICT, WITHOUT ROWID;
INSERT INTO settings (key, value, updated_at) VALUES
    ('hub_name', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('programme_name', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('grant_agreement', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('currency', 'EUR', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('voucher_cap_cents', '0', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('voucher_budget_cents', '0', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Stakeholders -----------------------------------------------------------------

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    deleted_batch TEXT,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sort_name TEXT,
    legal_name TEXT,
    kind TEXT NOT NULL REFERENCES enum_organisation_kind(key),
    engagement TEXT NOT NULL DEFAULT 'mapped' REFERENCES enum_engagement_level(key),
    country TEXT CHECK (country IS NULL OR (length(country) = 2 AND country GLOB '[A-Z][A-Z]')),
    city TEXT,
    address TEXT,
    website TEXT,
    email TEXT,
    phone TEXT,
    company_id TEXT,
    vat_number TEXT,
    description TEXT,
    notes TEXT
) STRICT;

CREATE TABLE organisation_roles (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    role TEXT NOT NULL REFERENCES enum_ecosystem_role(key),
    PRIMARY KEY (organisation_id, role)
) STRICT, WITHOUT ROWID;
CREATE TABLE organisation_tags (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    tag TEXT NOT NULL CHECK (length(tag) > 0),
    PRIMARY KEY (organisation_id, tag)
) STRICT, WITHOUT ROWID;

-- People and the expert database --------------------------------------------

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    deleted_batch TEXT,
    first_name TEXT,
    last_name TEXT,
    full_name TEXT GENERATED ALWAYS AS (trim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) VIRTUAL,
    sort_name TEXT,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    job_title TEXT,
    email TEXT,
    phone TEXT,
    mobile TEXT,
    city TEXT,
    country TEXT CHECK (country IS NULL OR (length(country) = 2 AND country GLOB '[A-Z][A-Z]')),
    linkedin TEXT,
    is_expert INTEGER NOT NULL DEFAULT 0 CHECK (is_expert IN (0, 1)),
    day_rate_cents INTEGER CHECK (day_rate_cents IS NULL OR day_rate_cents >= 0),
    hour_rate_cents INTEGER CHECK (hour_rate_cents IS NULL OR hour_rate_cents >= 0),
    availability TEXT,
    bio TEXT,
    notes TEXT,
    erased_at TEXT,
    CHECK (length(trim(coalesce(first_name, '') || coalesce(last_name, ''))) > 0)
) STRICT;

CREATE TABLE person_expert_roles (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL REFERENCES enum_expert_role(key),
    PRIMARY KEY (person_id, role)
) STRICT, WITHOUT ROWID;
CREATE TABLE person_expertise (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    area TEXT NOT NULL CHECK (length(area) > 0),
    PRIMARY KEY (person_id, area)
) STRICT, WITHOUT ROWID;
CREATE TABLE person_languages (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (length(language) > 0),
    PRIMARY KEY (person_id, language)
) STRICT, WITHOUT ROWID;

-- Startups in the programme and their progress -------------------------------

CREATE TABLE startups (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    deleted_batch TEXT,
    organisation_id INTEGER NOT NULL UNIQUE REFERENCES organisations(id) ON DELETE CASCADE,
    cohort TEXT,
    hub TEXT,
    status TEXT NOT NULL DEFAULT 'applicant' REFERENCES enum_startup_status(key),
    stage TEXT NOT NULL DEFAULT 'idea' REFERENCES enum_startup_stage(key),
    trl INTEGER CHECK (trl IS NULL OR trl BETWEEN 1 AND 9),
    challenge TEXT REFERENCES enum_media_challenge(key),
    team_size INTEGER CHECK (team_size IS NULL OR team_size >= 0),
    founders_female INTEGER CHECK (founders_female IS NULL OR founders_female >= 0),
    founders_male INTEGER CHECK (founders_male IS NULL OR founders_male >= 0),
    founders_other INTEGER CHECK (founders_other IS NULL OR founders_other >= 0),
    applied_on TEXT CHECK (applied_on IS NULL OR applied_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    joined_on TEXT CHECK (joined_on IS NULL OR joined_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    left_on TEXT CHECK (left_on IS NULL OR left_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    pitch TEXT,
    notes TEXT,
    CHECK (joined_on IS NULL OR applied_on IS NULL OR joined_on >= applied_on),
    CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
) STRICT;

CREATE TABLE startup_technologies (
    startup_id INTEGER NOT NULL REFERENCES startups(id) ON DELETE CASCADE,
    technology TEXT NOT NULL CHECK (length(technology) > 0),
    PRIMARY KEY (startup_id, technology)
) STRICT, WITHOUT ROWID;

CREATE TABLE startup_progress (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    deleted_batch TEXT,
    startup_id INTEGER NOT NULL REFERENCES startups(id) ON DELETE CASCADE,
    recorded_on TEXT NOT NULL CHECK (recorded_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    stage TEXT NOT NULL REFERENCES enum_startup_stage(key),
    trl INTEGER CHECK (trl IS NULL OR trl BETWEEN 1 AND 9),
    note TEXT
) STRICT;

CREATE TABLE outcomes (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    deleted_batch TEXT,
    startup_id INTEGER NOT NULL REFERENCES startups(id) ON DELETE CASCADE,
    type TEXT NOT NULL REFERENCES enum_outcome_type(key),
    achieved_on TEXT NOT NULL CHECK (achieved_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    counterpart_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    counterpart TEXT,
    amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
    country TEXT CHECK (country IS NULL OR (length(country) = 2 AND country GLOB '[A-Z][A-Z]')),
    notes TEXT
) STRICT;

-- Mentoring and services --------------------------------------------------------

CREATE TABLE mentoring_sessions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    deleted_batch TEXT,
    startup_id INTEGER NOT NULL REFERENCES startups(id) ON DELETE CASCADE,
    expert_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    session_date TEXT NOT NULL CHECK (session_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    service TEXT NOT NULL REFERENCES enum_session_service(key),
    format TEXT NOT NULL REFERENCES enum_session_format(key),
    status TEXT NOT NULL DEFAULT 'planned' REFERENCES enum_session_status(key),
    summary TEXT,
    agreed_actions TEXT,
    follow_up_on TEXT CHECK (follow_up_on IS NULL OR follow_up_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    CHECK (follow_up_on IS NULL OR follow_up_on >= session_date)
) STRICT;

-- Events and who took part ------------------------------------------------------

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    deleted_batch TEXT,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    type TEXT NOT NULL REFERENCES enum_event_type(key),
    starts_on TEXT NOT NULL CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    ends_on TEXT CHECK (ends_on IS NULL OR ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    city TEXT,
    country TEXT CHECK (country IS NULL OR (length(country) = 2 AND country GLOB '[A-Z][A-Z]')),
    venue TEXT,
    organiser_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    online INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    description TEXT,
    notes TEXT,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
) STRICT;

CREATE TABLE participations (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    deleted_batch TEXT,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL REFERENCES enum_participation_role(key),
    outcome TEXT,
    notes TEXT,
    CHECK (organisation_id IS NOT NULL OR person_id IS NOT NULL)
) STRICT;

-- Travel vouchers (financial support to third parties) ----------------------------

CREATE TABLE vouchers (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    deleted_batch TEXT,
    number TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
    startup_id INTEGER NOT NULL REFERENCES startups(id) ON DELETE RESTRICT,
    traveller_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
    purpose TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
    destination_city TEXT,
    destination_country TEXT CHECK (destination_country IS NULL OR (length(destination_country) = 2 AND destination_country GLOB '[A-Z][A-Z]')),
    travel_from TEXT CHECK (travel_from IS NULL OR travel_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    travel_to TEXT CHECK (travel_to IS NULL OR travel_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    requested_on TEXT NOT NULL CHECK (requested_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    requested_cents INTEGER NOT NULL CHECK (requested_cents >= 0),
    approved_cents INTEGER CHECK (approved_cents IS NULL OR approved_cents >= 0),
    approved_on TEXT CHECK (approved_on IS NULL OR approved_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    claimed_cents INTEGER CHECK (claimed_cents IS NULL OR claimed_cents >= 0),
    claimed_on TEXT CHECK (claimed_on IS NULL OR claimed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    paid_cents INTEGER CHECK (paid_cents IS NULL OR paid_cents >= 0),
    paid_on TEXT CHECK (paid_on IS NULL OR paid_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    status TEXT NOT NULL DEFAULT 'requested' REFERENCES enum_voucher_status(key),
    receipts_received INTEGER NOT NULL DEFAULT 0 CHECK (receipts_received IN (0, 1)),
    receipts_override TEXT,
    decision_reason TEXT,
    notes TEXT,
    CHECK (travel_to IS NULL OR travel_from IS NULL OR travel_to >= travel_from),
    -- The workflow's invariants, so that no path can store a voucher in an impossible state.,
    CHECK (status NOT IN ('approved', 'claimed', 'paid') OR (approved_cents IS NOT NULL AND approved_on IS NOT NULL)),
    CHECK (status NOT IN ('claimed', 'paid') OR (claimed_cents IS NOT NULL AND claimed_on IS NOT NULL)),
    CHECK (status NOT IN ('claimed', 'paid') OR receipts_received = 1 OR length(trim(coalesce(receipts_override, ''))) > 0),
    CHECK ((status = 'paid') = (paid_cents IS NOT NULL AND paid_on IS NOT NULL)),
    CHECK (paid_cents IS NULL OR paid_cents <= approved_cents),
    CHECK (approved_cents IS NULL OR approved_cents <= requested_cents),
    CHECK (status NOT IN ('rejected', 'cancelled') OR length(trim(coalesce(decision_reason, ''))) > 0)
) STRICT;

CREATE TABLE voucher_status_history (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    deleted_batch TEXT,
    voucher_id INTEGER NOT NULL REFERENCES vouchers(id) ON DELETE CASCADE,
    from_status TEXT REFERENCES enum_voucher_status(key),
    to_status TEXT NOT NULL REFERENCES enum_voucher_status(key),
    changed_on TEXT NOT NULL CHECK (changed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
    reason TEXT,
    actor TEXT
) STRICT;

-- Interactions with stakeholders ------------------------------------------------

CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    deleted_batch TEXT,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    type TEXT NOT NULL REFERENCES enum_interaction_type(key),
    occurred_on TEXT NOT NULL CHECK (occurred_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    subject TEXT,
    notes TEXT,
    staff TEXT
) STRICT;

-- Attachments (receipts, contracts, pitch decks) linked to any record --------------

CREATE TABLE attachment_blobs (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    data BLOB NOT NULL
) STRICT;

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    deleted_batch TEXT,
    owner_entity TEXT NOT NULL CHECK (owner_entity IN ('organisation', 'person', 'startup', 'startup_progress', 'outcome', 'session', 'event', 'participation', 'voucher', 'voucher_status_change', 'interaction', 'attachment', 'reporting_period', 'consent')),
    owner_id INTEGER NOT NULL CHECK (owner_id > 0),
    file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    mime_type TEXT,
    size_bytes INTEGER CHECK (size_bytes IS NULL OR size_bytes >= 0),
    sha256 TEXT,
    description TEXT,
    blob_id INTEGER REFERENCES attachment_blobs(id) ON DELETE RESTRICT
) STRICT;

-- Reporting periods and consent ---------------------------------------------------

CREATE TABLE reporting_periods (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    deleted_batch TEXT,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    starts_on TEXT NOT NULL CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    ends_on TEXT NOT NULL CHECK (ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    notes TEXT,
    CHECK (ends_on >= starts_on)
) STRICT;

CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    deleted_batch TEXT,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
    given_on TEXT NOT NULL CHECK (given_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    method TEXT NOT NULL CHECK (length(trim(method)) > 0),
    withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    notes TEXT,
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
) STRICT;

-- The trash and the audit log -------------------------------------------------------

-- One row per delete the user made; the records it moved to the trash carry its batch.
CREATE TABLE trash (
    id INTEGER PRIMARY KEY,
    batch TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    record_uuid TEXT NOT NULL,
    label TEXT NOT NULL,
    item_count INTEGER NOT NULL CHECK (item_count >= 1),
    deleted_at TEXT NOT NULL,
    deleted_by TEXT NOT NULL
) STRICT;
CREATE INDEX trash_deleted_at ON trash (deleted_at);

-- Who changed what, when: one row per insert, update, trash, restore, purge or step.
-- changes is a JSON object {"field": [old, new], ...}.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL REFERENCES enum_audit_action(key),
    entity TEXT NOT NULL,
    record_id INTEGER,
    record_uuid TEXT,
    changes TEXT CHECK (changes IS NULL OR json_valid(changes)),
    batch TEXT
) STRICT;
CREATE INDEX audit_log_record ON audit_log (entity, record_id, id);
CREATE INDEX audit_log_uuid ON audit_log (record_uuid);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Indexes for every look-up of the lists, the forms and the reports -----------------

CREATE INDEX organisations_sort_name ON organisations (sort_name);
CREATE INDEX organisations_kind ON organisations (kind, sort_name);
CREATE INDEX organisations_country ON organisations (country, sort_name);
CREATE INDEX organisations_engagement ON organisations (engagement, sort_name);
CREATE INDEX organisations_company_id ON organisations (company_id);
CREATE INDEX organisations_email ON organisations (email);
CREATE INDEX organisation_roles_role ON organisation_roles (role, organisation_id);
CREATE INDEX organisation_tags_tag ON organisation_tags (tag, organisation_id);
CREATE INDEX people_sort_name ON people (sort_name);
CREATE INDEX people_organisation ON people (organisation_id);
CREATE INDEX people_email ON people (email);
CREATE INDEX people_expert ON people (is_expert, sort_name);
CREATE INDEX person_expert_roles_role ON person_expert_roles (role, person_id);
CREATE INDEX person_expertise_area ON person_expertise (area, person_id);
CREATE INDEX person_languages_language ON person_languages (language, person_id);
CREATE INDEX startups_status ON startups (status);
CREATE INDEX startups_stage ON startups (stage);
CREATE INDEX startups_cohort ON startups (cohort);
CREATE INDEX startup_technologies_technology ON startup_technologies (technology, startup_id);
CREATE INDEX startup_progress_startup ON startup_progress (startup_id, recorded_on);
CREATE INDEX outcomes_startup ON outcomes (startup_id, achieved_on);
CREATE INDEX outcomes_date ON outcomes (achieved_on, type);
CREATE INDEX outcomes_counterpart ON outcomes (counterpart_id);
CREATE INDEX mentoring_sessions_startup ON mentoring_sessions (startup_id, session_date);
CREATE INDEX mentoring_sessions_expert ON mentoring_sessions (expert_id, session_date);
CREATE INDEX mentoring_sessions_date ON mentoring_sessions (session_date, service, status, duration_minutes);
CREATE INDEX events_starts_on ON events (starts_on);
CREATE INDEX events_type ON events (type, starts_on);
CREATE INDEX events_organiser ON events (organiser_id);
CREATE INDEX participations_event ON participations (event_id, role);
CREATE INDEX participations_organisation ON participations (organisation_id);
CREATE INDEX participations_person ON participations (person_id);
CREATE INDEX vouchers_startup ON vouchers (startup_id, status);
CREATE INDEX vouchers_status ON vouchers (status);
CREATE INDEX vouchers_traveller ON vouchers (traveller_id);
CREATE INDEX vouchers_event ON vouchers (event_id);
CREATE INDEX vouchers_requested_on ON vouchers (requested_on);
CREATE INDEX voucher_status_history_voucher ON voucher_status_history (voucher_id, changed_on);
CREATE INDEX interactions_organisation ON interactions (organisation_id, occurred_on);
CREATE INDEX interactions_person ON interactions (person_id);
CREATE INDEX interactions_date ON interactions (occurred_on, type);
CREATE INDEX attachments_owner ON attachments (owner_entity, owner_id);
CREATE INDEX attachments_blob ON attachments (blob_id);
CREATE INDEX consents_person ON consents (person_id);
CREATE UNIQUE INDEX participations_unique ON participations (event_id, coalesce(organisation_id, 0), coalesce(person_id, 0), role) WHERE deleted_at IS NULL;
CREATE INDEX organisations_trash ON organisations (deleted_batch) WHERE deleted_batch IS NOT NULL;
CREATE INDEX people_trash ON people (deleted_batch) WHERE deleted_batch IS NOT NULL;
CREATE INDEX startups_trash ON startups (deleted_batch) WHERE deleted_batch IS NOT NULL;
CREATE INDEX startup_progress_trash ON startup_progress (deleted_batch) WHERE deleted_batch IS NOT NULL;
CREATE INDEX outcomes_trash ON outcomes (deleted_batch) WHERE deleted_batch IS NOT NULL;
CREATE INDEX mentoring_sessions_trash ON mentoring_sessions (deleted_batch) WHERE deleted_batch IS NOT NULL;
CREATE INDEX events_trash ON events (deleted_batch) WHERE deleted_batch IS NOT NULL;
CREATE INDEX participations_trash ON participations (deleted_batch) WHERE deleted_batch IS NOT NULL;
CREATE INDEX vouchers_trash ON vouchers (deleted_batch) WHERE deleted_batch IS NOT NULL;
CREATE INDEX voucher_status_history_trash ON voucher_status_history (deleted_batch) WHERE deleted_batch IS NOT NULL;
CREATE INDEX interactions_trash ON interactions (deleted_batch) WHERE deleted_batch IS NOT NULL;
CREATE INDEX attachments_trash ON attachments (deleted_batch) WHERE deleted_batch IS NOT NULL;
CREATE INDEX reporting_periods_trash ON reporting_periods (deleted_batch) WHERE deleted_batch IS NOT NULL;
CREATE INDEX consents_trash ON consents (deleted_batch) WHERE deleted_batch IS NOT NULL;

-- Guards: the database itself refuses what the rules forbid ------------------------

-- A voucher step is refused unless voucher_transitions lists it.
CREATE TRIGGER vouchers_transition_guard BEFORE UPDATE OF status ON vouchers
WHEN OLD.status <> NEW.status
     AND NOT EXISTS (SELECT 1 FROM voucher_transitions WHERE from_status = OLD.status AND to_status = NEW.status)
BEGIN
    SELECT RAISE(ABORT, 'HUBDESK_VOUCHER_STEP: this voucher status change is not allowed');
END;

-- The money committed by vouchers (approved or claimed: the amount approved; paid: the
-- amount paid) never exceeds the cap per startup or the programme budget. Checked only
-- when a change commits more money, so lowering a commitment is always possible.
CREATE TRIGGER vouchers_cap_guard_insert AFTER INSERT ON vouchers
WHEN (CASE NEW.status WHEN 'approved' THEN NEW.approved_cents WHEN 'claimed' THEN NEW.approved_cents WHEN 'paid' THEN NEW.paid_cents ELSE 0 END) > 0
BEGIN
    SELECT RAISE(ABORT, 'HUBDESK_VOUCHER_CAP: the vouchers of this startup would exceed the cap per startup')
    WHERE (SELECT coalesce(sum(CASE status WHEN 'approved' THEN approved_cents WHEN 'claimed' THEN approved_cents WHEN 'paid' THEN paid_cents ELSE 0 END), 0) FROM vouchers
           WHERE startup_id = NEW.startup_id AND deleted_at IS NULL)
          > (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'voucher_cap_cents');
    SELECT RAISE(ABORT, 'HUBDESK_VOUCHER_BUDGET: the vouchers would exceed the programme voucher budget')
    WHERE (SELECT coalesce(sum(CASE status WHEN 'approved' THEN approved_cents WHEN 'claimed' THEN approved_cents WHEN 'paid' THEN paid_cents ELSE 0 END), 0) FROM vouchers WHERE deleted_at IS NULL)
          > (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'voucher_budget_cents');
END;
CREATE TRIGGER vouchers_cap_guard_update
AFTER UPDATE OF status, approved_cents, paid_cents, startup_id, deleted_at ON vouchers
WHEN (CASE NEW.status WHEN 'approved' THEN NEW.approved_cents WHEN 'claimed' THEN NEW.approved_cents WHEN 'paid' THEN NEW.paid_cents ELSE 0 END) > (CASE OLD.status WHEN 'approved' THEN OLD.approved_cents WHEN 'claimed' THEN OLD.approved_cents WHEN 'paid' THEN OLD.paid_cents ELSE 0 END) OR NEW.startup_id <> OLD.startup_id
     OR (OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'HUBDESK_VOUCHER_CAP: the vouchers of this startup would exceed the cap per startup')
    WHERE (SELECT coalesce(sum(CASE status WHEN 'approved' THEN approved_cents WHEN 'claimed' THEN approved_cents WHEN 'paid' THEN paid_cents ELSE 0 END), 0) FROM vouchers
           WHERE startup_id = NEW.startup_id AND deleted_at IS NULL)
          > (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'voucher_cap_cents');
    SELECT RAISE(ABORT, 'HUBDESK_VOUCHER_BUDGET: the vouchers would exceed the programme voucher budget')
    WHERE (SELECT coalesce(sum(CASE status WHEN 'approved' THEN approved_cents WHEN 'claimed' THEN approved_cents WHEN 'paid' THEN paid_cents ELSE 0 END), 0) FROM vouchers WHERE deleted_at IS NULL)
          > (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'voucher_budget_cents');
END;

-- An attachment points at an existing record of the kind it names.
CREATE TRIGGER attachments_owner_guard BEFORE INSERT ON attachments
WHEN NOT EXISTS (
    SELECT 1 FROM organisations WHERE NEW.owner_entity = 'organisation' AND id = NEW.owner_id
    UNION ALL
    SELECT 1 FROM people WHERE NEW.owner_entity = 'person' AND id = NEW.owner_id
    UNION ALL
    SELECT 1 FROM startups WHERE NEW.owner_entity = 'startup' AND id = NEW.owner_id
    UNION ALL
    SELECT 1 FROM startup_progress WHERE NEW.owner_entity = 'startup_progress' AND id = NEW.owner_id
    UNION ALL
    SELECT 1 FROM outcomes WHERE NEW.owner_entity = 'outcome' AND id = NEW.owner_id
    UNION ALL
    SELECT 1 FROM mentoring_sessions WHERE NEW.owner_entity = 'session' AND id = NEW.owner_id
    UNION ALL
    SELECT 1 FROM events WHERE NEW.owner_entity = 'event' AND id = NEW.owner_id
    UNION ALL
    SELECT 1 FROM participations WHERE NEW.owner_entity = 'participation' AND id = NEW.owner_id
    UNION ALL
    SELECT 1 FROM vouchers WHERE NEW.owner_entity = 'voucher' AND id = NEW.owner_id
    UNION ALL
    SELECT 1 FROM voucher_status_history WHERE NEW.owner_entity = 'voucher_status_change' AND id = NEW.owner_id
    UNION ALL
    SELECT 1 FROM interactions WHERE NEW.owner_entity = 'interaction' AND id = NEW.owner_id
    UNION ALL
    SELECT 1 FROM attachments WHERE NEW.owner_entity = 'attachment' AND id = NEW.owner_id
    UNION ALL
    SELECT 1 FROM reporting_periods WHERE NEW.owner_entity = 'reporting_period' AND id = NEW.owner_id
    UNION ALL
    SELECT 1 FROM consents WHERE NEW.owner_entity = 'consent' AND id = NEW.owner_id)
BEGIN
    SELECT RAISE(ABORT, 'HUBDESK_ATTACHMENT_OWNER: the record this attachment belongs to does not exist');
END;

-- When a record is purged, its attachments go with it, and a blob nobody uses any more.
CREATE TRIGGER organisations_purge_attachments AFTER DELETE ON organisations
BEGIN
    DELETE FROM attachments WHERE owner_entity = 'organisation' AND owner_id = OLD.id;
END;
CREATE TRIGGER people_purge_attachments AFTER DELETE ON people
BEGIN
    DELETE FROM attachments WHERE owner_entity = 'person' AND owner_id = OLD.id;
END;
CREATE TRIGGER startups_purge_attachments AFTER DELETE ON startups
BEGIN
    DELETE FROM attachments WHERE owner_entity = 'startup' AND owner_id = OLD.id;
END;
CREATE TRIGGER startup_progress_purge_attachments AFTER DELETE ON startup_progress
BEGIN
    DELETE FROM attachments WHERE owner_entity = 'startup_progress' AND owner_id = OLD.id;
END;
CREATE TRIGGER outcomes_purge_attachments AFTER DELETE ON outcomes
BEGIN
    DELETE FROM attachments WHERE owner_entity = 'outcome' AND owner_id = OLD.id;
END;
CREATE TRIGGER mentoring_sessions_purge_attachments AFTER DELETE ON mentoring_sessions
BEGIN
    DELETE FROM attachments WHERE owner_entity = 'session' AND owner_id = OLD.id;
END;
CREATE TRIGGER events_purge_attachments AFTER DELETE ON events
BEGIN
    DELETE FROM attachments WHERE owner_entity = 'event' AND owner_id = OLD.id;
END;
CREATE TRIGGER participations_purge_attachments AFTER DELETE ON participations
BEGIN
    DELETE FROM attachments WHERE owner_entity = 'participation' AND owner_id = OLD.id;
END;
CREATE TRIGGER vouchers_purge_attachments AFTER DELETE ON vouchers
BEGIN
    DELETE FROM attachments WHERE owner_entity = 'voucher' AND owner_id = OLD.id;
END;
CREATE TRIGGER voucher_status_history_purge_attachments AFTER DELETE ON voucher_status_history
BEGIN
    DELETE FROM attachments WHERE owner_entity = 'voucher_status_change' AND owner_id = OLD.id;
END;
CREATE TRIGGER interactions_purge_attachments AFTER DELETE ON interactions
BEGIN
    DELETE FROM attachments WHERE owner_entity = 'interaction' AND owner_id = OLD.id;
END;
CREATE TRIGGER reporting_periods_purge_attachments AFTER DELETE ON reporting_periods
BEGIN
    DELETE FROM attachments WHERE owner_entity = 'reporting_period' AND owner_id = OLD.id;
END;
CREATE TRIGGER consents_purge_attachments AFTER DELETE ON consents
BEGIN
    DELETE FROM attachments WHERE owner_entity = 'consent' AND owner_id = OLD.id;
END;
CREATE TRIGGER attachments_purge_blob AFTER DELETE ON attachments
WHEN OLD.blob_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM attachments WHERE blob_id = OLD.blob_id)
BEGIN
    DELETE FROM attachment_blobs WHERE id = OLD.blob_id;
END;

-- List views: each table with a one-line label and the labels of what it refers to ---

CREATE VIEW organisations_list AS
SELECT o.*, o.name AS label FROM organisations o;
CREATE VIEW people_list AS
SELECT p.*, p.full_name AS label, o.name AS organisation_id_label
FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id;
CREATE VIEW startups_list AS
SELECT s.*, o.name AS label, o.name AS organisation_id_label, o.country AS country, o.city AS city,
       o.sort_name AS sort_name
FROM startups s JOIN organisations o ON o.id = s.organisation_id;
CREATE VIEW startup_progress_list AS
SELECT sp.*, so.name || ' · ' || sp.recorded_on AS label, so.name AS startup_id_label
FROM startup_progress sp JOIN startups s ON s.id = sp.startup_id JOIN organisations so ON so.id = s.organisation_id;
CREATE VIEW outcomes_list AS
SELECT x.*, x.title AS label, so.name AS startup_id_label, co.name AS counterpart_id_label
FROM outcomes x JOIN startups s ON s.id = x.startup_id JOIN organisations so ON so.id = s.organisation_id
LEFT JOIN organisations co ON co.id = x.counterpart_id;
CREATE VIEW mentoring_sessions_list AS
SELECT m.*, m.session_date || ' · ' || so.name AS label, so.name AS startup_id_label,
       e.full_name AS expert_id_label
FROM mentoring_sessions m JOIN startups s ON s.id = m.startup_id JOIN organisations so ON so.id = s.organisation_id
JOIN people e ON e.id = m.expert_id;
CREATE VIEW events_list AS
SELECT ev.*, ev.name AS label, o.name AS organiser_id_label
FROM events ev LEFT JOIN organisations o ON o.id = ev.organiser_id;
CREATE VIEW participations_list AS
SELECT pa.*, coalesce(pp.full_name || ' (' || o.name || ')', pp.full_name, o.name) AS label,
       ev.name AS event_id_label, o.name AS organisation_id_label, pp.full_name AS person_id_label
FROM participations pa JOIN events ev ON ev.id = pa.event_id
LEFT JOIN organisations o ON o.id = pa.organisation_id LEFT JOIN people pp ON pp.id = pa.person_id;
CREATE VIEW vouchers_list AS
SELECT v.*, v.number AS label, so.name AS startup_id_label, t.full_name AS traveller_id_label,
       ev.name AS event_id_label
FROM vouchers v JOIN startups s ON s.id = v.startup_id JOIN organisations so ON so.id = s.organisation_id
LEFT JOIN people t ON t.id = v.traveller_id LEFT JOIN events ev ON ev.id = v.event_id;
CREATE VIEW voucher_status_history_list AS
SELECT h.*, v.number || ' · ' || h.to_status AS label, v.number AS voucher_id_label
FROM voucher_status_history h JOIN vouchers v ON v.id = h.voucher_id;
CREATE VIEW interactions_list AS
SELECT i.*, coalesce(i.subject, i.type) AS label, o.name AS organisation_id_label,
       pp.full_name AS person_id_label
FROM interactions i JOIN organisations o ON o.id = i.organisation_id LEFT JOIN people pp ON pp.id = i.person_id;
CREATE VIEW attachments_list AS
SELECT a.*, a.file_name AS label FROM attachments a;
CREATE VIEW reporting_periods_list AS
SELECT r.*, r.name AS label FROM reporting_periods r;
CREATE VIEW consents_list AS
SELECT c.*, c.purpose AS label, pp.full_name AS person_id_label
FROM consents c JOIN people pp ON pp.id = c.person_id;
