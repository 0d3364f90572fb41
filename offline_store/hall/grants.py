"""Who may do what in hall mode: the privilege matrix and the row-level security policies.

Every terminal of a county hall shares one PostgreSQL database, and every terminal holds
the hall's PII key (it must encrypt what it stores). So the ciphertext a role may read is
as good as plain text to whoever owns that terminal: confidentiality against a kiosk in a
public room has to come from the database refusing the rows. The rules:

- **kiosk**: issues tickets, registers the person whose card is on the reader, submits
  self-service cases, asks for help, files reviews. It reads *no* case, person or
  organisation row except (a) the person whose ID number it presents in the current
  transaction (registering them presents them; :func:`offline_store.hall.kiosk.present_applicant`
  does it for a query) and that person's cases, and (b) a case it inserted itself, only
  within the transaction that inserted it. No staff accounts, no work log, no outbox
  payloads; of the event log only tickets, help requests and its own cases' status.
- **display**: reads the queue (tickets, windows, catalog names, calendar) and ticket events.
  Nothing else.
- **counter**: the window's work on any case and ticket; signs clerks in (accounts).
- **sync**: the sync worker: outbox, platform state, catalog and calendar downloads, case
  status updates from the platform.
- **manager**: reads everything, edits hall configuration (windows, accounts, catalog,
  calendar). Nobody may UPDATE or DELETE the work log (等保2.0: audit records protected).

``TABLE_GRANTS`` must name every table of the schema: ``tests/hall`` fails when a new
table appears without a decision here.
"""

from __future__ import annotations

GROUPS = ("kiosk", "counter", "display", "sync", "manager")

SEL, INS, UPD, DEL = "SELECT", "INSERT", "UPDATE", "DELETE"

# table -> group -> privileges; a tuple (privilege, columns) grants on those columns only
_STAFF_RW = {"counter": (SEL, INS, UPD), "sync": (SEL, INS, UPD), "manager": (SEL, INS, UPD)}
_CONFIG = (SEL, INS, UPD, DEL)

TABLE_GRANTS: dict[str, dict[str, tuple]] = {
    "alembic_version": {g: (SEL,) for g in GROUPS},
    # personal data: row-level security below
    "people": {"kiosk": (SEL, INS, UPD), **_STAFF_RW},
    "organisations": {"kiosk": (SEL, INS, UPD), **_STAFF_RW},
    # kiosk UPDATE on cases only so that the outbox can lock the case row it just inserted
    "cases": {"kiosk": (SEL, INS, UPD), **_STAFF_RW},
    "case_materials": {
        "kiosk": (SEL, INS),
        "counter": (SEL, INS, UPD, DEL),
        "sync": (SEL, INS, UPD),
        "manager": (SEL, INS, UPD, DEL),
    },
    "case_events": {"kiosk": (SEL, INS), "counter": (SEL, INS), "sync": (SEL, INS), "manager": (SEL, INS)},
    "case_sequences": {"kiosk": (SEL, INS, UPD), **_STAFF_RW},
    "complaints": {
        "kiosk": (SEL, INS),
        "counter": (SEL, INS, UPD),
        "sync": (SEL,),
        "manager": (SEL, INS, UPD),
    },
    # the queue
    "tickets": {
        "kiosk": (SEL, INS),
        "counter": (SEL, INS, UPD),
        "display": (SEL,),
        "sync": (SEL,),
        "manager": (SEL, INS, UPD),
    },
    "ticket_sequences": {"kiosk": (SEL, INS, UPD), "counter": (SEL, INS, UPD), "manager": (SEL, INS, UPD)},
    "help_requests": {"kiosk": (SEL, INS), "counter": (SEL, INS, UPD), "manager": (SEL, INS, UPD)},
    "hall_windows": {g: (SEL,) for g in ("kiosk", "counter", "display", "sync")} | {"manager": _CONFIG},
    # reviews
    "evaluations": {
        "kiosk": (SEL, INS),
        "counter": (SEL, INS, UPD),
        "sync": (SEL, INS, UPD),
        "manager": (SEL, INS, UPD),
    },
    "followups": {
        "kiosk": (SEL, INS),
        "counter": (SEL, INS, UPD),
        "sync": (SEL,),
        "manager": (SEL, INS, UPD),
    },
    # published data: everybody reads, the sync worker and the manager replace
    "catalog_documents": {g: (SEL,) for g in ("kiosk", "counter", "display")}
    | {"sync": _CONFIG, "manager": _CONFIG},
    "catalog_versions": {g: (SEL,) for g in ("kiosk", "counter", "display")}
    | {"sync": _CONFIG, "manager": _CONFIG},
    "calendar_overrides": {g: (SEL,) for g in ("kiosk", "counter", "display")}
    | {"sync": _CONFIG, "manager": _CONFIG},
    "calendar_years": {g: (SEL,) for g in ("kiosk", "counter", "display")}
    | {"sync": _CONFIG, "manager": _CONFIG},
    # to the platform: a kiosk sees the counts its self-service brake needs, never payloads
    "outbox": {
        "kiosk": (
            INS,
            (
                SEL,
                (
                    "id",
                    "case_id",
                    "case_seq",
                    "kind",
                    "state",
                    "created_at",
                    "next_attempt_at",
                    "attempts",
                    "delivered_at",
                ),
            ),
        ),
        "counter": (SEL, INS),
        "sync": (SEL, INS, UPD),
        "manager": (SEL, INS, UPD),
    },
    "sync_state": {"kiosk": (SEL,), "counter": (SEL,), "sync": (SEL, INS, UPD), "manager": (SEL,)},
    "sync_remote_versions": {"sync": (SEL, INS, UPD), "manager": (SEL,)},
    # bookings (names and phones masked by the platform); a kiosk or window checks one in
    "appointments": {
        "kiosk": (SEL, UPD),
        "counter": (SEL, UPD),
        "sync": (SEL, INS, UPD),
        "manager": (SEL,),
    },
    # the work log: append only, for everyone
    "audit_log": {"kiosk": (INS,), "counter": (INS,), "sync": (INS,), "manager": (SEL, INS)},
    "audit_head": {
        "kiosk": (SEL, INS, UPD),
        "counter": (SEL, INS, UPD),
        "sync": (SEL, INS, UPD),
        "manager": (SEL, INS, UPD),
    },
    "accounts": {"counter": (SEL, UPD), "manager": _CONFIG},
    # hall mode itself: events are written only by triggers (SECURITY DEFINER), the registry only here
    "hall_events": {g: (SEL,) for g in GROUPS},
    "hall_terminals": {"manager": (SEL,)},
}

