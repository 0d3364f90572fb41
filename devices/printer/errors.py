"""Typed receipt-printer errors.

The message is what the resident or clerk reads on the screen (Chinese, saying
what to do); ``hint`` is the technician's next step. A failed job is never lost:
these errors say why it is waiting, the queue keeps it for a reprint.
"""

from __future__ import annotations

from devices.errors import DeviceError, DeviceOffline


class PrinterError(DeviceError):
    """Base of every receipt-printer error."""

    default_message = "打印机出现故障，请联系工作人员。"
    default_hint = ""

    def __init__(self, message: str = "", *, hint: str = "", device: str = "") -> None:
        super().__init__(message or self.default_message, hint=hint or self.default_hint, device=device)


class PrinterOffline(PrinterError, DeviceOffline):
    """No connection, powered off, cover open or the printer reports itself offline."""

    default_message = "打印机未连接或已离线，请检查电源和数据线后点击重新打印。"
    default_hint = "检查打印机电源指示灯、网线/USB线/串口线，以及打印机IP地址和端口设置。"


class PaperOut(PrinterError):
    """DLE EOT 4 reports roll paper end: nothing is sent until paper is back."""

    health_code = "paper_out"

    default_message = "打印机缺纸，请更换纸卷后点击重新打印。"
    default_hint = "打开打印机上盖，装入新纸卷（热敏面朝外），合上盖后打印会自动继续。"


class PaperNearEnd(PrinterError):
    """Warning level: the near-end sensor fired, printing still works.

    Not raised by default (``ReceiptPrinter(raise_on_near_end=True)`` does): health
    turns DEGRADED so staff can change the roll before a resident is left without a slip.
    """

    health_code = "paper_low"

    default_message = "打印纸即将用完，请尽快更换纸卷。"
    default_hint = "准备新纸卷；当前纸卷用完前仍可继续打印。"


class PrinterStatusUnknown(PrinterError):
    """The printer did not answer a status query (or answered bytes no printer sends).

    FACTS: python-escpos reads an empty reply as "paper ok"; a silent printer must
    not be taken for a working one, so the job waits instead of disappearing.
    """

    default_message = "无法读取打印机状态，打印任务已保留，请联系工作人员检查打印机。"
    default_hint = "确认打印机已开机、支持实时状态查询(DLE EOT)；若该型号不支持，可在设置中允许未知状态打印。"


class PrintFailed(PrinterError):
    """The bytes could not be delivered (connection dropped mid-job, write error)."""

    default_message = "打印失败，打印任务已保留，请检查打印机后点击重新打印。"
    default_hint = "查看打印机是否卡纸或断线；任务不会丢失，恢复后会自动补打。"


class PrintDocumentInvalid(PrinterError):
    """A document or template input the printer cannot print as given (a programming or data error)."""

    default_message = "打印内容不完整或格式有误，无法打印。"
    default_hint = "检查调用方传入的凭证数据。"


class CjkFontMissing(PrinterError):
    """No font with Chinese glyphs for previews and the image fallback."""

    default_message = "找不到中文字体，无法生成打印预览。"
    default_hint = "安装中文字体（Debian/Ubuntu: apt install fonts-noto-cjk），或用环境变量 YIMEN_CJK_FONT 指定字体文件路径。"
