"""PySide6 6.12.0 on Python 3.11 corrupts None's reference count on every void method call and
eventually crashes; pyproject pins it away. This guards the pin."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor, QTextDocument


def test_a_thousand_void_qt_calls_leave_none_refcount_unchanged(qapp) -> None:
    doc = QTextDocument("مقتل أكثر من 80 مسلحاً في الرقة " * 20)
    cursor = QTextCursor(doc)
    for _ in range(50):  # warm up caches that legitimately hold None
        cursor.setPosition(1)
    before = sys.getrefcount(None)
    for i in range(1000):
        cursor.setPosition(i % 100)
    after = sys.getrefcount(None)
    assert abs(after - before) < 50, f"None refcount moved by {after - before} over 1000 void calls"
