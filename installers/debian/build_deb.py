"""Build dist/yimen_<version>_amd64.deb: Yimen with a private Python under /opt/yimen.

Run by ``make package`` with the development venv's interpreter (the one the tests ran
with). What goes in:

- ``/opt/yimen``: a copy of the CPython the venv was made from (the interpreter, its shared
  libpython, the standard library without its tests and tools), its run-path pointed at its
  own ``lib``; the runtime dependencies installed from ``requirements/camera.lock`` (pip
  checks every hash): the runtime set with the camera extra (OpenCV, numpy, zxing-cpp,
  pyzbar). ``--without-camera`` installs ``requirements/runtime.lock`` alone, for kiosks
  with a keyboard-wedge or serial scanner (bench/results/camera_extra.json: 231 MiB
  less installed), and leaves libzbar0 out of Depends; Yimen itself as a wheel built from this tree, whose version
  setuptools-scm takes from git. Everything byte-compiled in unchecked-hash mode: the
  yimen user cannot write /opt, and a start must not stat every source file.
- ``/opt/yimen/yimen-installation.toml``: the marker that makes the program read
  /etc/yimen/yimen.toml and keep its data in /var/lib/yimen (shared/domain/installation.py).
- ``/usr/bin/yimen``, the default ``/etc/yimen/yimen.toml`` (a conffile), the systemd units,
  the udev rules, the counter's .desktop file, the docs.
- ``DEBIAN/``: control with the Debian packages the program needs (the fixed list below plus
  the owner of every shared library an ELF file in /opt/yimen links against outside itself,
  found with ldd and dpkg -S), and the maintainer scripts from installers/debian/scripts with
  the version and the schema revisions this build knows filled in.

Why a private environment and not a PyInstaller onedir: docs/install.md ("Why /opt/yimen")
gives the measured sizes and cold starts of both.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "installers" / "debian"
PY_VERSION = f"{sys.version_info.major}.{sys.version_info.minor}"
PY_NAME = f"python{PY_VERSION}"

# What the program needs from Debian beyond the libraries ldd finds: fonts for Chinese on
# screens and previews, the offline voice, the kiosk compositor (which exits without
# xwayland), zbar (loaded through ctypes, so ldd cannot see it), the account tools of the
# maintainer scripts, and the libraries Qt's platform plugins load at run time.
FIXED_DEPENDS = [
    "adduser",
    "fonts-noto-cjk",
    "espeak-ng",
    "cage",
    "xwayland",
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
]
CAMERA_DEPENDS = ["libzbar0"]  # the camera's fallback decoder (pyzbar loads it through ctypes)
RECOMMENDS = ["speech-dispatcher", "speech-dispatcher-espeak-ng", "grim"]

# Parts of the standard library a kiosk never runs (tests alone are 123 MB).
STDLIB_SKIP = {
    "test",
    "idlelib",
    "tkinter",
    "turtledemo",
    "ensurepip",
    "lib2to3",
    "site-packages",
    "__pycache__",
}
# Qt modules no Yimen screen imports (grep PySide6.Qt in the apps: Core, Gui, Widgets,
# TextToSpeech; the virtual keyboard brings Qml and Quick). Their libraries, plugins and QML
# are left out of the package; tests/installers/test_package.py runs every app from it.
QT_UNUSED = re.compile(
    r"^(libQt6|Qt)(3D|Quick3D|Designer|DataVisualization|Graphs|Charts|Location|Positioning|"
    r"Sensors|SerialBus|Scxml|StateMachine|Bluetooth|Nfc|RemoteObjects|WebView|WebChannel|"
    r"WebSockets|HttpServer|NetworkAuth|SpatialAudio|Lottie|Help|UiTools|QuickTest|Test|"
    r"QmlCompiler|QmlDesignSupport|LabsWavefrontMesh|CanvasPainter|Quick3DXr|"
    # the browser engine and the PDF viewer (which only the engine's pieces use): PySide6 6.11's
    # add-ons wheel carries them (~330 MB installed, ~100 MB of the .deb); Yimen shows no web page
    r"WebEngine|Pdf)"
)
QT_PLUGIN_DIRS_UNUSED = {
    "assetimporters",
    "canbus",
    "designer",
    "geometryloaders",
    "geoservices",
    "position",
    "renderers",
    "renderplugins",
    "sceneparsers",
    "scxmldatamodel",
    "sensors",
    "webview",
}
QML_UNUSED = re.compile(
    r"^(Qt3D|QtQuick3D|QtCharts|QtDataVisualization|QtGraphs|QtLocation|"
    r"QtPositioning|QtSensors|QtWebView|QtWebChannel|QtWebSockets|QtScxml|"
    r"QtRemoteObjects|QtNfc|QtBluetooth|Qt5Compat|QtWebEngine)$"
)


def run(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(cmd), flush=True)
    return subprocess.run(cmd, check=True, text=True, **kw)  # type: ignore[call-overload]


def pep440_version() -> str:
    out = subprocess.run(
        [sys.executable, "-m", "setuptools_scm"], cwd=ROOT, check=True, capture_output=True, text=True
    )
    return out.stdout.strip().splitlines()[-1]


def debian_version(v: str) -> str:
    """0.1.1.dev48+g6fbd937d5 -> 0.1.1~dev48+g6fbd937d5: a development build sorts before
    the release it leads to (Debian policy 5.6.12: '~' sorts before anything)."""
    v = re.sub(r"\.?(dev|a|b|rc)(\d+)", r"~\1\2", v, count=1)
    return v.replace("_", "-")


def copy_python(opt: Path) -> Path:
    """The interpreter the venv was made from, into opt/{bin,lib}; returns opt/bin/pythonX.Y."""
    base = Path(sys.base_prefix)
    stdlib = Path(sysconfig.get_paths(vars={"installed_base": str(base), "base": str(base)})["stdlib"])
    libdir = Path(sysconfig.get_config_var("LIBDIR") or base / "lib")
    ldlib = sysconfig.get_config_var("LDLIBRARY") or ""
    if not sysconfig.get_config_var("Py_ENABLE_SHARED") or not (libdir / ldlib).exists():
        sys.exit(
            f"build_deb: {base} is not a shared-library CPython build (pyenv with "
            "PYTHON_CONFIGURE_OPTS=--enable-shared, or a python.org build); make package needs one."
        )
    if base == Path("/usr"):
        sys.exit(
            "build_deb: Debian's own /usr/bin/python3 cannot be copied; use a pyenv or python.org build."
        )
    (opt / "bin").mkdir(parents=True)
    exe = opt / "bin" / PY_NAME
    shutil.copy2(base / "bin" / PY_NAME, exe)
    (opt / "lib").mkdir()
    for so in libdir.glob(f"libpython{PY_VERSION}*.so*"):
        shutil.copy2(so, opt / "lib" / so.name, follow_symlinks=True)
    dest = opt / "lib" / PY_NAME
    shutil.copytree(
        stdlib,
        dest,
        ignore=lambda d, names: [
            n
            for n in names
            if (Path(d) == stdlib and (n in STDLIB_SKIP or n.startswith("config-")))
            or n == "__pycache__"
            or n.endswith((".a", ".pyc"))
        ],
    )
    (dest / "site-packages").mkdir()
    for tk in (dest / "lib-dynload").glob("_tkinter*.so"):  # Tk is not used; it would pull Tcl/Tk in
        tk.unlink()
    # find libpython beside the interpreter, not in the build machine's pyenv
    run(["patchelf", "--set-rpath", "$ORIGIN/../lib", str(exe)])
    for so in (dest / "lib-dynload").glob("*.so"):
        run(["patchelf", "--remove-rpath", str(so)], stdout=subprocess.DEVNULL)
    return exe


def install_packages(opt: Path, python: Path, wheel_dir: Path, *, camera: bool = True) -> None:
    site = opt / "lib" / PY_NAME / "site-packages"
    common = ["--no-deps", "--no-compile", "--no-warn-script-location", "--disable-pip-version-check"]
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            *common,
            "--require-hashes",
            "--only-binary",
            ":all:",
            "--target",
            str(site),
            "-r",
            str(ROOT / ("requirements/camera.lock" if camera else "requirements/runtime.lock")),
        ]
    )
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheel_dir),
            str(ROOT),
        ]
    )
    wheel = next(wheel_dir.glob("yimen-*.whl"))
    run([sys.executable, "-m", "pip", "install", "-q", *common, "--target", str(site), str(wheel)])
    # console scripts written by pip point at the build venv; /usr/bin/yimen runs -m yimen
    shutil.rmtree(site / "bin", ignore_errors=True)
    prune_qt(site / "PySide6")


def prune_qt(pyside: Path) -> None:
    removed = 0
    for sub in (pyside, pyside / "Qt" / "lib"):
        for f in sub.iterdir():
            if f.is_file() and QT_UNUSED.match(f.name):
                removed += f.stat().st_size
                f.unlink()
    for name in QT_PLUGIN_DIRS_UNUSED:
        p = pyside / "Qt" / "plugins" / name
        if p.exists():
            removed += sum(x.stat().st_size for x in p.rglob("*") if x.is_file())
            shutil.rmtree(p)
    qml = pyside / "Qt" / "qml"
    for d in qml.iterdir() if qml.exists() else ():
        if QML_UNUSED.match(d.name):
            removed += sum(x.stat().st_size for x in d.rglob("*") if x.is_file())
            shutil.rmtree(d)
    # PySide6's developer tools, headers and type stubs; Qt's build-time metatypes; plugins
    # for what Yimen does not use (Qt SQL: SQLAlchemy talks to the databases; the GTK theme,
    # which would pull GTK in; QML debugging); translations other than Chinese and English
    dev_only = [
        *(
            pyside / n
            for n in (
                "assistant",
                "balsam",
                "balsamui",
                "designer",
                "doc",
                "glue",
                "include",
                "linguist",
                "lrelease",
                "lupdate",
                "qmlformat",
                "qmllint",
                "qmlls",
                "qsb",
                "scripts",
                "support",
                "svgtoqml",
                "typesystems",
            )
        ),
        pyside / "Qt" / "metatypes",
        pyside / "Qt" / "libexec",
        # the web engine's data: ICU tables, V8 snapshot, resource packs, its own translations
        pyside / "Qt" / "resources",
        pyside / "Qt" / "translations" / "qtwebengine_locales",
        *(pyside / "Qt" / "plugins" / n for n in ("sqldrivers", "platformthemes", "qmltooling")),
    ]
    dev_only += list(pyside.glob("*.pyi"))
    dev_only += [
        q
        for q in (pyside / "Qt" / "translations").glob("*.qm")
        if not re.search(r"_(zh_CN|zh_TW|en)\.qm$", q.name)
    ]
    for p in dev_only:
        if p.is_dir():
            removed += sum(x.stat().st_size for x in p.rglob("*") if x.is_file())
            shutil.rmtree(p)
        elif p.exists():
            removed += p.stat().st_size
            p.unlink()
    print(f"build_deb: left out {removed / 1e6:.0f} MB of unused Qt modules and tools", flush=True)


def byte_compile(opt: Path) -> None:
    # unchecked-hash: valid whatever the file times, never re-checked against the source
    # (the yimen user cannot write /opt anyway); -j0: both cores
    ok = compileall.compile_dir(
        str(opt / "lib" / PY_NAME),
        quiet=1,
        workers=0,
        invalidation_mode=__import__("py_compile").PycInvalidationMode.UNCHECKED_HASH,
        # tracebacks name /opt/yimen/..., not the build folder
        stripdir=str(opt.parent.parent),
        prependdir="/",
    )
    if not ok:
        print("build_deb: some files did not compile (templates and test data are expected)", flush=True)


def shared_library_depends(opt: Path) -> list[str]:
    """Debian packages owning the libraries ELF files under ``opt`` need from outside it."""
    needed: set[str] = set()
    elf = [p for p in opt.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p)]
    for chunk in range(0, len(elf), 200):
        out = subprocess.run(
            ["ldd", *map(str, elf[chunk : chunk + 200])], capture_output=True, text=True
        ).stdout
        for m in re.finditer(r"^\s+\S+ => (/\S+) \(", out, re.MULTILINE):
            lib = m.group(1)
            if not lib.startswith(str(opt)):
                needed.add(os.path.realpath(lib))
    # a library bundled in a wheel is found by its rpath inside opt; "not found" ones are
    # bundled too (looked up relative to $ORIGIN at run time)
    packages: set[str] = set()
    for lib in sorted(needed):
        for candidate in (lib, lib.replace("/usr/lib/", "/lib/"), lib.replace("/lib/", "/usr/lib/", 1)):
            q = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if q.returncode == 0:
                packages.add(q.stdout.split(":")[0].strip())
                break
        else:
            print(f"build_deb: warning: no Debian package owns {lib}", flush=True)
    return sorted(packages)


def _is_elf(p: Path) -> bool:
    try:
        with open(p, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def stage_files(stage: Path, deb_version: str, pep_version: str) -> None:
    opt = stage / "opt" / "yimen"
    (opt / "yimen-installation.toml").write_text(
        "# Written by installers/debian/build_deb.py: this interpreter belongs to the Debian package.\n"
        'kind = "debian"\n'
        'config_file = "/etc/yimen/yimen.toml"\n'
        'data_dir = "/var/lib/yimen"\n'
        f'version = "{pep_version}"\n',
        encoding="utf-8",
    )
    usr_bin = stage / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    wrapper = usr_bin / "yimen"
    wrapper.write_text(
        "#!/bin/sh\n"
        "# Yimen's private interpreter (-I: no PYTHON* variables, no user site-packages, no\n"
        "# current directory on the path: only what the package installed runs).\n"
        f'exec /opt/yimen/bin/{PY_NAME} -I -m yimen "$@"\n',
        encoding="utf-8",
    )
    wrapper.chmod(0o755)
    etc = stage / "etc" / "yimen"
    etc.mkdir(parents=True)
    shutil.copy2(HERE / "yimen.toml", etc / "yimen.toml")
    units = stage / "lib" / "systemd" / "system"
    units.mkdir(parents=True)
    for unit in sorted((ROOT / "installers" / "systemd").glob("*")):
        if unit.suffix in (".service", ".timer", ".target"):
            shutil.copy2(unit, units / unit.name)
    rules = stage / "usr" / "lib" / "udev" / "rules.d"
    rules.mkdir(parents=True)
    shutil.copy2(ROOT / "installers" / "udev" / "60-yimen.rules", rules / "60-yimen.rules")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(ROOT / "installers" / "desktop" / "yimen-counter.desktop", apps / "yimen-counter.desktop")
    doc = stage / "usr" / "share" / "doc" / "yimen"
    doc.mkdir(parents=True)
    for name in ("install.md", "configuration.md", "operations.md", "hall-mode.md"):
        if (ROOT / "docs" / name).exists():
            shutil.copy2(ROOT / "docs" / name, doc / name)
    (doc / "copyright").write_text(
        "Yimen (一门) — Apache-2.0. The bundled Python and the libraries under /opt/yimen keep\n"
        "their own licences: see the LICENSE files in /opt/yimen/lib and in each *.dist-info.\n",
        encoding="utf-8",
    )


def schema_revisions() -> str:
    sys.path.insert(0, str(ROOT))
    from offline_store.migrate import shipped_revisions

    return " ".join(shipped_revisions())


def control_files(stage: Path, deb_version: str, depends: list[str]) -> None:
    debian = stage / "DEBIAN"
    debian.mkdir()
    installed_kb = (
        sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    )
    (debian / "control").write_text(
        f"""Package: yimen
