"""The files that make FactDesk a desktop application: checked quickly, without building anything.

The PyInstaller spec must name files that exist and leave out what FactDesk never imports; the
desktop entry, the AppStream metadata and the MIME type must pass the freedesktop tools
(desktop-file-validate, appstreamcli, update-mime-database: packaging/bootstrap.sh installs them for
the test run, and a missing one fails here naming its Debian package); the icon must exist in every
size a desktop asks for. The builds themselves (packaging/build_app.sh, build_deb.sh) are slow and
not part of the suite; they run FactDesk's own self-check on what they built.
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from support import REPO

LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / "org.factdesk.FactDesk.desktop"
METAINFO = LINUX / "org.factdesk.FactDesk.metainfo.xml"
MIME = LINUX / "factdesk-mime.xml"
MIME_TYPE = "application/x-factdesk"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
#: what PyInstaller's analysis finds of Qt's catalogues (a sample), as (destination, source, kind)
QT_DATAS = [
    (f"PySide6/Qt/translations/{name}.qm", f"/site/PySide6/Qt/translations/{name}.qm", "DATA")
    for name in ("qtbase_ar", "qt_ar", "qtbase_de", "qt_help_fr", "qtbase_en")
]


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    assert path, (
        f"{name} is not installed: `apt-get install {package}` (packaging/bootstrap.sh test installs it); "
        "without it the packaging files cannot be checked"
    )
    return path


def _version() -> str:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


# --------------------------------------------------------------------------------------------
# the PyInstaller spec
# --------------------------------------------------------------------------------------------


def _run_spec(platform: str = "linux", heavy: bool = False) -> dict[str, Any]:
    """Execute the spec with PyInstaller's build classes stood in for: what it would build from."""
    calls: dict[str, Any] = {}

    def recorder(name: str):
        def record(*args: Any, **kwargs: Any) -> types.SimpleNamespace:
            calls[name] = (args, kwargs)
            return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=list(QT_DATAS))

        return record

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package: []  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda package: [package]  # type: ignore[attr-defined]
    modules = {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
    }
    spec = REPO / "packaging" / "factdesk.spec"
    namespace = {name: recorder(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace.update(SPECPATH=str(spec.parent), __file__=str(spec))
    saved = {k: sys.modules.get(k) for k in modules}
    mp = pytest.MonkeyPatch()
    try:
        for name, module in modules.items():
            mp.setitem(sys.modules, name, module)
        mp.setattr(sys, "platform", platform)
        if heavy:
            mp.setenv("FACTDESK_BUNDLE_HEAVY", "1")
        else:
            mp.delenv("FACTDESK_BUNDLE_HEAVY", raising=False)
        exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    finally:
        mp.undo()
    assert all(sys.modules.get(k) is v for k, v in saved.items())
    return calls


def test_the_spec_bundles_the_entry_point_and_every_shipped_file_that_exists() -> None:
    calls = _run_spec()
    (scripts,), analysis = calls["Analysis"]
    assert [Path(s).name for s in scripts] == ["factdesk_main.py"]
    assert all(Path(s).is_file() for s in scripts)
    sources = [Path(src) for src, _ in analysis["datas"]]
    assert [s for s in sources if not s.exists()] == [], "the spec names files that do not exist"
    targets = {dest for _, dest in analysis["datas"]}
    # where factdesk.packaged looks in an installed copy, as in the wheel
    assert {
        "factdesk/resources/i18n",
        "factdesk/resources/gazetteer",
        "factdesk/resources/fonts",
        "factdesk/seeds",
    } <= targets
    assert calls["EXE"][1]["name"] == "factdesk"
    assert calls["EXE"][1]["console"] is True, "on Linux the launcher is run from a terminal too"
    assert "BUNDLE" not in calls


def test_the_spec_keeps_only_the_arabic_and_english_qt_catalogues() -> None:
    (_exe, _binaries, datas), _ = _run_spec()["COLLECT"]
    kept = {Path(dest).stem for dest, _, _ in datas}
    assert kept == {"qtbase_ar", "qt_ar", "qtbase_en"}, "Qt's Arabic buttons need qtbase_ar.qm in the bundle"


def test_the_spec_leaves_out_torch_and_camel_tools_unless_asked() -> None:
    excludes = set(_run_spec()["Analysis"][1]["excludes"])
    assert {"torch", "camel_tools", "transformers", "pandas", "scipy"} <= excludes
    # the dashboard's charts and the printable report run in the app: what they import stays in
    assert not {"numpy", "matplotlib", "PIL", "weasyprint"} & excludes
    heavy = _run_spec(heavy=True)["Analysis"][1]
    assert "torch" not in heavy["excludes"] and "torch" in heavy["hiddenimports"]


def test_the_spec_makes_a_windowed_app_bundle_on_macos_and_no_console_on_windows() -> None:
    mac = _run_spec("darwin")
    assert mac["EXE"][1]["console"] is False
    info = mac["BUNDLE"][1]["info_plist"]
    assert mac["BUNDLE"][1]["name"] == "FactDesk.app"
    assert info["CFBundleShortVersionString"] == _version()
    assert info["CFBundleDocumentTypes"][0]["CFBundleTypeExtensions"] == ["factdesk"]
    assert _run_spec("win32")["EXE"][1]["console"] is False
    for platform in ("win32", "darwin"):
        icon = Path(_run_spec(platform)["EXE"][1]["icon"])
        assert icon.is_file() and _png_size(icon) == (512, 512)
    assert _run_spec("darwin")["BUNDLE"][1]["icon"] == _run_spec("darwin")["EXE"][1]["icon"]


# --------------------------------------------------------------------------------------------
# the desktop entry, the MIME type, the AppStream metadata
# --------------------------------------------------------------------------------------------


def test_the_desktop_entry_validates_and_opens_project_files() -> None:
    done = subprocess.run(
        [_tool("desktop-file-validate", "desktop-file-utils"), DESKTOP], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    fields = entry["Desktop Entry"]
    assert fields["Exec"] == "factdesk %f", "a double-clicked project must reach the app as its argument"
    assert MIME_TYPE in fields["MimeType"].split(";")
    assert fields["Icon"] == "factdesk"
    assert fields["Name[ar]"] and fields["Comment[ar]"], "the desktop entry has no Arabic name"


def test_the_mime_type_registers_factdesk_files(tmp_path: Path) -> None:
    root = ET.parse(MIME).getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    [kind] = root.findall("m:mime-type", ns)
    assert kind.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.factdesk"]
    # the database a desktop would build from it: *.factdesk files are of this type
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME, tmp_path / "packages" / "factdesk.xml")
    done = subprocess.run(
        [_tool("update-mime-database", "shared-mime-info"), "-V", tmp_path], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "warning" not in (done.stdout + done.stderr).lower(), done.stdout + done.stderr
    globs = (tmp_path / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"80:{MIME_TYPE}:*.factdesk" in globs


def test_the_appstream_metadata_is_complete_and_validates() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    for tag in ("id", "name", "summary", "description", "metadata_license", "project_license"):
        assert root.find(tag) is not None and "".join(root.find(tag).itertext()).strip(), f"no <{tag}>"
    assert root.findtext("id") == DESKTOP.stem
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("provides/binary") == "factdesk"
    assert root.find("releases/release").get("version") == _version(), (
        "the newest release is not this version"
    )
    done = subprocess.run(
        [_tool("appstreamcli", "appstream"), "validate", "--no-net", METAINFO], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


# --------------------------------------------------------------------------------------------
# the icons
# --------------------------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_the_icon_exists_in_each_size(size: int) -> None:
    folder = REPO / "resources" / "icons" / "hicolor" / f"{size}x{size}"
    for png in (folder / "apps" / "factdesk.png", folder / "mimetypes" / "application-x-factdesk.png"):
        assert png.is_file(), f"{png} is missing: run packaging/render_icons.py"
        assert _png_size(png) == (size, size)
    assert (REPO / "resources" / "icons" / "factdesk.svg").is_file()


def test_the_about_box_licence_is_the_projects() -> None:
    import factdesk

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert factdesk.__license__ == project["license"]["text"]
    assert factdesk.__version__ == project["version"]