RLS_TABLES = (
    "people",
    "organisations",
    "cases",
    "case_materials",
    "case_events",
    "complaints",
    "hall_events",
)

# {schema} is the quoted schema, {kiosk}/{counter}/… the quoted group roles
_PRESENTED_PERSON = (
    "(SELECT p.id FROM {schema}.people p WHERE p.id_index = current_setting('yimen.applicant_index', true))"
)
_PRESENTED_ORG = (
    "(SELECT o.id FROM {schema}.organisations o WHERE o.uscc = current_setting('yimen.applicant_uscc', true))"
)
_OWN_FRESH_CASE = (
    "(terminal_id = {schema}.hall_terminal_id() AND xmin = pg_current_xact_id_if_assigned()::xid)"
)

POLICIES: list[tuple[str, str, str, str, str | None, str | None]] = [
    # (table, policy name, command, roles, USING, WITH CHECK)
    ("people", "hall_staff", "ALL", "{counter}, {sync}, {manager}", "true", "true"),
    (
        "people",
        "hall_kiosk_read",
        "SELECT",
        "{kiosk}",
        "id_index = current_setting('yimen.applicant_index', true)",
        None,
    ),
    (
        "people",
        "hall_kiosk_update",
        "UPDATE",
        "{kiosk}",
        "id_index = current_setting('yimen.applicant_index', true)",
        None,
    ),
    ("people", "hall_kiosk_insert", "INSERT", "{kiosk}", None, "true"),
    ("organisations", "hall_staff", "ALL", "{counter}, {sync}, {manager}", "true", "true"),
    (
        "organisations",
        "hall_kiosk_read",
        "SELECT",
        "{kiosk}",
        "uscc = current_setting('yimen.applicant_uscc', true)",
        None,
    ),
    (
        "organisations",
        "hall_kiosk_update",
        "UPDATE",
        "{kiosk}",
        "uscc = current_setting('yimen.applicant_uscc', true)",
        None,
    ),
    ("organisations", "hall_kiosk_insert", "INSERT", "{kiosk}", None, "true"),
    ("cases", "hall_staff", "ALL", "{counter}, {sync}, {manager}", "true", "true"),
    (
        "cases",
        "hall_kiosk_read",
        "SELECT",
        "{kiosk}",
        f"person_id IN {_PRESENTED_PERSON} OR organisation_id IN {_PRESENTED_ORG} OR {_OWN_FRESH_CASE}",
        None,
    ),
    (
        "cases",
        "hall_kiosk_update",
        "UPDATE",
        "{kiosk}",
        _OWN_FRESH_CASE,
        "terminal_id = {schema}.hall_terminal_id()",
    ),
    ("cases", "hall_kiosk_insert", "INSERT", "{kiosk}", None, "terminal_id = {schema}.hall_terminal_id()"),
    ("case_materials", "hall_staff", "ALL", "{counter}, {sync}, {manager}", "true", "true"),
    (
        "case_materials",
        "hall_kiosk_read",
        "SELECT",
        "{kiosk}",
        "case_id IN (SELECT c.id FROM {schema}.cases c)",
        None,
    ),
    (
        "case_materials",
        "hall_kiosk_insert",
        "INSERT",
        "{kiosk}",
        None,
        "case_id IN (SELECT c.id FROM {schema}.cases c)",
    ),
    ("case_events", "hall_staff", "ALL", "{counter}, {sync}, {manager}", "true", "true"),
    (
        "case_events",
        "hall_kiosk_read",
        "SELECT",
        "{kiosk}",
        "case_id IN (SELECT c.id FROM {schema}.cases c)",
        None,
    ),
    (
        "case_events",
        "hall_kiosk_insert",
        "INSERT",
        "{kiosk}",
        None,
        "case_id IN (SELECT c.id FROM {schema}.cases c)",
    ),
    ("complaints", "hall_staff", "ALL", "{counter}, {sync}, {manager}", "true", "true"),
    ("complaints", "hall_kiosk_read", "SELECT", "{kiosk}", f"person_id IN {_PRESENTED_PERSON}", None),
    ("complaints", "hall_kiosk_insert", "INSERT", "{kiosk}", None, "true"),
    ("hall_events", "hall_staff", "SELECT", "{counter}, {sync}, {manager}", "true", None),
    (
        "hall_events",
        "hall_kiosk_read",
        "SELECT",
        "{kiosk}",
        "topic <> 'case' OR terminal_id = {schema}.hall_terminal_id()",
        None,
    ),
    ("hall_events", "hall_display_read", "SELECT", "{display}", "topic = 'ticket'", None),
]

