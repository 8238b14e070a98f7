"""Every action of the window, its shortcut and its text, declared in one place.

Texts are set in :meth:`Actions.retranslate` (called again when the language changes), so that
no action text is scattered across the widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
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
    "import_annotations": None,
    "export_csv": "Ctrl+E",
    "project_settings": None,
    "export_report": "Ctrl+Shift+X",
    "export_claimreview": None,
    "export_annotations": None,
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
    "attach_evidence": None,
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
    "edit_article": None,
    "delete_article": None,
    "factcheck_library": None,
    "check_published": "Ctrl+Shift+K",
    "edit_scale": None,
    # moving by keyboard: to each part of the window, and to the highlight under the caret
    "focus_articles": "Alt+1",
    "focus_reader": "Alt+2",
    "focus_claims": "Alt+3",
    "focus_detail": "Alt+4",
    "select_highlight": "Ctrl+Shift+H",
    "language_ar": None,
    "language_en": None,
    "keyboard_shortcuts": "F1",
    "guided_tour": None,
    "about": None,
}
#: One key per place in the project's scale: Ctrl+1 sets the first verdict, Ctrl+2 the second …
#: (the keys follow the scale as it is edited; verdicts beyond the ninth are in the menu only).
VERDICT_KEYS = tuple(f"Ctrl+{n}" for n in range(1, 10))


def verdict_shortcut(place: int) -> str:
    """The key that sets the verdict at ``place`` (from 0) of the scale; empty beyond the ninth."""
    return VERDICT_KEYS[place] if 0 <= place < len(VERDICT_KEYS) else ""


def key_sequence(key: QKeySequence.StandardKey | str | None) -> QKeySequence | None:
    """The key sequence a shortcut of :data:`SHORTCUTS` stands for on this platform (a standard
    key's first binding, as Qt gives it), or None."""
    if key is None:
        return None
    sequence = QKeySequence(key)
    return None if sequence.isEmpty() else sequence


def all_shortcuts() -> list[tuple[str, QKeySequence]]:
    """(action name, key) for every action with a key, in the order of the table; what the
    actions are given and what Help → Keyboard shortcuts lists."""
    found = [(name, key_sequence(key)) for name, key in SHORTCUTS.items()]
    found += [(f"verdict_place_{n}", QKeySequence(k)) for n, k in enumerate(VERDICT_KEYS, 1)]
    return [(name, seq) for name, seq in found if seq is not None]


class Actions(QObject):
    #: a verdict action was triggered: the key of the verdict at its place in the scale
    verdictChosen = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.by_name: dict[str, QAction] = {}
        for name, key in SHORTCUTS.items():
            action = QAction(parent)
            action.setObjectName(name)
            sequence = key_sequence(key)
            if sequence is not None:
                action.setShortcut(sequence)
            self.by_name[name] = action
        #: one action per place in the scale, in order (each carries its verdict's key as data)
        self.verdict_slots: list[QAction] = []
        self._parent = parent
        self.verdicts: dict[str, QAction] = {}
        self.set_scale([v.key for v in DEFAULT_SCALE])
        self.by_name["show_invisibles"].setCheckable(True)
        self.by_name["show_suggestions"].setCheckable(True)
        for name in ("language_ar", "language_en"):
            self.by_name[name].setCheckable(True)
        self.retranslate()

    def set_scale(self, keys: list[str]) -> bool:
        """Give the verdict actions the project's scale, in order: the action at each place sets
        that verdict and has that place's key. True when the menu needs rebuilding (more or fewer
        places than before)."""
        grew = len(keys) != len(self.verdict_slots)
        while len(self.verdict_slots) < len(keys):
            action = QAction(self._parent)
            shortcut = verdict_shortcut(len(self.verdict_slots))
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setObjectName(f"verdict_place_{len(self.verdict_slots) + 1}")
            action.triggered.connect(lambda _checked=False, a=action: self.verdictChosen.emit(str(a.data())))
            self.verdict_slots.append(action)
        for action in self.verdict_slots[len(keys) :]:
            action.deleteLater()
        del self.verdict_slots[len(keys) :]
        self.verdicts = {}
        for action, key in zip(self.verdict_slots, keys, strict=True):
            action.setData(key)
            self.verdicts[key] = action
        return grew

    def action_named(self, name: str) -> QAction | None:
        """An action by its name: one of :data:`SHORTCUTS`, or a place of the verdict scale
        («verdict_place_3»: the action Ctrl+3 triggers, whichever verdict is third)."""
        if name.startswith("verdict_place_"):
            place = int(name.removeprefix("verdict_place_") or 0) - 1
            return self.verdict_slots[place] if 0 <= place < len(self.verdict_slots) else None
        return self.by_name.get(name)

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
            "import_annotations": t("Actions", "Import &annotations (W3C, Hypothesis)…"),
            "export_csv": t("Actions", "&Export the CSV report…"),
            "project_settings": t("Actions", "Project se&ttings…"),
            "export_report": t("Actions", "Export the report (&XLSX, ODS, CSV)…"),
            "export_claimreview": t("Actions", "Export ClaimRe&view (JSON-LD)…"),
            "export_annotations": t("Actions", "Export W3C &Web Annotations (JSON-LD)…"),
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
            "attach_evidence": t("Actions", "Add evidence from a s&ource…"),
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
            "edit_article": t("Actions", "Edit the article's &details…"),
            "delete_article": t("Actions", "Delete the &article…"),
            "factcheck_library": t("Actions", "&Fact-check library…"),
            "check_published": t("Actions", "Already fact-checked? (the selected words)"),
            "edit_scale": t("Actions", "Edit the verdict &scale…"),
            "focus_articles": t("Actions", "Go to the &article list"),
            "focus_reader": t("Actions", "Go to the &reader"),
            "focus_claims": t("Actions", "Go to the &claims table"),
            "focus_detail": t("Actions", "Go to the claim's &detail"),
            "select_highlight": t("Actions", "Select the &highlight at the cursor"),
            "keyboard_shortcuts": t("Actions", "&Keyboard shortcuts"),
            "guided_tour": t("Actions", "&Guided tour"),
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

        # with no project open, the default scale's words (the keys are not for reading); with one,
        # its scale in its order (``verdict_labels`` is ordered)
        default = {v.key: verdict_text(v.label_ar, v.label_en) for v in DEFAULT_SCALE}
        self.set_scale(list(verdict_labels) if verdict_labels else [v.key for v in DEFAULT_SCALE])
        for key, action in self.verdicts.items():
            label = (verdict_labels or {}).get(key) or default.get(key, key)
            action.setText(t("Actions", "Verdict: %1").replace("%1", label))
