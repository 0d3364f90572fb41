"""Hall mode: the event log written by triggers, and the terminal registry for row-level security.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

Events are written by database triggers, not by Python code, so that every change to a
ticket, a help request or a case's state publishes its event in the same transaction
whoever made it (kiosk, counter, sync worker, command line). On PostgreSQL the insert into
``hall_events`` fires ``pg_notify`` (delivered only when the transaction commits, never for
a rolled-back one); on SQLite the event row commits with the change and subscribers poll
for ids above the last one they saw.

The PostgreSQL trigger functions are SECURITY DEFINER with a pinned search_path: terminal
roles get no INSERT on ``hall_events``, so no terminal can forge an event. The notification
carries only "topic id"; a subscriber reads the row itself, through row-level security.

SQLite caveat for later revisions: a batch (copy-and-move) migration of ``tickets``,
``help_requests`` or ``cases`` drops that table's triggers; such a revision must create
them again (copy the statements below).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

RETENTION = "3 days"  # events older than this are pruned (catch-up needs minutes, not days)
PRUNE_EVERY = 500  # every 500th event prunes, so pruning costs nothing measurable

# ---------------------------------------------------------------------------- PostgreSQL

_PG_TICKET = """
CREATE FUNCTION hall_ticket_event() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {schema}, pg_temp AS $$
DECLARE k text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    k := 'ticket.issued';
  ELSIF NEW.call_count > OLD.call_count THEN
    k := CASE WHEN OLD.state = 'called' THEN 'ticket.recalled' ELSE 'ticket.called' END;
  ELSIF NEW.state IS DISTINCT FROM OLD.state THEN
    k := 'ticket.' || NEW.state;
  ELSIF NEW.target_window IS DISTINCT FROM OLD.target_window
     OR NEW.target_category IS DISTINCT FROM OLD.target_category THEN
    k := 'ticket.transferred';
  ELSE
    RETURN NULL;
  END IF;
  INSERT INTO hall_events (topic, kind, at, hall_code, terminal_id, payload)
  VALUES ('ticket', k, clock_timestamp(), NEW.hall_code, NEW.terminal_id, json_build_object(
    'ticket_id', NEW.id, 'number', NEW.number, 'category', COALESCE(NEW.target_category, NEW.category),
    'state', NEW.state, 'window_no', NEW.window_no, 'target_window', NEW.target_window,
    'call_count', NEW.call_count, 'day', NEW.day, 'seq', NEW.seq, 'priority', NEW.priority));
  RETURN NULL;
END $$
"""

_PG_HELP = """
CREATE FUNCTION hall_help_event() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {schema}, pg_temp AS $$
DECLARE k text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    k := 'help.requested';
  ELSIF NEW.acknowledged_at IS NOT NULL AND OLD.acknowledged_at IS NULL THEN
    k := 'help.acknowledged';
  ELSE
    RETURN NULL;
  END IF;
  INSERT INTO hall_events (topic, kind, at, hall_code, terminal_id, payload)
  VALUES ('help', k, clock_timestamp(), '', NEW.terminal_id, json_build_object(
    'request_id', NEW.id, 'terminal_id', NEW.terminal_id, 'terminal_name', NEW.terminal_name,
    'reason', NEW.reason, 'acknowledged_by', NEW.acknowledged_by));
  RETURN NULL;
END $$
"""

_PG_CASE = """
CREATE FUNCTION hall_case_event() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {schema}, pg_temp AS $$
DECLARE before text;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.state IS NOT DISTINCT FROM OLD.state THEN
      RETURN NULL;
    END IF;
    before := OLD.state;
  END IF;
  INSERT INTO hall_events (topic, kind, at, hall_code, terminal_id, payload)
  VALUES ('case', 'case.status', clock_timestamp(), '', NEW.terminal_id, json_build_object(
    'case_no', NEW.case_no, 'state', NEW.state, 'previous_state', before, 'channel', NEW.channel,
    'window_no', NEW.window_no, 'item_code', NEW.item_code));
  RETURN NULL;