Version: {deb_version}
Architecture: amd64
Maintainer: Yimen maintainers <yimen@localhost>
Section: misc
Priority: optional
Installed-Size: {installed_kb}
Depends: {", ".join(depends)}
Recommends: {", ".join(RECOMMENDS)}
Description: 一门 Yimen: kiosk, counter and hall display of a government service hall
 A 24-hour touchscreen kiosk for residents, the counter app of the comprehensive
 windows and the hall display board, one store and one set of device drivers, and
 the sync of every case to the provincial platform. Carries its own Python under
 /opt/yimen; systemd units run the kiosk and the board under cage on tty1.
""",
        encoding="utf-8",
    )
    (debian / "conffiles").write_text("/etc/yimen/yimen.toml\n", encoding="utf-8")
    revisions = schema_revisions()
    for name in ("preinst", "postinst", "prerm", "postrm"):
        text = (HERE / "scripts" / name).read_text(encoding="utf-8")
        text = text.replace("@DEB_VERSION@", deb_version).replace("@SCHEMA_REVISIONS@", revisions)
        text = text.replace("@PYTHON@", f"/opt/yimen/bin/{PY_NAME}")
        (debian / name).write_text(text, encoding="utf-8")
        (debian / name).chmod(0o755)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    parser.add_argument(
        "--compression",
        default="zstd",
        choices=["zstd", "xz", "gzip", "none"],
        help="zstd (default): small and fast to build and unpack; dpkg in Debian 12 reads it",
    )
    parser.add_argument(
        "--without-camera",
        action="store_true",
        help="leave out the camera extra (OpenCV, numpy, zxing-cpp): for kiosks with a wedge or serial scanner",
    )
    args = parser.parse_args()
    for tool in ("patchelf", "dpkg-deb", "ldd"):
        if not shutil.which(tool):
            sys.exit(f"build_deb: {tool} is missing: run installers/debian/system-deps.sh (as root).")
    pep = pep440_version()
    deb = debian_version(pep)
    shutil.rmtree(args.work, ignore_errors=True)
    stage = args.work / "root"
    opt = stage / "opt" / "yimen"
    python = copy_python(opt)
    with tempfile.TemporaryDirectory() as wheels:
        install_packages(opt, python, Path(wheels), camera=not args.without_camera)
    stage_files(stage, deb, pep)
    byte_compile(opt)
    fixed = FIXED_DEPENDS if args.without_camera else FIXED_DEPENDS + CAMERA_DEPENDS
    depends = sorted(set(fixed) | set(shared_library_depends(opt)))
    control_files(stage, deb, depends)
    args.out.mkdir(parents=True, exist_ok=True)
    # the same package either way; the file says which (docs/install.md: which kiosk takes which)
    name = "yimen-without-camera" if args.without_camera else "yimen"
    target = args.out / f"{name}_{deb}_amd64.deb"
    # zstd level 9: measured 19 against 3 and 19 on this package (docs/install.md); level 19
    # took ten minutes of two cores for 23 % less
    level = {"zstd": ["-z9"], "xz": ["-z6"], "gzip": ["-z9"], "none": []}[args.compression]
    run(
        [
            "dpkg-deb",
            "--root-owner-group",
            f"-Z{args.compression}",
            *level,
            "--build",
            str(stage),
            str(target),
        ]
    )
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
