"""yimen verify CODE — is a printed certificate genuine? (issue 17, point 4)

CODE is the text of the certificate's QR (``YMVC1:…``) or its 12-character 验真码. A QR is
checked offline with the platform's public key this terminal synced (or one given with
``--public-key``); a 验真码, or a QR whose key is not held here, is asked online. Exit 0 when
genuine, 1 when refused (the reason says why), 2 on a usage error.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from yimen.commands._common import add_json, cli_actor, open_context
from yimen.output import emit_json, emit_lines


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verify", help="check a printed certificate by its QR text or 验真码")
    p.add_argument("code", metavar="CODE", help="the QR text (YMVC1:…) or the 验真码, e.g. K7QM-2XPD-9TAF")
    p.add_argument(
        "--public-key", metavar="FILE", type=Path,
        help="the platform's Ed25519 public key (base64, one line), for a machine without a synced key",
    )  # fmt: skip
    p.add_argument("--offline", action="store_true", help="never ask the platform")
    add_json(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from shared.domain.errors import ValidationError
    from shared.protocol import certificates as c
    from shared.services import certificates as svc

    extra = {}
    if args.public_key is not None:
        try:
            key = c.public_key_from_text(args.public_key.read_text(encoding="utf-8"))
        except OSError as e:
            raise ValidationError(f"读不了公钥文件 {args.public_key}: {e.strerror}。", hint="检查路径和权限。") from None
        except c.CertificateFormatError as e:
            raise ValidationError(str(e), hint="公钥文件应为一行 base64（32 字节 Ed25519 公钥）。") from None
        extra[c.key_id(key)] = key
    ctx = open_context(args)
    try:
        platform = None if args.offline else _platform(ctx)
        try:
            result = svc.verify_certificate(
                ctx, code=args.code, actor=cli_actor(ctx), platform=platform, extra_keys=extra
            )
        finally:
            if platform is not None:
                platform.close()
    finally:
        ctx.close()
    if args.json:
        emit_json(result.to_dict())
    else:
        emit_lines([f"{label}：{value}" for label, value in result.lines()])
    return 0 if result.genuine else 1


def _platform(ctx):
    """The platform client when this terminal has credentials; None (offline only) otherwise."""
    from offline_store.sync.client import PlatformClient
    from shared.domain.errors import ConfigError

    try:
        return PlatformClient.from_settings(ctx.settings)
    except (ConfigError, OSError):
        return None
