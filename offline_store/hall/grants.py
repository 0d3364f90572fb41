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
    # docs/hall-mode.md: the sync worker never touches the queue, the manager reads it (issue 15
    # found the sync role reading tickets and the manager updating them)
    "tickets": {
        "kiosk": (SEL, INS),
        "counter": (SEL, INS, UPD),
        "display": (SEL,),
        "manager": (SEL,),
    },
    "ticket_sequences": {"kiosk": (SEL, INS, UPD), "counter": (SEL, INS, UPD), "manager": (SEL,)},
    "help_requests": {"kiosk": (SEL, INS), "counter": (SEL, INS, UPD), "manager": (SEL, INS, UPD)},
    "hall_windows": {g: (SEL,) for g in ("kiosk", "counter", "display", "sync")} | {"manager": _CONFIG},
    # the manager's temporary closures: every terminal reads them to know the hours (issue 12)
    "hall_closures": {g: (SEL,) for g in ("kiosk", "counter", "display", "sync")} | {"manager": _CONFIG},
    # a case's paused clock (补正, 特别程序): the window and the platform's feed start and end them
    "case_pauses": {"counter": (SEL, INS, UPD), "sync": (SEL, INS, UPD), "manager": (SEL, INS, UPD)},
    # 免证办 checks a case owes: the kiosk records them with its submission, the window with its
    # acceptance and makes them at once; the job (sync or manager station) makes the rest
    "licence_checks": {
        "kiosk": (SEL, INS),
        "counter": (SEL, INS, UPD),
        "sync": (SEL, INS, UPD),
        "manager": (SEL, INS, UPD),
    },
    # 首问负责 registrations (issue 12): staff record, hand over and close them; a kiosk's
    # help request becomes one only when a member of staff takes it, so kiosks get nothing
    "first_asks": {"counter": (SEL, INS, UPD), "manager": (SEL, INS, UPD)},
    # 帮办代办 (issue 12, point 6): windows and stations record an agent with the case and the
    # 流转单 of a 免费代办, and scan its hand-overs (append only, under their own terminal id);
    # the manager reads them for the figures. Kiosks get nothing: an agent acts at a counter
    "case_agents": {"counter": (SEL, INS), "manager": (SEL,)},
    "material_transfers": {"counter": (SEL, INS, UPD), "manager": (SEL,)},
    "transfer_handovers": {"counter": (SEL, INS), "manager": (SEL,)},
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
    # the periodic job runner's record (issue 15): the manager's and the sync worker's machines
    # run jobs; windows read it for the fleet page a manager opens at the counter
    "job_runs": {"counter": (SEL,), "sync": (SEL, INS, UPD), "manager": (SEL, INS, UPD, DEL)},
    # the PII key's fingerprint: every terminal checks its key file against it at start
    "store_meta": {g: (SEL,) for g in GROUPS},
    # fleet health: each terminal writes its own heartbeat (row-level security); windows read
    # all of them for the fleet page a manager opens at a counter
    "terminal_heartbeats": {
        "kiosk": (SEL, INS, UPD),
        "counter": (SEL, INS, UPD),
        "display": (SEL, INS, UPD),
        "sync": (SEL, INS, UPD),
        "manager": (SEL, INS, UPD, DEL),
    },
    # 暂停服务 and back: set from the fleet page (a manager signed in at a counter), read by the terminal
    "terminal_commands": {
        "kiosk": (SEL,),
        "counter": (SEL, INS, UPD),
        "display": (SEL,),
        "manager": (SEL, INS, UPD, DEL),
    },
}

RLS_TABLES = (
    "people",
    "organisations",
    "cases",
    "case_materials",
    "case_events",
    "complaints",
    "hall_events",
    # written under a terminal's own id only (issue 15, point 7): a terminal cannot impersonate another
    "tickets",
    "audit_log",
    "audit_head",
    "outbox",
    "terminal_heartbeats",
    "help_requests",
    "case_agents",
    "transfer_handovers",
)