END $$
"""

_PG_NOTIFY = """
CREATE FUNCTION hall_event_notify() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {schema}, pg_temp AS $$
BEGIN
  -- delivered at COMMIT, in commit order, and never for a rolled-back transaction
  PERFORM pg_notify({channel}, NEW.topic || ' ' || NEW.id);
  IF NEW.id % {prune_every} = 0 THEN
    DELETE FROM hall_events WHERE at < clock_timestamp() - interval '{retention}';
  END IF;
  RETURN NULL;
END $$
"""

_PG_TRIGGERS = [
    "CREATE TRIGGER hall_ticket_event AFTER INSERT OR UPDATE ON tickets "
    "FOR EACH ROW EXECUTE FUNCTION hall_ticket_event()",
    "CREATE TRIGGER hall_help_event AFTER INSERT OR UPDATE ON help_requests "
    "FOR EACH ROW EXECUTE FUNCTION hall_help_event()",
    "CREATE TRIGGER hall_case_event AFTER INSERT OR UPDATE ON cases "
    "FOR EACH ROW EXECUTE FUNCTION hall_case_event()",
    "CREATE TRIGGER hall_event_notify AFTER INSERT ON hall_events "
    "FOR EACH ROW EXECUTE FUNCTION hall_event_notify()",
]

# ---------------------------------------------------------------------------- SQLite

# SQLAlchemy stores SQLite datetimes as text with six fractional digits; strftime gives three
_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'"

_SQLITE_TICKET_PAYLOAD = (
    "json_object('ticket_id', NEW.id, 'number', NEW.number, "
    "'category', COALESCE(NEW.target_category, NEW.category), 'state', NEW.state, "
    "'window_no', NEW.window_no, 'target_window', NEW.target_window, 'call_count', NEW.call_count, "
    "'day', NEW.day, 'seq', NEW.seq, 'priority', NEW.priority)"
)


def _sqlite_event(topic: str, kind_sql: str, hall_code_sql: str, payload_sql: str) -> str:
    return (
        "INSERT INTO hall_events (topic, kind, at, hall_code, terminal_id, payload) "
        f"VALUES ('{topic}', {kind_sql}, {_SQLITE_NOW}, {hall_code_sql}, NEW.terminal_id, {payload_sql});"
    )


_SQLITE_TRIGGERS = [
    "CREATE TRIGGER hall_ticket_issued AFTER INSERT ON tickets BEGIN "
    + _sqlite_event("ticket", "'ticket.issued'", "NEW.hall_code", _SQLITE_TICKET_PAYLOAD)
    + " END",
    "CREATE TRIGGER hall_ticket_called AFTER UPDATE ON tickets WHEN NEW.call_count > OLD.call_count BEGIN "
    + _sqlite_event(
        "ticket",
        "CASE WHEN OLD.state = 'called' THEN 'ticket.recalled' ELSE 'ticket.called' END",
        "NEW.hall_code",
        _SQLITE_TICKET_PAYLOAD,
    )
    + " END",
    "CREATE TRIGGER hall_ticket_moved AFTER UPDATE ON tickets "
    "WHEN NEW.call_count = OLD.call_count AND NEW.state IS NOT OLD.state BEGIN "
    + _sqlite_event("ticket", "'ticket.' || NEW.state", "NEW.hall_code", _SQLITE_TICKET_PAYLOAD)
    + " END",
    "CREATE TRIGGER hall_ticket_retargeted AFTER UPDATE ON tickets "
    "WHEN NEW.call_count = OLD.call_count AND NEW.state IS OLD.state "
    "AND (NEW.target_window IS NOT OLD.target_window OR NEW.target_category IS NOT OLD.target_category) BEGIN "
    + _sqlite_event("ticket", "'ticket.transferred'", "NEW.hall_code", _SQLITE_TICKET_PAYLOAD)
    + " END",
    "CREATE TRIGGER hall_help_requested AFTER INSERT ON help_requests BEGIN "
    + _sqlite_event(
        "help",
        "'help.requested'",
        "''",
        "json_object('request_id', NEW.id, 'terminal_id', NEW.terminal_id, "
        "'terminal_name', NEW.terminal_name, 'reason', NEW.reason, 'acknowledged_by', NEW.acknowledged_by)",
    )
    + " END",
    "CREATE TRIGGER hall_help_acknowledged AFTER UPDATE ON help_requests "
    "WHEN NEW.acknowledged_at IS NOT NULL AND OLD.acknowledged_at IS NULL BEGIN "
    + _sqlite_event(
        "help",
        "'help.acknowledged'",
        "''",
        "json_object('request_id', NEW.id, 'terminal_id', NEW.terminal_id, "
        "'terminal_name', NEW.terminal_name, 'reason', NEW.reason, 'acknowledged_by', NEW.acknowledged_by)",
    )
    + " END",
    "CREATE TRIGGER hall_case_created AFTER INSERT ON cases BEGIN "
    + _sqlite_event(
        "case",
        "'case.status'",
        "''",
        "json_object('case_no', NEW.case_no, 'state', NEW.state, 'previous_state', NULL, "
        "'channel', NEW.channel, 'window_no', NEW.window_no, 'item_code', NEW.item_code)",
    )
    + " END",
    "CREATE TRIGGER hall_case_moved AFTER UPDATE ON cases WHEN NEW.state IS NOT OLD.state BEGIN "
    + _sqlite_event(
        "case",
        "'case.status'",
        "''",
        "json_object('case_no', NEW.case_no, 'state', NEW.state, 'previous_state', OLD.state, "
        "'channel', NEW.channel, 'window_no', NEW.window_no, 'item_code', NEW.item_code)",
    )
    + " END",
    f"CREATE TRIGGER hall_events_prune AFTER INSERT ON hall_events WHEN NEW.id % {PRUNE_EVERY} = 0 BEGIN "
    f"DELETE FROM hall_events WHERE at < strftime('%Y-%m-%d %H:%M:%f', 'now', '-{RETENTION}'); END",
]

SQLITE_TRIGGER_NAMES = [s.split()[2] for s in _SQLITE_TRIGGERS]


def _pg_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _pg_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def upgrade() -> None:
    op.create_table(
        "hall_events",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("topic", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("hall_code", sa.String(32), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hall_events")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_hall_events_at"), "hall_events", ["at"], unique=False)
    op.create_table(
        "hall_terminals",
        sa.Column("role_name", sa.String(63), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("window_no", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("role_name", name=op.f("pk_hall_terminals")),
        sa.UniqueConstraint("terminal_id", name=op.f("uq_hall_terminals_terminal_id")),
    )

    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema: str = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
        # one channel per schema: several halls (or test schemas) in one database never cross-talk;
        # offline_store.hall.events.channel_for() computes the same name
        channel = f"yimen_hall_{schema}"[:63]
        fmt = {
            "schema": _pg_ident(schema),
            "channel": _pg_literal(channel),
            "prune_every": PRUNE_EVERY,
            "retention": RETENTION,
        }
        for ddl in (_PG_TICKET, _PG_HELP, _PG_CASE, _PG_NOTIFY):
            op.execute(ddl.format(**fmt))
        for ddl in _PG_TRIGGERS:
            op.execute(ddl)
    else:
        for ddl in _SQLITE_TRIGGERS:
            op.execute(ddl)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table, trigger in (
            ("tickets", "hall_ticket_event"),
            ("help_requests", "hall_help_event"),
            ("cases", "hall_case_event"),
            ("hall_events", "hall_event_notify"),
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        for fn in ("hall_ticket_event", "hall_help_event", "hall_case_event", "hall_event_notify"):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}()")
    else:
        for name in SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("hall_terminals")
    op.drop_index(op.f("ix_hall_events_at"), table_name="hall_events")
    op.drop_table("hall_events")
