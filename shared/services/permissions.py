"""Who may do what: the roles of the hall and one permission table, checked in the services.

The counter hides buttons a role may not use, but that is only a courtesy: every use case
that changes something calls :func:`require` itself, so a terminal with a modified UI, the
command line or a script cannot do more than the signed-in role allows (等保2.0: access
control enforced on the server side of each operation, not in the presentation).
"""

from __future__ import annotations

from enum import StrEnum

from shared.domain.errors import PermissionDenied
from shared.domain.words import words
from shared.services.actor import Actor, Role

ROLE_LABELS: dict[Role, str] = {
    Role.CLERK: "窗口人员",
    Role.CHIEF: "首席事务代表",
    Role.HELPER: "帮办代办员",
    Role.MANAGER: "大厅管理员",
    Role.KIOSK: "自助终端",
    Role.DISPLAY: "叫号显示屏",
    Role.SYSTEM: "系统",
}

STAFF_ROLES = (Role.CLERK, Role.CHIEF, Role.HELPER, Role.MANAGER)


class Permission(StrEnum):
    CALL_QUEUE = "queue.call"  # call, recall, no-show, transfer, hold, resume
    ACCEPT_CASE = "case.accept"  # 收件即受理, 不予受理 with a one-time notice
    FINISH_ON_THE_SPOT = "case.finish_on_the_spot"  # 即办件: 首席事务代表 only
    SUPPLY_MATERIAL = "case.supply"  # 容缺 materials arriving later
    ISSUE_RESULT = "case.issue_result"  # 出件
    VIEW_HALL_CASES = "case.view_hall"  # every window's cases, not only one's own
    RECORD_COMPLAINT = "complaint.record"  # 办不成事 window: write it down
    HANDLE_COMPLAINT = "complaint.handle"  # assign, resolve, tell the person, close
    ACK_HELP = "help.acknowledge"  # answer a kiosk's call for help
    VIEW_FIGURES = "figures.view"
    MANAGE_ACCOUNTS = "accounts.manage"
    MANAGE_WINDOWS = "windows.manage"
    HANDLE_FOLLOWUP = "followup.handle"  # bad reviews tracked to closure
    VIEW_BOARD = "board.view"  # the calls and waiting counts the hall display board shows
    VERIFY_WORK_LOG = "audit.verify"  # check the work log's hash chain (工作日志, 可追溯、可核查)
    VIEW_FLEET = "fleet.view"  # every terminal's heartbeat and alerts (issue 15)
    MANAGE_TERMINALS = "fleet.manage"  # put a kiosk into 暂停服务 and back
    RECORD_FIRST_ASK = "firstask.record"  # 首问负责: record a 咨询登记, hand it over, close it
    OVERSEE_FIRST_ASKS = "firstask.oversee"  # every open 首问 registration and its age; reassign
    TAKE_AGENCY_CASE = "agency.take"  # 免费代办 at a station: take the case, print the 流转单
    RECEIVE_TRANSFER = "agency.receive"  # scan a 流转单's bundle in at this point (签收)


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.CALL_QUEUE: "叫号",
    Permission.ACCEPT_CASE: "受理办件",
    Permission.FINISH_ON_THE_SPOT: "当场办结即办件",
    Permission.SUPPLY_MATERIAL: "登记补交材料",
    Permission.ISSUE_RESULT: "出件",
    Permission.VIEW_HALL_CASES: "查看全厅办件",
    Permission.RECORD_COMPLAINT: "登记“办不成事”反映",
    Permission.HANDLE_COMPLAINT: "交办和办结“办不成事”反映",
    Permission.ACK_HELP: "响应自助机求助",
    Permission.VIEW_FIGURES: "查看统计",
    Permission.MANAGE_ACCOUNTS: "管理账号",
    Permission.MANAGE_WINDOWS: "设置窗口",
    Permission.HANDLE_FOLLOWUP: "差评整改",
    Permission.VIEW_BOARD: "查看叫号屏",
    Permission.VERIFY_WORK_LOG: "核验工作日志",
    Permission.VIEW_FLEET: "查看终端状态",
    Permission.MANAGE_TERMINALS: "暂停和恢复自助机",
    Permission.RECORD_FIRST_ASK: "首问登记",
    Permission.OVERSEE_FIRST_ASKS: "督办首问登记",
    Permission.TAKE_AGENCY_CASE: "免费代办收件",
    Permission.RECEIVE_TRANSFER: "签收流转材料",
}

_WINDOW_WORK = frozenset(
    {
        Permission.CALL_QUEUE,
        Permission.ACCEPT_CASE,
        Permission.SUPPLY_MATERIAL,
        Permission.ISSUE_RESULT,
        Permission.VIEW_HALL_CASES,
        Permission.RECORD_COMPLAINT,
        Permission.ACK_HELP,
        Permission.VIEW_BOARD,
        Permission.RECORD_FIRST_ASK,
        Permission.TAKE_AGENCY_CASE,
        Permission.RECEIVE_TRANSFER,
    }
)

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: _WINDOW_WORK,
    # the chief representative decides 即办件 on the spot and takes 办不成事 cases in hand
    Role.CHIEF: _WINDOW_WORK | {Permission.FINISH_ON_THE_SPOT, Permission.HANDLE_COMPLAINT},
    # 帮办代办: guides and fills forms with the resident, answers kiosks; does not accept cases,
    # but at a village station or township centre takes a 免费代办 up to the county (issue 12)
    Role.HELPER: frozenset(
        {
            Permission.CALL_QUEUE,
            Permission.VIEW_HALL_CASES,
            Permission.RECORD_COMPLAINT,
            Permission.ACK_HELP,
            Permission.VIEW_BOARD,
            Permission.RECORD_FIRST_ASK,
            Permission.TAKE_AGENCY_CASE,
            Permission.RECEIVE_TRANSFER,
        }
    ),
    Role.MANAGER: frozenset(
        {
            Permission.VIEW_HALL_CASES,
            Permission.RECORD_COMPLAINT,
            Permission.HANDLE_COMPLAINT,
            Permission.ACK_HELP,
            Permission.VIEW_FIGURES,
            Permission.MANAGE_ACCOUNTS,
            Permission.MANAGE_WINDOWS,
            Permission.HANDLE_FOLLOWUP,
            Permission.VIEW_BOARD,
            Permission.VERIFY_WORK_LOG,
            Permission.VIEW_FLEET,
            Permission.MANAGE_TERMINALS,
            Permission.RECORD_FIRST_ASK,
            Permission.OVERSEE_FIRST_ASKS,
        }
    ),
    # a kiosk is run by an anonymous resident: it holds no role permission at all; what it
    # may do (issue a ticket, look up its own case) each use case checks by itself
    Role.KIOSK: frozenset(),
    # the board shows ticket numbers and window names to the whole hall, never a person
    Role.DISPLAY: frozenset({Permission.VIEW_BOARD}),
    Role.SYSTEM: frozenset(Permission),
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS.get(role, frozenset())


def require(actor: Actor, permission: Permission) -> None:
    """Raise :class:`PermissionDenied` unless ``actor``'s role holds ``permission``."""
    if allowed(actor.role, permission):
        return
    who = [ROLE_LABELS[r] for r in STAFF_ROLES if allowed(r, permission)]
    raise PermissionDenied(
        words("{value}没有“{permission_labels}”的权限。", value=ROLE_LABELS.get(actor.role, actor.role), permission_labels=PERMISSION_LABELS[permission]),
        hint=words("请由{who}办理。", who="或".join(who)) if who else "该操作只能由系统执行。",
    )