# the session's registered terminal (the login role's row in hall_terminals)
_ME = "{schema}.hall_terminal_id()"

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
    # --- issue 15, point 7: a terminal writes only under its own terminal id ---------------
    # tickets: issued under the issuing terminal's id; a window calls and serves only to its
    # own window (a transfer clears window_no and names the target instead)
    ("tickets", "hall_read", "SELECT", "{kiosk}, {counter}, {display}, {manager}", "true", None),
    ("tickets", "hall_issue_own", "INSERT", "{kiosk}, {counter}", None, f"terminal_id = {_ME}"),
    (
        "tickets",
        "hall_window_own",
        "UPDATE",
        "{counter}",
        "true",
        "window_no IS NULL OR window_no = {schema}.hall_window_no()",
    ),
    # the work log: each terminal appends to its own chain only, as itself (written_by is
    # filled by the server with session_user; naming another role is refused)
    ("audit_log", "hall_manager_read", "SELECT", "{manager}", "true", None),
    (
        "audit_log",
        "hall_append_own",
        "INSERT",
        "{kiosk}, {counter}, {sync}, {manager}",
        None,
        f"chain = {_ME} AND terminal_id = chain AND written_by = session_user",
    ),
    # a chain's head: locked and moved by its own terminal only; the manager reads all to verify
    ("audit_head", "hall_manager_read", "SELECT", "{manager}", "true", None),
    (
        "audit_head",
        "hall_own_chain",
        "ALL",
        "{kiosk}, {counter}, {sync}, {manager}",
        f"chain = {_ME}",
        f"chain = {_ME}",
    ),
    # the outbox: queued under the writer's own terminal id (the server fills it in); the sync
    # worker and the manager move any event's delivery state, as the doc grants them
    ("outbox", "hall_read", "SELECT", "{kiosk}, {counter}, {sync}, {manager}", "true", None),
    (
        "outbox",
        "hall_queue_own",
        "INSERT",
        "{kiosk}, {counter}, {sync}, {manager}",
        None,
        f"terminal_id = {_ME}",
    ),
    ("outbox", "hall_deliver", "UPDATE", "{sync}, {manager}", "true", "true"),
    # heartbeats: every terminal reads all (the fleet page), writes its own row; the manager
    # also clears rows of retired terminals
    ("terminal_heartbeats", "hall_read", "SELECT", "{kiosk}, {counter}, {display}, {sync}", "true", None),
    (
        "terminal_heartbeats",
        "hall_beat_own_insert",
        "INSERT",
        "{kiosk}, {counter}, {display}, {sync}",
        None,
        f"terminal_id = {_ME}",
    ),
    (
        "terminal_heartbeats",
        "hall_beat_own_update",
        "UPDATE",
        "{kiosk}, {counter}, {display}, {sync}",
        f"terminal_id = {_ME}",
        f"terminal_id = {_ME}",
    ),
    ("terminal_heartbeats", "hall_manager", "ALL", "{manager}", "true", "true"),
    # a help request comes from the kiosk that asks; windows and the manager answer any
    ("help_requests", "hall_read", "SELECT", "{kiosk}, {counter}, {manager}", "true", None),
    ("help_requests", "hall_ask_own", "INSERT", "{kiosk}, {counter}, {manager}", None, f"terminal_id = {_ME}"),
    ("help_requests", "hall_answer", "UPDATE", "{counter}, {manager}", "true", "true"),
    # 帮办代办: an agent is recorded, and a bundle's hand-over scanned, by the terminal itself
    # (who received where is the record: no terminal may write it in another's name)
    ("case_agents", "hall_read", "SELECT", "{counter}, {manager}", "true", None),
    ("case_agents", "hall_take_own", "INSERT", "{counter}", None, f"terminal_id = {_ME}"),
    ("transfer_handovers", "hall_read", "SELECT", "{counter}, {manager}", "true", None),
    ("transfer_handovers", "hall_scan_own", "INSERT", "{counter}", None, f"terminal_id = {_ME}"),
]

# functions and triggers hall init (re)creates; {schema} quoted
FUNCTIONS = [
    # which terminal is asking: the login role's registered terminal id (session_user cannot be
    # changed without superuser, unlike current_user after SET ROLE). Every ticket's rows call it
    # a few times (issue 15's row rules), so it is cheap: PL/pgSQL keeps its plan for the session
    # (an SQL function that cannot be inlined is planned again in every statement), and instead
    # of a SET search_path clause (a configuration change at each call) every name in it is
    # schema-qualified, the operator too, so the caller's search_path cannot redirect it
    """CREATE OR REPLACE FUNCTION {schema}.hall_terminal_id() RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
    BEGIN
      RETURN (SELECT t.terminal_id FROM {schema}.hall_terminals t
              WHERE t.role_name OPERATOR(pg_catalog.=) session_user);
    END $$""",
    # which window is asking: a counter's registered window number (NULL for other terminals)
    """CREATE OR REPLACE FUNCTION {schema}.hall_window_no() RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
    BEGIN
      RETURN (SELECT t.window_no FROM {schema}.hall_terminals t
              WHERE t.role_name OPERATOR(pg_catalog.=) session_user);
    END $$""",
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

# column defaults hall init (re)sets, after the functions exist: (table, column, SQL expression)
COLUMN_DEFAULTS = [
    # the writer, recorded by the server; the policies above refuse any other value
    ("audit_log", "written_by", "session_user"),
    ("outbox", "terminal_id", "coalesce({schema}.hall_terminal_id(), '')"),
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
