"""``load``: every text file imports as the right text, whatever its encoding, with what it found.

The encoded files are third-party texts kept beside the project in ../shared/corpus/encodings; they
are read at run time. Each test checks a phrase that only the right decoding yields (the wrong code
pages turn the same bytes into other letters, accented Latin or box drawing).
"""

from __future__ import annotations

import codecs
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from support import garble, shared

from factdesk.importers import ImportResult, apply_news_conventions, load
from factdesk.importers.errors import ImportRefused
from factdesk.importers.plaintext import decode_text, detect_text, repair_mojibake

# (file, what it really is, a phrase only the right decoding gives, its format)
ENCODED = [
    (
        "TRANSCODED_cp1256_CRLF__snn_004_okaz_3803w.txt",
        "cp1256",
        "ننتظر «عاصفة وردية» للتخلص من تسلط الرجال",
        "text",
    ),
    (
        "TRANSCODED_cp1256__snn_002_aawsat_5136w.txt",
        "cp1256",
        "سلمان يؤسس لدولة المستقبل خلال مائة يوم",
        "text",
    ),
    ("chardet__cp720-arabic__culturax_mC4_98641.txt", "cp720", "جريدة الرياض | يا واسع المغفرة", "text"),
    (
        "chardet__iso-8859-6-arabic___chromium_ISO-8859-6_with_no_encoding_specified.html",
        "iso8859-6",
        "أعلنت كتائب الشهيد عز الدين القسام الذراع العسكري",
        "html",
    ),
    ("chardet__iso-8859-6-arabic___ude_1.txt", "iso8859-6", "اللُّغَة العَرَبِيّة هي أكثر اللغات السامية", "text"),
    ("chardet__iso-8859-6-arabic__culturax_mC4_98641.txt", "iso8859-6", "ما أقسى لحظات الفجيعة", "text"),
    ("chardet__utf-16-arabic__culturax_mC4_98638.txt", "utf-16-le", "يمكنك استخدام المؤشر بشكل عام", "text"),
    (
        "chardet__utf-16be-arabic__culturax_mC4_98638.txt",
        "utf-16-be",
        "يمكنك استخدام المؤشر بشكل عام",
        "text",
    ),
    (
        "chardet__utf-32le-arabic__culturax_mC4_98638.txt",
        "utf-32-le",
        "يمكنك استخدام المؤشر بشكل عام",
        "text",
    ),
    ("chardet__utf-8-arabic__culturax_mC4_98638.txt", "utf-8", "يمكنك استخدام المؤشر بشكل عام", "text"),
    (
        "chardet__windows-1256-arabic___chromium_windows-1256_with_no_encoding_specified.html",
        "cp1256",
        "أعلنت كتائب الشهيد عز الدين القسام الذراع العسكري",
        "html",
    ),
    ("chardet__windows-1256-arabic___ude_1.txt", "cp1256", "اللُّغَة العَرَبِيّة هي أكثر اللغات السامية", "text"),
    (
        "chardet__windows-1256-arabic__culturax_OSCAR-2109_98639.txt",
        "cp1256",
        "و معنا أيضا الأستاذ صفاء العتابي",
        "text",
    ),
    (
        "chardet__windows-1256-arabic__culturax_mC4_98635.txt",
        "cp1256",
        "دورة تكوينية حول الإعلام، القوانين",
        "text",
    ),
    ("chardet__windows-1256-arabic__culturax_mC4_98641.txt", "cp1256", "ما أقسى لحظات الفجيعة", "text"),
    (
        "charset_normalizer__sample-arabic-1.txt",
        "cp1256",
        "بالموازاة مع ذلك وللإشارة إلى المنطقة المغاربية",
        "text",
    ),
    (
        "charset_normalizer__sample-arabic.txt",
        "utf-8",
        "بالموازاة مع ذلك وللإشارة إلى المنطقة المغاربية",
        "text",
    ),
]


def encoded(name: str) -> Path:
    return shared("corpus", "encodings", name)


def test_every_file_of_the_encodings_folder_has_a_test() -> None:
    on_disk = {path.name for path in shared("corpus", "encodings").iterdir()}
    assert on_disk == {name for name, *_ in ENCODED}


