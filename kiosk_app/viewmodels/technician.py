"""The technician's screen behind the hidden gesture: PIN, device status, leave the kiosk."""

from __future__ import annotations

from devices.base import NOT_CONFIGURED, HealthState
from kiosk_app.viewmodels.base import ScreenViewModel
from shared.ui.widgets.keypad import apply_key

DEVICE_NAMES = {"idcard": "身份证读卡器", "printer": "凭条打印机", "scanner": "扫码器", "tts": "语音"}
STATE_WORDS = {HealthState.OK: "正常", HealthState.DEGRADED: "有问题", HealthState.OFFLINE: "不可用"}


class TechnicianViewModel(ScreenViewModel):
    screen = "technician"
    title = "技术员"

    def __init__(self, root) -> None:
        super().__init__(root)
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.pin = ""
        self.unlocked = False
        self.message = ""

    @property
    def holds_personal_data(self) -> bool:
        return bool(self.pin) or self.unlocked

    def enter(self) -> None:
        self.pin = ""
        self.unlocked = False
        gate = self.root.pin_gate
        self.message = (
            ""
            if gate.configured
            else "本机没有设置技术员密码，不能退出（在配置 [kiosk] technician_pin_hash 中设置）"
        )

    def key(self, key: str) -> None:
        self.pin = apply_key(self.pin, key, max_length=12)
        self.changed()

    def masked_pin(self) -> str:
        return "●" * len(self.pin)

    def submit(self) -> None:
        gate = self.root.pin_gate
        now = self.root.monotonic()
        pin, self.pin = self.pin, ""
        if not gate.configured:
            self.message = "本机没有设置技术员密码，不能退出"
        elif gate.locked_for(now):
            self.message = f"密码错误次数过多，请 {gate.locked_for(now)} 秒后再试"
        elif gate.check(pin, now=now):
            self.unlocked = True
            self.message = ""
        else:
            locked = gate.locked_for(now)
            self.message = f"密码错误次数过多，请 {locked} 秒后再试" if locked else "密码不对"
        self.changed()

    def device_lines(self) -> list[str]:
        """One line a device: 正常, 未配置, or the problem in words (a working device's
        driver remarks, such as which simulator it is, are not shown)."""
        lines = []
        for name, h in self.backend.hall.device_health().items():
            if h.code == NOT_CONFIGURED:
                state = "未配置"
            elif h.state is HealthState.OK:
                state = STATE_WORDS[h.state]
            else:
                state = STATE_WORDS[h.state] + (f"（{h.reason}）" if h.reason else "")
            lines.append(f"{DEVICE_NAMES.get(name, name)}：{state}")
        return lines

    def leave_kiosk(self) -> None:
        if self.unlocked:
            self.root.quit_app()

    def back(self) -> None:
        self.reset()
        self.root.go("home")

    def speech(self) -> str:
        return "技术员维护"
