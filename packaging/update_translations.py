"""Collect every translatable string of factdesk/ui, update resources/i18n/factdesk_ar.ts and compile it.

Strings come from ``self.tr("…")``, ``tr("…")`` (module helpers) and
``QCoreApplication.translate("Context", "…")`` / ``t("Context", "…")`` calls, and from the label
tables of ``factdesk.core.labels`` (roles, stances, source kinds, reliability, operations). Existing
translations are kept; new strings are added as unfinished for a translator (Qt Linguist works
on the same file). A string with ``%n`` is written as a plural message: Arabic has six plural
forms in Qt, in this order (:data:`PLURAL_FORMS`): zero, one (1), two (2), few (3–10), many (11–99)
and other (100, 101, 102…, by the last two digits). Each is written in real Arabic («في مقال واحد»،
«في مقالين»، «في 3 مقالات»، «في 11 مقالًا»، «في 100 مقال»); a plural message that has only one text
is copied into all six, as a start for the translator.
The window loads the compiled catalogue, ``factdesk_ar.qm``, which this script then rebuilds with
``pyside6-lrelease`` (shipped with PySide6); both files are committed, and a test checks that the
``.qm`` is exactly what lrelease makes of the ``.ts``. ``--check`` only reports what is missing,
with a non-zero exit.

    python packaging/update_translations.py [--check]
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "factdesk" / "ui"
TS = REPO / "resources" / "i18n" / "factdesk_ar.ts"
QM = TS.with_suffix(".qm")
#: Qt's Arabic plural forms, in the order Qt's Linguist tools and QTranslator use them, each with
#: the counts it covers (Qt's rule: n == 0, 1, 2; n % 100 in 3..10; n % 100 >= 11; the rest).
PLURAL_FORMS = ("zero", "one", "two", "few", "many", "other")
NUMERUS_FORMS = len(PLURAL_FORMS)


def plural_form(n: int) -> int:
    """The index in :data:`PLURAL_FORMS` that Qt picks for the count ``n`` in Arabic."""
    if n in (0, 1, 2):
        return n
    if 3 <= n % 100 <= 10:
        return 3
    if n % 100 >= 11:
        return 4
    return 5


def collect() -> list[tuple[str, str]]:
    """(context, source) pairs in a stable order."""
    found: dict[tuple[str, str], None] = {}
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module_context = "".join(part.capitalize() for part in path.stem.split("_"))
        classes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
        inside_class = {id(n) for c in classes for n in ast.walk(c) if n is not c}
        for cls_or_mod in [tree, *classes]:
            context = cls_or_mod.name if isinstance(cls_or_mod, ast.ClassDef) else module_context
            for node in ast.walk(cls_or_mod):
                if not isinstance(node, ast.Call):
                    continue
                if cls_or_mod is tree and id(node) in inside_class:
                    continue  # counted once, under its class
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = [
                    a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
                ]
                if name in ("tr", "_t") and args and isinstance(node.args[0], ast.Constant):
                    # self.tr: the class is the context; a module's tr()/_t() helper: the module
                    ctx = context if isinstance(func, ast.Attribute) else module_context
                    found[(ctx, args[0])] = None
                elif name in ("translate", "t") and len(args) >= 2 and isinstance(node.args[1], ast.Constant):
                    found[(args[0], args[1])] = None
    sys.path.insert(0, str(REPO))
    from factdesk.core import labels  # Qt-free: the words both interfaces show

    for pair in labels.translatable():
        found[pair] = None
    return list(found)


def load(path: Path) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") == "unfinished":
                continue
            forms = [f.text or "" for f in node.iter("numerusform")]
            text = forms[0] if forms else node.text
            if text:
                out[(name, message.findtext("source") or "")] = text
    return out


def load_plurals(path: Path) -> dict[tuple[str, str], list[str]]:
    """The plural forms of each translated ``%n`` message, in :data:`PLURAL_FORMS` order."""
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") == "unfinished" or message.get("numerus") != "yes":
                continue
            forms = [f.text or "" for f in node.iter("numerusform")]
            if len(forms) == NUMERUS_FORMS and all(forms):
                out[(name, message.findtext("source") or "")] = forms
    return out


def one_text_for_every_count(
    pairs: list[tuple[str, str]], plurals: dict[tuple[str, str], list[str]]
) -> list[tuple[str, str]]:
    """Translated ``%n`` messages whose six forms are one text: «في مقالات عددها 1» is not Arabic."""
    by_source = {src: forms for (_ctx, src), forms in plurals.items()}
    return [
        (ctx, src)
        for ctx, src in pairs
        if "%n" in src
        and len(set(plurals.get((ctx, src)) or by_source.get(src) or [""])) == 1
        and (plurals.get((ctx, src)) or by_source.get(src))
    ]


def write(
    path: Path,
    pairs: list[tuple[str, str]],
    known: dict[tuple[str, str], str],
    plurals: dict[tuple[str, str], list[str]] | None = None,
) -> list[tuple[str, str]]:
    plurals = plurals or {}
    by_source = {src: text for (_ctx, src), text in known.items()}
    plural_by_source = {src: forms for (_ctx, src), forms in plurals.items()}
    root = ET.Element("TS", version="2.1", language="ar")
    missing = []
    contexts: dict[str, list[str]] = {}
    for ctx, src in pairs:
        contexts.setdefault(ctx, []).append(src)
    for ctx in sorted(contexts):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for src in contexts[ctx]:
            m = ET.SubElement(c, "message")
            plural = "%n" in src
            if plural:
                m.set("numerus", "yes")
            ET.SubElement(m, "source").text = src
            text = known.get((ctx, src)) or by_source.get(src)
            t = ET.SubElement(m, "translation")
            if text and plural:
                forms = plurals.get((ctx, src)) or plural_by_source.get(src) or [text] * NUMERUS_FORMS
                for form in forms:
                    ET.SubElement(t, "numerusform").text = form
            elif text:
                t.text = text
            else:
                t.set("type", "unfinished")
                missing.append((ctx, src))
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )
    return missing


def lrelease() -> str:
    """The ``pyside6-lrelease`` beside this Python (a venv's bin/) or on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials (pip install -e '.[dev]').")
    return found


def compile_catalogue(ts: Path = TS, qm: Path = QM) -> None:
    """``ts`` compiled into ``qm`` by Qt's own lrelease: what the window loads."""
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    pairs = collect()
    known = load(TS)
    if "--check" in sys.argv:
        by_source = {src for (_c, src) in known}
        missing = [(c, s) for c, s in pairs if (c, s) not in known and s not in by_source]
    else:
        missing = write(TS, pairs, known, load_plurals(TS))
        compile_catalogue()
    for ctx, src in missing:
        print(f"untranslated: [{ctx}] {src}")
    uncounted = one_text_for_every_count(pairs, load_plurals(TS))
    for ctx, src in uncounted:
        print(f"one text for every count (give it its six Arabic forms): [{ctx}] {src}")
    print(f"{len(pairs)} strings, {len(missing)} untranslated, {len(uncounted)} plurals without their forms")
    return 1 if missing or uncounted else 0


if __name__ == "__main__":
    sys.exit(main())