@pytest.mark.parametrize(("name", "codec", "phrase", "fmt"), ENCODED, ids=[e[0][:48] for e in ENCODED])
def test_each_encoded_file_imports_as_the_right_text(name: str, codec: str, phrase: str, fmt: str) -> None:
    result = load(encoded(name), name="")
    assert phrase in result.raw_text
    assert result.encoding == codec
    assert result.format == fmt
    assert result.encoding_confident
    assert "\r" not in result.raw_text and "\ufffd" not in result.raw_text
    assert result.language == "ar"
    if codec not in ("utf-8", "utf-16-le"):  # guessed: no byte order mark, not UTF-8
        assert any(w.startswith("encoding guessed as") for w in result.warnings), result.warnings
    else:
        assert not any("guessed" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("legacy", "original"),
    [
        ("TRANSCODED_cp1256__snn_002_aawsat_5136w.txt", "snn_002.txt"),
        ("TRANSCODED_cp1256_CRLF__snn_004_okaz_3803w.txt", "snn_004.txt"),
    ],
)
def test_a_long_article_in_windows_1256_imports_exactly_as_its_utf8_original(
    legacy: str, original: str
) -> None:
    guessed = load(encoded(legacy), name="")
    utf8 = load(shared("corpus", "articles", original), name="")
    assert guessed.raw_text == utf8.raw_text
    assert guessed.text == utf8.text and guessed.title == utf8.title
    assert "encoding guessed as Windows-1256 (confidence 1.00)" in guessed.warnings


def test_the_guess_offers_the_other_decodings_as_previews() -> None:
    result = load(encoded("chardet__iso-8859-6-arabic__culturax_mC4_98641.txt"), name="")
    codecs_offered = [codec for codec, _ in result.encoding_candidates]
    assert codecs_offered[0] == "iso8859-6"
    assert "cp1256" in codecs_offered
    previews = dict(result.encoding_candidates)
    assert previews["iso8859-6"].startswith("جريدة الرياض")
    assert not previews["cp1256"].startswith("جريدة الرياض")  # cp1256 reads these bytes as other letters


def test_a_chosen_encoding_still_forces_the_decoding() -> None:
    iso = encoded("chardet__iso-8859-6-arabic__culturax_mC4_98641.txt")
    forced = load(iso, name="", encoding="cp1256")
    assert forced.encoding == "cp1256"
    assert "ما أقسى لحظات الفجيعة" not in forced.raw_text  # the user's choice is taken, even when wrong
    assert not any("guessed" in w for w in forced.warnings)
    with pytest.raises(ImportRefused) as caught:
        load(encoded("chardet__windows-1256-arabic__culturax_mC4_98641.txt"), name="", encoding="iso-8859-6")
    assert caught.value.reason == "undecodable"
    assert "--encoding" in str(caught.value)


def test_a_short_legacy_text_is_a_guess_without_confidence_with_candidates() -> None:
    data = "مقتل أكثر من 80 مسلحاً".encode("cp1256")
    result = load(data, name="short.txt")
    assert result.encoding == "cp1256" and result.raw_text == "مقتل أكثر من 80 مسلحاً"
    assert not result.encoding_confident
    assert result.encoding_candidates[0] == ("cp1256", "مقتل أكثر من 80 مسلحاً")
    assert len(result.encoding_candidates) > 1
    assert "low confidence" in result.warnings[0]


def test_text_without_arabic_in_a_legacy_encoding_is_a_guess_to_confirm() -> None:
    data = ("Le ministère a publié un communiqué détaillé sur la région. " * 4).encode("cp1252")
    result = load(data, name="fr.txt")
    assert "ministère" in result.raw_text and "publié" in result.raw_text
    assert result.encoding == "cp1252"
    # Latin code pages differ on «è»: without Arabic to judge by, the guess is offered, not taken.
    assert not result.encoding_confident
    assert any("ministčre" in preview for _, preview in result.encoding_candidates)
    assert result.language == ""


def test_byte_order_marks_are_honoured_and_dropped() -> None:
    phrase = "قالت الوزارة إن الضربات وجهت إلى الأهداف"
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ):
        result = load(bom + phrase.encode(codec), name="x.txt")
        assert (result.raw_text, result.encoding) == (phrase, codec)


