#!/usr/bin/env bash
# Make sure the Debian packages Yimen needs at run time are present.
# As root: install what is missing. Otherwise: print the exact apt line and fail,
# so a fresh machine never ends in an obscure import error later.
set -euo pipefail

# libzbar0: pyzbar's native library; fonts-noto-cjk: Chinese on screens and print previews;
# libegl1/libgl1/libxkbcommon0/libfontconfig1/libdbus-1-3/libxcb-cursor0: Qt's platform plugins;
# libpulse0 + speech-dispatcher(+espeak-ng voice): offline voice announcements; xvfb for screenshots.
# The kiosk session and its tests: cage + xwayland (cage exits without it) + grim (a screenshot
# from inside the compositor; gcc + libc6-dev build the small library that sizes cage's headless
# output for it, installers/debian/cage_screenshot.py); systemd for systemd-analyze verify on the units; udev + umockdev
# to run installers/udev/60-yimen.rules through udev's own rule engine; patchelf for make
# package; Qt's Wayland platform plugin needs libwayland-cursor0 and libwayland-egl1.
# A4 printing (issue 17): cups + cups-client (the spooler and its admin tools), printer-driver-cups-pdf
# (the PDF queue the tests, the demo and the benchmark print to), poppler-utils (pdftotext/pdftoppm
# read the printed PDF back in the tests).
PKGS=(libzbar0 fonts-noto-cjk libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libxcb-cursor0
      libpulse0 speech-dispatcher speech-dispatcher-espeak-ng espeak-ng xvfb
      cage xwayland grim gcc libc6-dev systemd udev umockdev patchelf libwayland-cursor0 libwayland-egl1
      cups cups-client printer-driver-cups-pdf poppler-utils)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-based system; install the equivalents of: ${PKGS[*]}" >&2
  exit 0
fi

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "system-deps: missing Debian packages. Run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
