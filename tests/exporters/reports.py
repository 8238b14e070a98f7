"""Report records for the exporter tests (importable as ``reports`` from the tests' folders)."""

from __future__ import annotations

from factdesk.core.report import AppearanceLine, ClaimReport, CorrectionLine, EvidenceLine

COLOURS = {"false": "#c62828", "true": "#2e7d32", "unverified": "#9e9e9e"}


def report(**values: object) -> ClaimReport:
    fields: dict[str, object] = {
        "claim_id": "5b0c1c8e-0000-4000-8000-000000000001",
        "text": "التضخم تراجع إلى 5% في فبراير",
        "verdict_key": "false",
        "verdict_ar": "خاطئ",
        "verdict_en": "False",
        "rating_value": 1,
        "rationale": "الأرقام الرسمية تقول غير ذلك.",
        "reviewer": "سارة",
        "reviewed_at": "2024-03-04T10:00:00.123456+00:00",
        "created_at": "2024-03-02T09:00:00+00:00",
        "modified_at": "2024-03-04T12:30:00+02:00",
        "appearances": (
            AppearanceLine(
                "a1", "وزير المالية: التضخم تراجع", "الأهرام", "2024-03-01", "تراجع التضخم إلى 5%", "asserts"
            ),
            AppearanceLine("a2", "مقال ثان", "", "2024-03", "التضخم 5%", "different_figure"),
        ),
        "evidence": (
            EvidenceLine("نشرة الإحصاء", "https://example.org/cpi", "CAPMAS", "refutes", "7.2%", ""),
        ),
    }
    fields.update(values)
    return ClaimReport(**fields)  # type: ignore[arg-type]


def correction(**values: object) -> CorrectionLine:
    fields: dict[str, object] = {
        "claim_id": "5b0c1c8e-0000-4000-8000-000000000001",
        "claim": "التضخم تراجع إلى 5% في فبراير",
        "at": "2024-03-04T10:00:00+00:00",
        "verdict_key": "false",
        "verdict_ar": "خاطئ",
        "verdict_en": "False",
        "previous_ar": "لم يُتحقق منه",
        "previous_en": "Unverified",
        "reviewer": "سارة",
        "rationale": "الأرقام الرسمية تقول غير ذلك.",
    }
    fields.update(values)
    return CorrectionLine(**fields)  # type: ignore[arg-type]


#: Text a spreadsheet would otherwise take for something else: a formula, a boolean, a number, a date.
TRICKY_TEXTS = ("=1+1", "True", "FALSE", "007", "1/2", "10%", "1e5", "@SUM(A1)", "-3", "+٣", "#N/A")