def test_strict_decode_text_keeps_refusing_what_it_cannot_be_sure_of() -> None:
    # The old, certain-only function is unchanged; guessing lives in detect_text and load.
    data = encoded("chardet__windows-1256-arabic__culturax_mC4_98641.txt").read_bytes()
    with pytest.raises(ImportRefused) as caught:
        decode_text(data)
    assert caught.value.reason == "not-utf8"
    assert detect_text(data).encoding == "cp1256"


# --- mojibake -----------------------------------------------------------------------------------------

# Written for these tests.
CLEAN = "قالت الوزارة إن «36 سيارة» دُمّرت أمس في الرقة، وأكّد المصدر ذلك. و هو خبر مؤكد."


@pytest.mark.parametrize("codec", ["cp1256", "cp1252", "latin-1"])
def test_mojibake_inside_utf8_is_repaired_with_a_warning(codec: str) -> None:
    garbled = garble(CLEAN, codec)
    assert garbled != CLEAN
    result = load(("عنوان سليم تماما\n\n" + garbled).encode("utf-8"), name="garbled.txt")
    assert result.raw_text == "عنوان سليم تماما\n\n" + CLEAN
    assert result.encoding == "utf-8"
    assert any(w.startswith("mojibake repaired") for w in result.warnings)


def test_correct_arabic_is_never_taken_for_mojibake() -> None:
    # Letters of the Windows-1256 upper half side by side («ط،» is valid UTF-8 once re-encoded).
    text = "شرط، ضبط؟ ربط» خطأ «ظلم» ظ، ط؛ قال: نعم"
    assert repair_mojibake(text) == (text, 0, None)


def test_no_file_of_the_corpus_is_taken_for_mojibake() -> None:
    # The chardet UTF-8 sample holds «ƈօթყ» (look-alike letters spelling "copy"): odd, but not mojibake.
    for folder in ("encodings", "articles", "html"):
        for path in sorted(shared("corpus", folder).iterdir()):
            result = load(path, name="")
            assert not any("mojibake" in w for w in result.warnings), path.name
    assert "ƈօթყ" in load(encoded("chardet__utf-8-arabic__culturax_mC4_98638.txt"), name="").raw_text


# --- the result -------------------------------------------------------------------------------------

ARTICLE = (
    "مقتل أكثر من 80 مسلحاً\n\n"
    "موسكو ـ حسن عمارة\n"
    "أعلنت وزارة الدفاع مقتل أكثر من 80 مسلحاً أثناء خروجهم من \u202bالرَّقة\u202c ليل 30 مايو.\n"
    "ﻣﺼﺎﺩﺭ ﻣﺤﻠﻴﺔ أكدت الخبر ـــ\u200b\n"
    "أرسل تعليقك\n"
)


def test_the_result_holds_text_metadata_removals_and_hidden_counts() -> None:
    result = load(ARTICLE.replace("\n", "\r\n").encode("utf-8"), name="a.txt")
    assert isinstance(result, ImportResult)
    assert result.title == "مقتل أكثر من 80 مسلحاً"
    assert (result.place, result.author) == ("موسكو", "حسن عمارة")
    assert result.removed_head == ("مقتل أكثر من 80 مسلحاً", "موسكو ـ حسن عمارة")
    assert result.removed_tail == ("أرسل تعليقك",)
    assert result.text.startswith("أعلنت وزارة الدفاع") and "أرسل تعليقك" not in result.text
    assert result.raw_text.startswith("مقتل أكثر من 80 مسلحاً\n\nموسكو") and result.raw_text.endswith(
        "أرسل تعليقك"
    )
    assert "مصادر محلية" in result.text  # presentation forms folded, by default
    assert result.hidden == {"bidi_controls": 2, "zero_width": 1, "presentation_forms": 0, "tatweel": 3}
    assert any("10 Arabic presentation forms" in w for w in result.warnings)
    assert (result.format, result.encoding, result.language) == ("text", "utf-8", "ar")
    assert result.encoding_confident and result.encoding_candidates == ()
    assert (result.published, result.outlet, result.url) == ("", "", "")
    with pytest.raises(FrozenInstanceError):
        result.text = "x"  # type: ignore[misc]


def test_news_conventions_can_be_applied_again_to_the_raw_text() -> None:
    result = load(ARTICLE.encode("utf-8"), name="a.txt")
    again = apply_news_conventions(result.raw_text)
    assert (again.text, again.removed_tail) == (result.text, result.removed_tail)


