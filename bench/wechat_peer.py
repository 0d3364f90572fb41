"""WeChat's QR decoder (OpenCV contrib's wechat_qrcode) for bench/bench_qr_decode.py.

Yimen itself installs plain OpenCV: WeChat read no frame of the degraded set that the
camera decoder missed (bench/results/qr_decode.json), so opencv-contrib is no dependency.
The benchmark still sets WeChat beside it, from its own environment (``make peers``:
.venv-peers with requirements/peers.lock), through this script: grey frames come in on
stdin (height and width as two little-endian uint32, then the pixels; 0 × 0 ends), and one
JSON line per frame goes out with what WeChat found and the process's CPU and wall time
of the decode alone. Payloads come back as the binding gives them: text (UTF-8, or the
Latin-1 reading OpenCV makes of other bytes) or, when the binding fails on bytes that are
not UTF-8, those bytes; the benchmark recovers the printed bytes as the decoders do.

Imports nothing of Yimen: the environment holds OpenCV contrib and numpy only.
"""

from __future__ import annotations

import json
import struct
import sys
import time

import cv2
import numpy as np


def read_exactly(stream, n: int) -> bytes:  # type: ignore[no-untyped-def]
    chunks, left = [], n
    while left:
        chunk = stream.read(left)
        if not chunk:
            raise EOFError(f"frame cut short: {n - left} of {n} bytes")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def main() -> int:
    detector = cv2.wechat_qrcode_WeChatQRCode()  # without the CNN model files: its traditional detector
    stdin, out = sys.stdin.buffer, sys.stdout
    out.write(json.dumps({"opencv": cv2.__version__}) + "\n")
    out.flush()
    while True:
        height, width = struct.unpack("<II", read_exactly(stdin, 8))
        if height == 0 or width == 0:
            return 0
        gray = np.frombuffer(read_exactly(stdin, height * width), np.uint8).reshape(height, width)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        try:
            texts, _ = detector.detectAndDecode(gray)
            found = [{"text": t} for t in texts if t]
        except UnicodeDecodeError as e:  # the binding's str() of a payload that is not UTF-8
            found = [{"bytes": bytes(e.object).hex()}]
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        out.write(json.dumps({"found": found, "ms": wall * 1000, "cpu_ms": cpu * 1000}) + "\n")
        out.flush()


if __name__ == "__main__":
    raise SystemExit(main())
