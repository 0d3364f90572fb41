"""yimen devices list | check | sim idcard|printer ... (for the technician who installs a kiosk)"""

from __future__ import annotations

import argparse

from yimen.commands._common import add_json, settings_of
from yimen.output import emit_json, emit_lines


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("devices", help="card reader, scanner, printer, voice: list, check, simulate")
    dsub = p.add_subparsers(dest="devices_cmd", required=True, metavar="ACTION")
    ls = dsub.add_parser("list", help="configured drivers and the ports and cameras this machine has")
    ls.add_argument("--no-probe", action="store_true", help="do not ask serial ports for an ID card reader's SAM")
    add_json(ls)
    ls.set_defaults(func=list_)
    ck = dsub.add_parser(
        "check", help="status of each device, a test print and a test read; exit 1 on a problem"
    )
    ck.add_argument("--no-print", action="store_true", help="skip the test slip")
    ck.add_argument("--no-read", action="store_true", help="skip the test card read")
    ck.add_argument("--no-speak", action="store_true", help="skip the test announcement")
    add_json(ck)
    ck.set_defaults(func=check)
    sim = dsub.add_parser("sim", help="run a device simulator until Ctrl-C (prints where it listens)")
    sim.add_argument("device", choices=["idcard", "printer"])
    sim.add_argument("sim_args", nargs=argparse.REMAINDER, help="options of the simulator (--help for them)")
    sim.set_defaults(func=simulate)


def list_(args: argparse.Namespace) -> int:
    from devices.device_checks import devices_table, list_devices

    rows = list_devices(settings_of(args).devices, probe=not args.no_probe)
    if args.json:
        emit_json({"devices": rows})
    else:
        emit_lines(devices_table(rows))
    return 0


def check(args: argparse.Namespace) -> int:
    from devices.device_checks import check_devices

    results = check_devices(
        settings_of(args).devices,
        test_print=not args.no_print,
        test_read=not args.no_read,
        test_speak=not args.no_speak,
    )
    if args.json:
        emit_json({"ok": all(r.ok for r in results), "checks": [r.to_dict() for r in results]})
    else:
        for r in results:
            mark = "正常" if r.ok else "异常"
            emit_lines(
                f"[{mark}] {r.device}/{r.check} ({r.driver}): {r.detail}"
                + (f" -> {r.hint}" if r.hint and not r.ok else "")
            )
    return 0 if all(r.ok for r in results) else 1


def simulate(args: argparse.Namespace) -> int:
    if args.device == "idcard":
        from devices.idcard.simulator import main as sim_main
    else:
        from devices.printer.simulator import main as sim_main
    return int(sim_main(list(args.sim_args)) or 0)