def test_presentation_forms_can_be_kept() -> None:
    result = load(ARTICLE.encode("utf-8"), name="a.txt", fold_presentation_forms=False)
    assert "ﻣﺼﺎﺩﺭ ﻣﺤﻠﻴﺔ" in result.text
    assert result.hidden["presentation_forms"] == 10


def test_folding_touches_the_presentation_form_ranges_only() -> None:
    # NFKC would also change the no-break space, the ligature «ﬁ», full-width digits and superscripts;
    # folding must not, and must leave the BOM (U+FEFF) at the end of the last block alone.
    others = "x\u00a0y ﬁ ２٣ ² \ufeff\ufefd\ufefe ئ"
    result = load(("نص ﻻ ﷲ " + others).encode("utf-8"), name="a.txt")
    assert result.raw_text == "نص لا الله " + others


def test_a_file_path_and_a_name_from_it(tmp_path: Path) -> None:
    path = tmp_path / "مقال.txt"
    path.write_bytes(ARTICLE.encode("cp1256", errors="ignore"))
    result = load(path, name="")
    assert result.encoding == "cp1256"
    with pytest.raises(ImportRefused) as caught:
        load(tmp_path / "missing.txt", name="")
    assert caught.value.reason == "unreadable" and caught.value.path == str(tmp_path / "missing.txt")


@pytest.mark.parametrize(
    ("data", "name", "reason", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "photo.html", "binary", "a PNG image"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "photo.txt", "binary", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "scan.pdf", "binary", "a JPEG image"),
        (b"text\x00with a nul and more text", "notes.txt", "binary", "binary file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old.doc", "unsupported", "save it as .docx"),
        (b"{\\rtf1\\ansi hello}", "a.rtf", "unsupported", "Rich Text"),
        (b"\x01\x02\x03\x04\x05" * 20, "report.docx", "damaged", "does not start like one"),
        (b"", "empty.txt", "empty", "is empty"),
    ],
)
def test_what_is_not_an_article_is_refused_in_words(data: bytes, name: str, reason: str, words: str) -> None:
    with pytest.raises(ImportRefused) as caught:
        load(data, name=name)
    assert caught.value.reason == reason
    assert words in str(caught.value)
    assert f"«{name}»" in str(caught.value)


def test_a_misnamed_text_is_read_as_what_it_is() -> None:
    result = load("قالت الوزارة إن الضربات وجهت إلى الأهداف".encode(), name="report.pdf")
    assert result.format == "text"
    assert "named like a PDF document, but it is plain text" in result.warnings[0]


def test_size_limits_are_per_format_and_checked_before_reading(tmp_path: Path) -> None:
    big_html = b"<html><body><p>" + b"a" * (51 * 1024 * 1024) + b"</p></body></html>"
    with pytest.raises(ImportRefused) as caught:
        load(big_html, name="page.html")
    assert caught.value.reason == "too-large" and "web pages of at most 50 MB" in str(caught.value)
    with pytest.raises(ImportRefused) as caught:
        load(b"a" * (21 * 1024 * 1024), name="a.txt")
    assert "texts of at most 20 MB" in str(caught.value)
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as handle:
        handle.truncate(5 * 1024**3)  # sparse: reading it would take all memory
    with pytest.raises(ImportRefused) as caught:
        load(huge, name="")
    assert caught.value.reason == "too-large" and caught.value.path == str(huge)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("قالت وزارة الدفاع الروسية إن 80 مسلحاً قتلوا", "ar"),
        ("الرَّقَّة ـ وكالات: قُتل أكثر من ١٢٠ مسلحاً", "ar"),  # diacritics, tatweel, Eastern digits
        ("The ministry said 80 fighters were killed near الرقة on Thursday.", ""),
        ("Reuters: وزارة الدفاع الروسية", "ar"),  # mostly Arabic, a Latin byline
        ("Le ministère a publié un communiqué sur la région", ""),
        ("2017-05-31 12:00", ""),  # no letters of either script
        ("ترجمة: " + "word " * 40, ""),  # a Latin text under an Arabic heading
    ],
)
def test_the_language_is_arabic_when_arabic_makes_up_half_the_letters(text: str, language: str) -> None:
    assert load(text.encode("utf-8"), name="x.txt").language == language
