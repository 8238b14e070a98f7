"""Every action of the window, its shortcut and its text, declared in one place.

Texts are set in :meth:`Actions.retranslate` (called again when the language changes), so that
no action text is scattered across the widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from factdesk.core.verdicts import DEFAULT_SCALE
from factdesk.ui.widgets import literal

StdKey = QKeySequence.StandardKey

#: name -> shortcut (a standard key or a string); None for no shortcut.
SHORTCUTS: dict[str, QKeySequence.StandardKey | str | None] = {
    "new_project": StdKey.New,
    "open_project": StdKey.Open,
    "open_demo": None,
    "save_copy": StdKey.SaveAs,
    "show_in_folder": None,
    "import_files": "Ctrl+I",
    "import_folder": None,
    "paste_article": "Ctrl+Shift+V",
    "export_csv": "Ctrl+E",
    "export_report": "Ctrl+Shift+X",
    "dashboard": "Ctrl+Shift+B",
    "check_project": None,
    "backup_now": None,
    "restore_backup": None,
    "close_project": StdKey.Close,
    "quit": StdKey.Quit,
    "undo": StdKey.Undo,
    "redo": StdKey.Redo,
    "preferences": StdKey.Preferences,
    "new_claim": "Ctrl+Return",
    "link_claim": "Ctrl+L",
    "mark_span": "Ctrl+M",
    "add_evidence": "Ctrl+Shift+E",
    "edit_rationale": "Ctrl+R",
    "delete_claim": "Ctrl+Shift+Delete",
    "delete_span": None,
    "find": StdKey.Find,
    "next_hit": StdKey.FindNext,
    "previous_hit": StdKey.FindPrevious,
    "compare": "Ctrl+D",
    "show_invisibles": "Ctrl+Shift+I",
    # check-worthy sentences: F7 as a word processor's proofing marks, F8 to the next one
    "show_suggestions": "F7",
    "claim_suggestion": "Ctrl+Shift+Return",
    "next_suggestion": "F8",
    "previous_suggestion": "Shift+F8",
    "add_source": None,
    "factcheck_library": None,
    "check_published": "Ctrl+Shift+K",
    "language_ar": None,
    "language_en": None,
    "about": None,
}
#: One key per verdict: Ctrl+1 … Ctrl+8 in the order of the default scale.
VERDICT_SHORTCUTS = {v.key: f"Ctrl+{i + 1}" for i, v in enumerate(DEFAULT_SCALE)}


class Actions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.by_name: dict[str, QAction] = {}
        for name, key in SHORTCUTS.items():
            action = QAction(parent)
            action.setObjectName(name)
            if key is not None:
                action.setShortcut(QKeySequence(key))
            self.by_name[name] = action
        self.verdicts: dict[str, QAction] = {}
        for key, shortcut in VERDICT_SHORTCUTS.items():
            action = QAction(parent)
            action.setObjectName(f"verdict_{key}")
            action.setShortcut(QKeySequence(shortcut))
            action.setData(key)
            self.verdicts[key] = action
        self.by_name["show_invisibles"].setCheckable(True)
        self.by_name["show_suggestions"].setCheckable(True)
        for name in ("language_ar", "language_en"):
            self.by_name[name].setCheckable(True)
        self.retranslate()

    def __getattr__(self, name: str) -> QAction:
        try:
            return self.__dict__["by_name"][name]
        except KeyError:
            raise AttributeError(name) from None

    def retranslate(self, verdict_labels: dict[str, str] | None = None) -> None:
        t = QCoreApplication.translate
        texts = {
            "new_project": t("Actions", "&New project…"),
            "open_project": t("Actions", "&Open project…"),
            "open_demo": t("Actions", "Open the &demo project"),
            "save_copy": t("Actions", "Save a &copy…"),
            "show_in_folder": t("Actions", "Show in f&older"),
            "import_files": t("Actions", "&Import files…"),
            "import_folder": t("Actions", "Import a &folder…"),
            "paste_article": t("Actions", "&Paste an article…"),
            "export_csv": t("Actions", "&Export the CSV report…"),
            "export_report": t("Actions", "Export the report (&XLSX, ODS, CSV)…"),
            "dashboard": t("Actions", "Project &dashboard and printable report…"),
            "check_project": t("Actions", "&Check the project's integrity"),
            "backup_now": t("Actions", "Make a &backup now"),
            "restore_backup": t("Actions", "&Restore a backup…"),
            "close_project": t("Actions", "C&lose project"),
            "quit": t("Actions", "&Quit"),
            "undo": t("Actions", "&Undo"),
            "redo": t("Actions", "&Redo"),
            "preferences": t("Actions", "&Preferences…"),
            "new_claim": t("Actions", "&New claim from selection"),
            "link_claim": t("Actions", "&Link selection to a claim…"),
            "mark_span": t("Actions", "&Mark selection without a claim"),
            "add_evidence": t("Actions", "Add selection as &evidence…"),
            "edit_rationale": t("Actions", "Edit &rationale"),
            "delete_claim": t("Actions", "&Delete claim…"),
            "delete_span": t("Actions", "Delete &highlight"),
            "find": t("Actions", "&Search the project"),
            "next_hit": t("Actions", "Next &hit"),
            "previous_hit": t("Actions", "&Previous hit"),
            "compare": t("Actions", "&Compare two articles…"),
            "show_invisibles": t("Actions", "Show &invisible characters"),
            "show_suggestions": t("Actions", "Show check-&worthy sentences"),
            "claim_suggestion": t("Actions", "New claim from the check-worthy &sentence"),
            "next_suggestion": t("Actions", "Next check-worthy sentence"),
            "previous_suggestion": t("Actions", "Previous check-worthy sentence"),
            "add_source": t("Actions", "Add &source"),
            "factcheck_library": t("Actions", "&Fact-check library…"),
            "check_published": t("Actions", "Already fact-checked? (the selected words)"),
            "language_ar": t("Actions", "العربية"),
            "language_en": t("Actions", "English"),
            "about": t("Actions", "&About FactDesk"),
        }
        for name, text in texts.items():
            self.by_name[name].setText(text)
            tip = text.replace("&", "").rstrip("…")
            self.by_name[name].setToolTip(literal(tip))
            self.by_name[name].setStatusTip(tip)
        from factdesk.ui.labels import verdict_text

        # with no project open, the default scale's words (the keys are not for reading)
        default = {v.key: verdict_text(v.label_ar, v.label_en) for v in DEFAULT_SCALE}
        for key, action in self.verdicts.items():
            label = (verdict_labels or {}).get(key) or default.get(key, key)
            action.setText(t("Actions", "Verdict: %1").replace("%1", label))
