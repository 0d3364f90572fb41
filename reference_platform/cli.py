"""``yimen platform serve`` and ``yimen platform issue-credentials`` (the lead wires them into yimen.cli).

Usable on its own too: ``python -m reference_platform serve --port 8700``.
"""

from __future__ import annotations

import argparse
import logging
import secrets
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from reference_platform.config import DEFAULT_PORT, LOOPBACK, PlatformConfig, load_platform_config
from shared.domain.errors import YimenError
from shared.domain.settings import DEFAULT_HOME
from shared.protocol.credentials import PlatformCredentials, write_credentials

DEFAULT_DB = DEFAULT_HOME / "reference-platform.db"


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = sub.add_parser("serve", help="run the reference platform (loopback by default)")
    serve.add_argument("--host", default=None, help=f"listen address (default {LOOPBACK})")
    serve.add_argument("--port", type=int, default=None, help=f"port (default {DEFAULT_PORT})")
    serve.add_argument(
        "--db", type=Path, default=None, help=f"the platform's own SQLite file (default {DEFAULT_DB})"
    )
    serve.add_argument(
        "--config",
        dest="platform_config",
        type=Path,
        default=None,
        help="platform TOML (faults, back office, keys)",
    )
    serve.add_argument(
        "--issue-for", metavar="TERMINAL_ID", help="also issue credentials for this terminal ..."
    )
    serve.add_argument(
        "--credentials-out", type=Path, help="... and write them here (0600), if the file does not exist"
    )
    issue = sub.add_parser("issue-credentials", help="create an AppKey and secret for a terminal")
    issue.add_argument("--terminal-id", required=True)
    issue.add_argument("--out", type=Path, required=True, help="credentials TOML to write (0600)")
    issue.add_argument("--db", type=Path, default=None)


def _config(args: argparse.Namespace) -> PlatformConfig:
    overrides = {
        k: v for k, v in (("host", args.host), ("port", args.port), ("db_path", args.db)) if v is not None
    }
    if args.platform_config:
        return load_platform_config(args.platform_config, **overrides)
    overrides.setdefault("db_path", DEFAULT_DB)
    overrides.setdefault("port", DEFAULT_PORT)
    return PlatformConfig(**overrides)


def issue_credentials(*, db_path: Path, terminal_id: str, out: Path) -> PlatformCredentials:
    from reference_platform.store import PlatformStore

    creds = PlatformCredentials(
        app_key=f"{terminal_id}-{secrets.token_hex(4)}", secret=secrets.token_hex(24).encode()
    )
    store = PlatformStore(db_path)
    try:
        store.put_terminal_key(app_key=creds.app_key, secret=creds.secret.decode(), terminal_id=terminal_id)
    finally:
        store.close()
    write_credentials(out, creds)
    return creds


def run(args: argparse.Namespace) -> int:
    if args.platform_cmd == "issue-credentials":
        creds = issue_credentials(db_path=args.db or DEFAULT_DB, terminal_id=args.terminal_id, out=args.out)
        print(f"已为终端 {args.terminal_id} 签发 AppKey {creds.app_key}，凭据写入 {args.out}（权限 0600）")
        return 0
    from reference_platform.server import ReferencePlatform

    config = _config(args)
    if args.issue_for and args.credentials_out and not args.credentials_out.exists():
        issue_credentials(db_path=config.db_path, terminal_id=args.issue_for, out=args.credentials_out)
    platform = ReferencePlatform(config)
    # SIGTERM (a service stop) ends serve_forever the way Ctrl+C does, through its finally,
    # which closes the socket and the platform's store: exit 0, nothing half-written
    previous = signal.signal(signal.SIGTERM, _interrupt)

    def listening(base_url: str) -> None:
        print(f"参考平台运行于 {base_url}（数据 {config.db_path}），Ctrl+C 退出", flush=True)

    try:
        platform.serve_forever(on_listening=listening)
    except KeyboardInterrupt:
        logging.getLogger(__name__).info("reference platform stopped")
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="yimen platform", description="参考平台（开发、演示、测试用）")
    sub = parser.add_subparsers(dest="platform_cmd", required=True)
    add_arguments(sub)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    from shared.domain.masking import PiiMaskingFilter  # the masking is on at every level (issue 15)

    for handler in logging.getLogger().handlers:
        handler.addFilter(PiiMaskingFilter())
    try:
        return run(args)
    except YimenError as e:
        print(str(e), file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
