"""The technician's screen behind the hidden gesture: PIN, device status, leave the kiosk."""

from __future__ import annotations

from devices.base import NOT_CONFIGURED, HealthState
from kiosk_app.language import QT_TRANSLATE_NOOP, translate
from kiosk_app.viewmodels.base import ScreenViewModel
from shared.ui.widgets.keypad import apply_key

DEVICE_NAMES = {
    "idcard": QT_TRANSLATE_NOOP("KioskTechnician", "身份证读卡器"),
    "printer": QT_TRANSLATE_NOOP("KioskTechnician", "凭条打印机"),
    "scanner": QT_TRANSLATE_NOOP("KioskTechnician", "扫码器"),
    "tts": QT_TRANSLATE_NOOP("KioskTechnician", "语音"),
}
STATE_WORDS = {
    HealthState.OK: QT_TRANSLATE_NOOP("KioskTechnician", "正常"),
    HealthState.DEGRADED: QT_TRANSLATE_NOOP("KioskTechnician", "有问题"),
    HealthState.OFFLINE: QT_TRANSLATE_NOOP("KioskTechnician", "不可用"),
}


class TechnicianViewModel(ScreenViewModel):
    screen = "technician"

    @property
    def title(self) -> str:  # type: ignore[override]
        return translate("KioskTechnician", "技术员")

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
            else translate(
                "KioskTechnician", "本机没有设置技术员密码，不能退出（在配置 [kiosk] technician_pin_hash 中设置）"
            )
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
            self.message = translate("KioskTechnician", "本机没有设置技术员密码，不能退出")
        elif gate.locked_for(now):
            self.message = self._locked_words(gate.locked_for(now))
        elif gate.check(pin, now=now):
            self.unlocked = True
            self.message = ""
        else:
            locked = gate.locked_for(now)
            self.message = self._locked_words(locked) if locked else translate("KioskTechnician", "密码不对")
        self.changed()

    @staticmethod
    def _locked_words(seconds: int) -> str:
        return translate("KioskTechnician", "密码错误次数过多，请 {seconds} 秒后再试").format(seconds=seconds)

    def device_lines(self) -> list[str]:
        """One line a device: 正常, 未配置, or the problem in words (a working device's
        driver remarks, such as which simulator it is, are not shown). The problem is the
        driver's own words, as the log and the fleet page have them: not translated."""
        lines = []
        for name, h in self.backend.hall.device_health().items():
            if h.code == NOT_CONFIGURED:
                state = translate("KioskTechnician", "未配置")
            elif h.state is HealthState.OK or not h.reason:
                state = translate("KioskTechnician", STATE_WORDS[h.state])
            else:
                state = translate("KioskTechnician", "{state}（{reason}）").format(
                    state=translate("KioskTechnician", STATE_WORDS[h.state]), reason=h.reason
                )
            device = translate("KioskTechnician", DEVICE_NAMES[name]) if name in DEVICE_NAMES else name
            lines.append(translate("KioskTechnician", "{device}：{state}").format(device=device, state=state))
        return lines

    def leave_kiosk(self) -> None:
        if self.unlocked:
            self.root.quit_app()

    def back(self) -> None:
        self.reset()
        self.root.go("home")

    def speech(self) -> str:
        return translate("KioskTechnician", "技术员维护")