# functions and triggers hall init (re)creates; {schema} quoted
FUNCTIONS = [
    # which terminal is asking: the login role's registered terminal id (session_user cannot be
    # changed without superuser, unlike current_user after SET ROLE)
    """CREATE OR REPLACE FUNCTION {schema}.hall_terminal_id() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
      SELECT terminal_id FROM hall_terminals WHERE role_name = session_user
    $$""",
    # registering a person presents them for the rest of the transaction: a kiosk may read back
    # the one person whose ID number it has just been given (it needed that number to register)
    """CREATE OR REPLACE FUNCTION {schema}.hall_present_person() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM set_config('yimen.applicant_index', NEW.id_index, true);
      RETURN NEW;
    END $$""",
    """CREATE OR REPLACE FUNCTION {schema}.hall_present_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM set_config('yimen.applicant_uscc', NEW.uscc, true);
      RETURN NEW;
    END $$""",
]

TRIGGERS = [
    ("people", "hall_present_person", "BEFORE INSERT", "hall_present_person"),
    ("organisations", "hall_present_organisation", "BEFORE INSERT", "hall_present_organisation"),
]

# per-role session settings: a terminal that dies inside a transaction must not hold the
# audit chain or a ticket counter for hours (the server would only notice by TCP keepalive)
ROLE_SETTINGS: dict[str, dict[str, str]] = {
    "kiosk": {
        "idle_in_transaction_session_timeout": "15s",
        "lock_timeout": "10s",
        "statement_timeout": "15s",
    },
    "counter": {"idle_in_transaction_session_timeout": "15s", "lock_timeout": "10s"},
    "display": {"idle_in_transaction_session_timeout": "15s", "statement_timeout": "15s"},
    "sync": {"idle_in_transaction_session_timeout": "60s"},
    "manager": {"idle_in_transaction_session_timeout": "5min"},
}
