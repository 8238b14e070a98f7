"""Saved web pages: the article and its metadata, nothing of the site around it, nothing fetched.

The three news pages are third-party pages kept beside the project in ../shared/corpus/html; they
are read at run time. The hostile pages are written here.
"""

from __future__ import annotations

import email.charset
import email.mime.image
import email.mime.multipart
import email.mime.text
import resource
import socket
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import shared

from factdesk.importers import load
from factdesk.importers.errors import ImportRefused

SPUTNIK = "htmldate_1550981615_sputniknews_arabic.html"
ALBAYAN = "htmldate_1623715966_albayan_ae.html"
ASSABAH = "trafilatura_assabah.com.tn.article.html"


def page(name: str) -> Path:
    return shared("corpus", "html", name)


# --- the three news pages ---------------------------------------------------------------------------


def test_sputnik_article_with_its_lead_and_without_the_site() -> None:
    result = load(page(SPUTNIK), name="")
    assert result.format == "html" and result.encoding == "utf-8"
    for phrase in (
        "أعلنت وزارة الصحة والسكان المصرية، اليوم الثلاثاء، تسجيل 30 حالة جديدة",  # the lead
        "وأوضح الدكتور خالد مجاهد، المتحدث الرسمي للوزارة",
        "وصنفت منظمة الصحة العالمية يوم 11 مارس/ آذار مرض فيروس كورونا",
    ):
        assert phrase in result.text
    for phrase in (
        "مصر تحظر تصدير الكحول والكمامات الطبية",  # a related article
        "انظر أيضا",
        "تابعنا عبر",
        "شكراً لكم! سوف يتم مراجعة تعليقك",
        "الأكثر قراءة",
        "جميع الحقوق محفوظة",
        "Telegram",
        "سياسة الخصوصية",
    ):
        assert phrase not in result.text, phrase
    assert result.title == "مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا"
    assert result.published == "2020-03-17"
    assert result.outlet == "Sputnik Arabic"
    assert result.url.startswith("https://arabic.sputniknews.com/arab_world/202003171044893040-")
    assert result.author == ""  # the page names an organisation, not a person
    assert result.language == "ar"
    assert "the lead paragraph shown above the article body was added to it" in result.warnings


def test_al_bayan_article_date_and_dateline_from_its_metadata() -> None:
    result = load(page(ALBAYAN), name="")
    assert result.text.startswith("ثمّن أحمد ساير داودزي، القائم بأعمال السفارة الأفغانية")
    assert "ببرنامج التعقيم الوطني في الإمارات" in result.text
    for phrase in (
        "هل تؤيد طرح تخصصات تعتمد التعلم عن بعد",  # a poll
        "بودكاست البيان",
        "تابعوا أخبار الإمارات من البيان عبر غوغل نيوز",
        "مؤسسة دبي للإعلام",
        "الفجر",  # prayer times
        "تخطى قائمة التنقل",
    ):
        assert phrase not in result.text, phrase
    assert result.published == "2020-06-03"
    assert result.title == "القائم بأعمال السفارة الأفغانية يثمّن جهود الإمارات"
    assert (result.place, result.author, result.outlet) == ("أبوظبي", "البيان", "البيان")
    assert result.url == "https://www.albayan.ae/across-the-uae/news-and-reports/2020-06-03-1.3874341"


def test_assabah_interview_without_comments_weather_or_archive_links() -> None:
    result = load(page(ASSABAH), name="")
    assert "مالذي يحدث في السودان؟ والى أين يتجه البلد" in result.text
    assert result.text.rstrip().endswith("والدفع الى اعادة التفكير في العلاقة بين الخرطوم وتل ابيب.")
    for phrase in (
        "جريدة الصباح بتاريخ",
        "إضافة تعليق جديد",
        "الأحوال الجوية",
        "جميع الحقوق",
        "تجاوز إلى المحتوى الرئيسي",
    ):
        assert phrase not in result.text, phrase
    # The headline opens the extracted text: it is the title, proposed for removal from the body.
    assert result.title.startswith("الناشط الحقوقي السوداني خالد عبد الكريم ماسا")
    assert result.removed_head and result.removed_head[0].startswith("الناشط الحقوقي السوداني")
    assert not result.text.startswith("الناشط الحقوقي")
    # The article's own date (dc:date in its footer), not the «today» widget of the day it was saved.
    assert result.published == "2019-02-08"
    assert result.outlet == "Assabah News"


# --- nothing is fetched, nothing runs ------------------------------------------------------------------

_EVENTS: list[tuple[str, tuple[object, ...]]] = []
_WATCHING = False
_HOOKED = False


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _WATCHING and (
        event.startswith(("socket.", "urllib.", "subprocess.", "os.system", "os.exec", "webbrowser"))
        or event == "open"
    ):
        _EVENTS.append((event, args))


class NetworkUsed(AssertionError):
    pass


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkUsed(f"a network connection was attempted: {args!r}")


@pytest.fixture
def watched(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, tuple[object, ...]]]]:
    """Network calls raise, and the interpreter's audit events (sockets, URLs, files opened, processes)
    are recorded while the test runs. Audit hooks cannot be removed, so one is added once and switched."""
    global _WATCHING, _HOOKED
    import urllib3

    load(page(ALBAYAN), name="")  # lazy imports happen now, not while watching
    if not _HOOKED:
        sys.addaudithook(_audit)
        _HOOKED = True
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    monkeypatch.setattr(urllib.request, "urlopen", _refuse)
    monkeypatch.setattr(urllib3.PoolManager, "urlopen", _refuse)
    monkeypatch.setattr(urllib3.HTTPConnectionPool, "urlopen", _refuse)
    _EVENTS.clear()
    _WATCHING = True
    try:
        yield _EVENTS
    finally:
        _WATCHING = False


def outside_events(events: list[tuple[str, tuple[object, ...]]]) -> list[tuple[str, tuple[object, ...]]]:
    """Everything but the opening of Python's own modules and the library's data files."""
    allowed = tuple(str(Path(p).resolve()) for p in sys.path if p) + (sys.prefix, sys.base_prefix)
    bad = []
    for event, args in events:
        if event == "open":
            target = args[0]
            if isinstance(target, int):
                continue
            path = target.decode() if isinstance(target, bytes) else str(target)
            if (
                path.startswith(allowed)
                or path.endswith((".py", ".pyc", ".cfg", ".json", ".txt", ".dat"))
                and ("site-packages" in path or "python3" in path)
            ):
                continue
        bad.append((event, args))
    return bad


@pytest.mark.parametrize("name", [SPUTNIK, ALBAYAN, ASSABAH])
def test_importing_a_news_page_fetches_nothing(watched: list, name: str) -> None:
    data = page(name).read_bytes()  # read before watching the opens
    watched.clear()
    result = load(data, name=name)
    assert result.text
    assert outside_events(watched) == []


HOSTILE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<base href="file:///">
<meta http-equiv="refresh" content="0; url=file:///etc/passwd">
<title>صفحة عدائية</title>
<link rel="stylesheet" href="file:///etc/passwd">
<link rel="stylesheet" href="\\\\server\\share\\style.css">
<link rel="import" href="http://example.invalid/import.html">
<style>@import url("http://example.invalid/x.css"); body { background: url(file:///etc/shadow) }</style>
<script src="http://example.invalid/tracker.js"></script>
<script>document.write("SCRIPT-RAN"); fetch("http://example.invalid/steal")</script>
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<article>
<h1>مقال عن الانتخابات البلدية</h1>
<img src="http://example.invalid/pixel.png" alt="صورة">
<iframe src="\\\\server\\share\\page.html"></iframe>
<iframe src="file:///etc/passwd"></iframe>
<object data="http://example.invalid/movie.swf"></object>
<svg><image href="file:///etc/hostname"/></svg>
<p>أعلنت اللجنة المحلية للانتخابات البلدية أنها أنهت تركيب لوحات مراكز قيد الناخبين في المدينة،
وقالت إن عدد المراكز بلغ أربعة وسبعين مركزاً للرجال وأربعة وثلاثين مركزاً للنساء.</p>
<p>وأضافت اللجنة أن الحملة التوعوية ستستمر حتى نهاية الشهر الجاري في الشوارع والميادين العامة،
وأن المرشحين مدعوون إلى تسجيل أسمائهم قبل الموعد المحدد.</p>
<p>وأكد رئيس اللجنة أن جميع المراكز جاهزة لاستقبال الناخبين منذ الصباح الباكر.</p>
<noscript><img src="http://example.invalid/noscript.gif"></noscript>
</article>
<footer>جميع الحقوق محفوظة</footer>
</body></html>
"""


def test_a_page_pointing_everywhere_fetches_nothing_and_runs_nothing(watched: list) -> None:
    result = load(HOSTILE.encode("utf-8"), name="hostile.html")
    assert "أعلنت اللجنة المحلية للانتخابات البلدية" in result.text
    assert "جاهزة لاستقبال الناخبين" in result.text
    assert "SCRIPT-RAN" not in result.text and "document.write" not in result.text
    assert "fetch(" not in result.text and "@import" not in result.text
    assert "root:" not in result.text  # nothing of /etc/passwd
    assert "جميع الحقوق محفوظة" not in result.text
    assert outside_events(watched) == []


def test_external_entities_are_never_read(tmp_path: Path, watched: list) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-MARKER-7731", encoding="utf-8")
    watched.clear()
    xhtml = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html [
  <!ENTITY secret SYSTEM "file://{secret}">
  <!ENTITY remote SYSTEM "http://example.invalid/entity.txt">
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>كيان خارجي</title></head>
<body><article><p>قالت الوزارة إن الضربات وجهت إلى الأهداف بعد اكتشافها وتحديدها من قبل الطيران، وإن
العملية استمرت ساعات طويلة قبل أن تنتهي بنجاح كامل حسب البيان الرسمي الصادر عنها.</p>
<p>&secret; &remote;</p></article></body></html>"""
    result = load(xhtml.encode("utf-8"), name="entities.xhtml")
    assert "قالت الوزارة إن الضربات" in result.text
    assert "SECRET-MARKER-7731" not in result.text
    assert "the page declared its own XML entities; they were ignored" in result.warnings
    assert outside_events(watched) == []


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("kind", ["billion-laughs", "quadratic"])
def test_an_entity_bomb_in_a_page_is_neutralised_quickly(kind: str) -> None:
    if kind == "billion-laughs":
        entities = ['<!ENTITY lol0 "lol">'] + [
            f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
        ]
        use = "&lol9;"
    else:
        entities = [f'<!ENTITY big "{"x" * 100_000}">']
        use = "&big;" * 20_000  # 2 GB if expanded
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE html [\n' + "\n".join(entities) + "\n]>\n"
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>قالت الوزارة إن الضربات وجهت إلى الأهداف '
        "بعد اكتشافها وتحديدها من قبل الطيران الروسي في ساعات الصباح الأولى.</p>"
        f"<p>{use}</p></body></html>"
    ).encode("utf-8")
    before = _peak_rss_mb()
    started = time.perf_counter()
    try:
        result = load(bomb, name="bomb.xhtml")
    except ImportRefused as error:
        assert error.reason in ("unsafe", "empty")
    else:
        assert "lollol" not in result.text and "xxxxxxxxxx" not in result.text
        assert len(result.text) < 10_000
    assert time.perf_counter() - started < 5
    assert _peak_rss_mb() - before < 300


# --- encodings, entities, archives --------------------------------------------------------------------

BODY = (
    "<p>أعلنت وزارة الصحة تسجيل حالات جديدة في عدة محافظات، وقالت إن جميع الحالات تخضع للرعاية الطبية "
    "وفقاً لإرشادات منظمة الصحة العالمية، وإن الوضع تحت السيطرة الكاملة.</p>"
    "<p>وأضافت الوزارة أن فرق التقصي تعمل على مدار الساعة لتتبع المخالطين وعزلهم في المستشفيات.</p>"
)


def test_entities_and_numeric_references_are_decoded() -> None:
    html = (
        "<html><head><title>خبر</title></head><body><article>"
        "<p>&#1571;&#1593;&#1604;&#1606;&#1578; &#x627;&#x644;&#x648;&#x632;&#x627;&#x631;&#x629; "
        "&laquo;&#1605;&#1589;&#1583;&#1585;&raquo; قولها &amp;quot;تم الأمر&amp;quot; في بيان رسمي طويل "
        "أكدت فيه أن جميع الإجراءات اتخذت بحسب القانون وأن التحقيق مستمر حتى الآن.</p>"
        f"{BODY}</article></body></html>"
    )
    result = load(html.encode("ascii", "xmlcharrefreplace"), name="entities.html")
    assert 'أعلنت الوزارة «مصدر» قولها "تم الأمر" في بيان' in result.text


def test_a_page_that_misdeclares_latin_but_holds_arabic_is_read_as_arabic() -> None:
    html = f'<html><head><meta charset="iso-8859-1"><title>خبر</title></head><body><article>{BODY}</article></body></html>'
    result = load(html.encode("cp1256"), name="legacy.htm")
    assert "أعلنت وزارة الصحة تسجيل حالات جديدة" in result.text
    assert result.encoding == "cp1256"
    assert any("says it is Latin-1, but its text is Arabic in Windows-1256" in w for w in result.warnings)


def test_a_declared_charset_is_used() -> None:
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><article>{BODY}</article></body></html>'
    result = load(html.encode("cp1256"), name="declared.html")
    assert result.encoding == "cp1256" and result.encoding_confident
    assert not any("guessed" in w for w in result.warnings)
    assert "فرق التقصي تعمل على مدار الساعة" in result.text


@pytest.mark.parametrize(
    "html",
    [
        b"<html><head><title>x</title></head><body></body></html>",
        b"<html><body><script>var a = 1;</script><style>p {}</style></body></html>",
        b"<!DOCTYPE html>",
        b"   ",
    ],
)
def test_an_empty_page_is_refused(html: bytes) -> None:
    with pytest.raises(ImportRefused) as caught:
        load(html, name="empty.html")
    assert caught.value.reason == "empty"


def make_mhtml(html: str, *, charset: str, encoding: str) -> bytes:
    message = email.mime.multipart.MIMEMultipart("related", type="text/html")
    message["Snapshot-Content-Location"] = "https://news.example/2021/05/article-1.html"
    message["Subject"] = "=?utf-8?q?saved?="
    body_charset = email.charset.Charset(charset)
    body_charset.body_encoding = email.charset.QP if encoding == "quoted-printable" else email.charset.BASE64
    part = email.mime.text.MIMEText(html, "html", body_charset)  # type: ignore[arg-type]
    part["Content-Location"] = "https://news.example/2021/05/article-1.html"
    message.attach(part)
    image = email.mime.image.MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(64), "png")
    image["Content-Location"] = "https://news.example/pixel.png"
    message.attach(image)
    return message.as_bytes()


@pytest.mark.parametrize(("charset", "encoding"), [("utf-8", "base64"), ("windows-1256", "quoted-printable")])
def test_a_web_archive_imports_its_page(charset: str, encoding: str) -> None:
    html = (
        '<html lang="ar"><head><meta property="og:title" content="خبر محفوظ">'
        '<meta property="article:published_time" content="2021-05-04T10:00:00+03:00"></head>'
        f"<body><nav>الرئيسية | رياضة</nav><article>{BODY}</article></body></html>"
    )
    data = make_mhtml(html, charset=charset, encoding=encoding)
    result = load(data, name="saved.mhtml")
    assert result.format == "mhtml"
    assert "أعلنت وزارة الصحة تسجيل حالات جديدة" in result.text
    assert "الرئيسية" not in result.text
    assert (result.title, result.published) == ("خبر محفوظ", "2021-05-04")
    assert result.url == "https://news.example/2021/05/article-1.html"
    assert result.encoding == {"utf-8": "utf-8", "windows-1256": "cp1256"}[charset]


def test_a_web_archive_without_a_page_is_refused() -> None:
    message = email.mime.multipart.MIMEMultipart("related")
    message.attach(email.mime.image.MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(64), "png"))
    with pytest.raises(ImportRefused) as caught:
        load(message.as_bytes(), name="nopage.mht")
    assert caught.value.reason == "damaged"
    assert "holds no web page" in str(caught.value)


def test_the_watch_itself_sees_connections_and_files(tmp_path: Path, watched: list) -> None:
    # Without this, the tests above could pass with a watch that sees nothing.
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(NetworkUsed):
        urllib.request.urlopen("http://example.invalid/")
    (tmp_path / "elsewhere.txt").write_bytes(b"x")
    assert any(event == "open" and "elsewhere.txt" in str(args[0]) for event, args in outside_events(watched))


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><p>{text}</p>" + "<" * 1_000_000 + "</body></html>",
        "<!DOCTYPE html [" + "<!ENTITY a 'b'>" * 50_000 + "<html><body><p>{text}" + "&a;" * 50_000,
        "<html><body>" + "<script" * 200_000 + "<p>{text}</p></body></html>",
    ],
    ids=["unclosed-tags", "unclosed-doctype", "unclosed-scripts"],
)
def test_markup_built_to_slow_down_pattern_matching_is_handled_in_seconds(markup: str) -> None:
    text = "قالت الوزارة إن الضربات وجهت إلى الأهداف بعد اكتشافها وتحديدها من قبل الطيران. " * 3
    data = markup.replace("{text}", text).encode("cp1256")  # not UTF-8: the encoding guess runs too
    started = time.perf_counter()
    try:
        load(data, name="slow.html")
    except ImportRefused as error:
        assert error.reason in ("empty", "damaged")
    assert time.perf_counter() - started < 10


# --- made-up news pages: dates, site names, language, bylines --------------------------------------------

PARAGRAPHS = (
    "<p>أعلنت وزارة الزراعة أن موسم حصاد القمح بدأ في المحافظات الشمالية قبل موعده المعتاد بأسبوعين، "
    "وقالت إن التوقعات تشير إلى محصول يفوق محصول العام الماضي بنحو عشرة في المئة.</p>"
    "<p>وأضافت الوزارة في بيانها أن فرقها الميدانية تتابع عمليات الحصاد في القرى، وأن مراكز الاستلام "
    "فتحت أبوابها أمام المزارعين منذ الصباح الباكر لاستقبال المحصول وتسجيل الكميات.</p>"
    "<p>وأكد المتحدث باسم الوزارة أن أسعار الاستلام ستعلن خلال الأيام المقبلة بعد التشاور مع اتحاد "
    "المزارعين، مشيرا إلى أن الدفع سيكون خلال أسبوع من تاريخ التسليم.</p>"
)
HEADLINE = "بدء موسم حصاد القمح في المحافظات الشمالية"


def news_page(
    *,
    head: str = "",
    above: str = "",
    article: str = PARAGRAPHS,
    lang: str = "ar",
    title: str = HEADLINE,
    site_header: str = "",
    footer: str = "",
) -> bytes:
    """A made-up saved news page: the site's header, the article (headline, what is shown above the body,
    the body) and a footer. ``head`` goes into <head>."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f'<body><header class="site-header"><nav><a href="/">الرئيسية</a> <a href="/eco">اقتصاد</a></nav>'
        f"{site_header}</header>"
        f'<main><article><h1>{HEADLINE}</h1>{above}<div class="article-body">{article}</div></article></main>'
        f'<footer class="site-footer">{footer} جميع الحقوق محفوظة</footer></body></html>'
    ).encode()


def meta(prop: str, content: str) -> str:
    return f'<meta property="{prop}" content="{content}">'


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("الأربعاء، 07 أكتوبر 2020 - 01:00 م", "2020-10-07"),
        ("7 تشرين الأول 2020", "2020-10-07"),
        ("15 مايو/أيار 2017", "2017-05-15"),
        ("نشر في: الجمعة 8 فيفري 2019", "2019-02-08"),
        ("الخميس 4 جويلية 2019", "2019-07-04"),
        ("6 أوت 2019", "2019-08-06"),
        ("١٧ آذار ٢٠٢٠", "2020-03-17"),
    ],
)
@pytest.mark.parametrize("element", ["span-date", "time", "plain"])
def test_a_date_shown_only_in_arabic_words_is_the_publication_date(
    shown: str, expected: str, element: str
) -> None:
    above = {
        "span-date": f'<div class="article-info"><span class="news-date">{shown}</span></div>',
        "time": f"<time>{shown}</time>",
        "plain": f"<div><span>{shown}</span></div>",
    }[element]
    result = load(news_page(above=above), name="page.html")
    assert result.published == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2013/world/8/3/مقال-عن-الحصاد", "2013-08-03"),
        ("https://news.example/ar/2020/03/17/wheat-harvest/", "2020-03-17"),
        ("https://news.example/economy/2020-03-17-1.3874341", "2020-03-17"),
        ("https://news.example/news/20200317/harvest.html", "2020-03-17"),
    ],
)
def test_a_date_given_only_by_the_address_is_read_from_it(url: str, expected: str) -> None:
    result = load(news_page(head=f'<link rel="canonical" href="{url}">'), name="page.html")
    assert result.published == expected


def test_an_address_with_a_year_and_month_only_gives_no_date() -> None:
    result = load(
        news_page(head='<link rel="canonical" href="https://news.example/2020/03/wheat">'), name="page.html"
    )
    assert result.published == ""


def test_a_web_archive_address_gives_the_date_when_the_page_does_not() -> None:
    html = f"<html><head><title>{HEADLINE}</title></head><body><article>{PARAGRAPHS}</article></body></html>"
    data = make_mhtml(html, charset="utf-8", encoding="base64")
    assert load(data, name="saved.mhtml").published == ""  # the address has a year and a month only
    dated = data.replace(b"/2021/05/article-1.html", b"/2021/05/04/article-1.html")
    result = load(dated, name="saved.mhtml")
    assert result.url == "https://news.example/2021/05/04/article-1.html"
    assert result.published == "2021-05-04"


@pytest.mark.parametrize(
    ("head", "above", "why"),
    [
        (
            meta("article:modified_time", "2020-03-17T01:45:00+03:00"),
            "",
            "the offset of the page's other times",
        ),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
            '"2020-03-17T01:30:00+03:00"}</script>',
            "",
            "JSON-LD in local time",
        ),
        ("", '<time datetime="2020-03-17T01:30:00+03:00">01:30</time>', "a time element's offset"),
        ('<meta itemprop="datePublished" content="2020-03-17T01:30:00">', "", "a local time without offset"),
        ("", '<span class="date">17 مارس 2020</span>', "the date shown on the page"),
        ("", '<span class="date">الثلاثاء 17 آذار 2020 - 01:30</span>', "the date shown in Levantine words"),
    ],
)
def test_the_local_date_wins_over_the_utc_date(head: str, above: str, why: str) -> None:
    utc = meta("article:published_time", "2020-03-16T22:30:00Z")
    result = load(news_page(head=utc + head, above=above), name="page.html")
    assert result.published == "2020-03-17", why


def test_the_local_date_from_the_address_wins_over_the_utc_date() -> None:
    head = (
        meta("article:published_time", "2020-03-16T22:30:00Z")
        + '<link rel="canonical" href="https://news.example/2020/03/17/wheat/">'
    )
    assert load(news_page(head=head), name="page.html").published == "2020-03-17"


def test_a_date_in_latin_words_is_read_by_htmldate_from_the_article_only() -> None:
    assert (
        load(news_page(above='<div class="post-date">Oct 7, 2020</div>'), name="page.html").published
        == "2020-10-07"
    )
    assert (
        load(news_page(site_header='<div class="post-date">Oct 7, 2020</div>'), name="page.html").published
        == ""
    )


def test_an_e_mail_style_time_with_its_offset_is_read() -> None:
    head = '<meta itemprop="datePublished" content="Tue, 17 Mar 2020 01:30:00 +0300">'
    assert load(news_page(head=head), name="page.html").published == "2020-03-17"


def test_a_utc_date_with_nothing_local_stays_the_utc_date() -> None:
    head = meta("article:published_time", "2020-03-16T22:30:00Z")
    assert load(news_page(head=head), name="page.html").published == "2020-03-16"


def test_metadata_in_local_time_wins_over_a_different_shown_date() -> None:
    head = meta("article:published_time", "2020-03-17T01:30:00+03:00")
    above = '<span class="date">3 مارس 2020</span>'
    assert load(news_page(head=head, above=above), name="page.html").published == "2020-03-17"


@pytest.mark.parametrize(
    ("site_header", "above", "footer"),
    [
        ('<div class="clock">الإثنين 30 نوفمبر 2026 - 19:35</div>', "", ""),  # the site's clock
        ('<div class="date">30/11/2026</div>', "", ""),  # in figures, where htmldate would read it
        ('<span class="today">2026-11-30</span>', "", ""),
        ("", "", "<p>آخر الأخبار 2026-11-29</p>"),
        ("<span>الإثنين 30 نوفمبر 2026</span>", "", ""),  # an unlabelled date in the page's header
        ("", '<span class="date">آخر تحديث: 30 نوفمبر 2026</span>', ""),  # last updated
        ("", "<div><span>آخر تحديث:</span> <span>30 نوفمبر 2026</span></div>", ""),
        ("", "", "© 2026 حقوق النشر"),  # a copyright year
        ("", "", '<ul class="related"><li><a href="/x">خبر آخر</a> <span>29 نوفمبر 2026</span></li></ul>'),
    ],
)
def test_a_date_that_is_not_the_articles_is_never_taken(site_header: str, above: str, footer: str) -> None:
    result = load(news_page(site_header=site_header, above=above, footer=footer), name="page.html")
    assert result.published == ""


def test_a_date_in_the_articles_own_header_counts_without_an_article_element() -> None:
    html = (
        f'<html lang="ar"><head><title>{HEADLINE}</title></head><body><header class="site-header">'
        '<span class="date">30 نوفمبر 2026</span></header><div class="main"><div class="post-header">'
        f'<h1>{HEADLINE}</h1><span class="date">7 أكتوبر 2020</span></div>{PARAGRAPHS}</div></body></html>'
    )
    assert load(html.encode(), name="page.html").published == "2020-10-07"


@pytest.mark.parametrize("wrap", ["article", "div"])
def test_the_date_of_another_article_listed_after_this_one_is_not_taken(wrap: str) -> None:
    other = '<div class="box"><h3>ارتفاع أسعار الخبز</h3><span class="date">29 نوفمبر 2026</span></div>'
    html = (
        f'<html lang="ar"><head><title>{HEADLINE}</title></head><body><{wrap}><h1>{HEADLINE}</h1>'
        f"{PARAGRAPHS}</{wrap}>{other}<div><span>28 نوفمبر 2026</span></div></body></html>"
    )
    assert load(html.encode(), name="page.html").published == ""
    shown = html.replace("<h1>", '<span class="date">7 أكتوبر 2020</span><h1>')
    assert load(shown.encode(), name="page.html").published == "2020-10-07"


def test_a_date_in_a_sentence_of_the_article_is_not_its_publication_date() -> None:
    article = "<p>وقالت الوزارة إن الاتفاق الذي وقع في 7 أكتوبر 2020 ما زال ساريا حتى اليوم.</p>" + PARAGRAPHS
    assert load(news_page(article=article), name="page.html").published == ""


def _without_structured_dates(data: bytes) -> bytes:
    """The page with every machine-readable date taken out: meta tags, JSON-LD, datetime and content
    attributes that hold one; what is shown on the page stays."""
    import re

    text = data.decode("utf-8")
    text = re.sub(r"<meta[^>]*(?:date|time|lastmod|pubdate)[^>]*>", "", text, flags=re.I)
    text = re.sub(r'<script type="application/ld\+json".*?</script>', "", text, flags=re.S)
    text = re.sub(r'(?:datetime|content)="\d{4}-\d\d-\d\d[^"]*"', "", text)
    return text.encode("utf-8")


@pytest.mark.parametrize(
    ("name", "expected"), [(SPUTNIK, "2020-03-17"), (ALBAYAN, "2020-06-03"), (ASSABAH, "2019-02-08")]
)
def test_a_corpus_page_without_its_machine_readable_dates_keeps_its_date_from_what_it_shows(
    name: str, expected: str
) -> None:
    stripped = _without_structured_dates(page(name).read_bytes())
    assert b"datePublished" not in stripped or b'itemprop="datePublished" content="20' not in stripped
    result = load(stripped, name=name)
    assert result.published == expected


# --- the site's name -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "head", "outlet"),
    [
        (f"سبوتنيك عربي - {HEADLINE}", meta("og:site_name", "سبوتنيك عربي"), "سبوتنيك عربي"),
        (f"{HEADLINE} | البيان", meta("og:site_name", "البيان"), "البيان"),
        (f"{HEADLINE} - الصباح | Assabah", meta("og:site_name", "Assabah News"), "Assabah News"),
        (
            f"البيان | {HEADLINE}",
            '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": '
            '"Organization", "name": "البيان"}}</script>',
            "البيان",
        ),
        (
            f"{HEADLINE} - مصراوي",
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "publisher": [{"@type": '
            '"Organization", "name": "مصراوي"}]}]}</script>',
            "مصراوي",
        ),
        (
            f"{HEADLINE} :: اليوم السابع",
            '<meta name="application-name" content="اليوم السابع">',
            "اليوم السابع",
        ),
        (f"سبوتنيك عربي - {HEADLINE}", "", "سبوتنيك عربي"),  # the <h1> says which side is the headline
        (f"{HEADLINE} - سبوتنيك عربي", "", "سبوتنيك عربي"),
    ],
)
def test_the_sites_name_comes_off_the_title_before_or_after_it(title: str, head: str, outlet: str) -> None:
    result = load(news_page(title=title, head=head), name="page.html")
    assert result.title == HEADLINE
    assert result.outlet == outlet


def test_the_sites_name_comes_off_an_og_title_that_holds_it() -> None:
    head = meta("og:title", f"{HEADLINE} | البيان") + meta("og:site_name", "البيان")
    result = load(news_page(title="x", head=head), name="page.html")
    assert (result.title, result.outlet) == (HEADLINE, "البيان")


def test_a_headline_with_a_spaced_dash_stays_whole_when_nothing_names_the_site() -> None:
    headline = "أسواق المال - (التقرير الأسبوعي)"
    html = (
        f'<html lang="ar"><head><title>{headline}</title></head><body><article>{PARAGRAPHS}'
        "</article></body></html>"
    )
    result = load(html.encode("utf-8"), name="page.html")
    assert result.title == headline
    assert result.outlet == ""


# --- the language ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "ar"), ("en-US", "ar"), ("fr", "ar"), ("ar", "ar"), ("", "ar"), ("fa", "fa")],
)
def test_the_text_not_the_lang_attribute_says_the_article_is_arabic(lang: str, expected: str) -> None:
    assert load(news_page(lang=lang), name="page.html").language == expected


def test_a_corpus_page_mislabelled_english_is_arabic() -> None:
    data = page(SPUTNIK).read_bytes().replace(b'<html lang="ar"', b'<html lang="en"', 1)
    assert b'<html lang="en"' in data
    assert load(data, name=SPUTNIK).language == "ar"


def test_an_english_article_on_a_page_labelled_arabic_is_not_arabic() -> None:
    english = (
        "<p>The ministry of agriculture said on Tuesday that the wheat harvest had started two weeks early "
        "in the northern provinces, and that it expected a larger crop than last year.</p>"
        "<p>Collection centres opened in the morning, and prices will be announced next week after talks "
        "with the farmers' union, a spokesman said in a statement.</p>"
    )
    result = load(news_page(article=english, lang="ar"), name="page.html")
    assert result.language == ""  # unknown: not the declared Arabic
    assert load(news_page(article=english, lang="en"), name="page.html").language == "en"


# --- bylines ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("كتبت - سارة محمد", "سارة محمد"),
        ("كتب: أحمد علي", "أحمد علي"),
        ("بقلم: د. محمد السيد", "د. محمد السيد"),
        ("بقلم محمد السيد", "محمد السيد"),
        ("حوار: آسيا العتروس", "آسيا العتروس"),
        ("إعداد: منى خليل", "منى خليل"),
        ("تقرير: كريم حسن", "كريم حسن"),
    ],
)
def test_a_byline_line_atop_the_article_becomes_the_author_and_is_proposed_for_removal(
    line: str, author: str
) -> None:
    article = f"<p>{line}</p>{PARAGRAPHS}"
    result = load(news_page(article=article), name="page.html")
    assert result.author == author
    assert result.place == ""
    assert line in result.removed_head
    assert not result.text.startswith(line[:4])
    assert result.text.startswith("أعلنت وزارة الزراعة")
    # nothing is lost: the line is in the text before the conventions, where the window can put it back
    assert line in result.raw_text.split("\n")
    assert result.raw_text.endswith(result.text)  # the body itself is untouched
    assert result.raw_text.index(line) < result.raw_text.index(result.text[:30])


def test_a_structured_author_wins_over_the_byline_which_still_comes_off() -> None:
    article = f"<p>كتب: أحمد علي</p>{PARAGRAPHS}"
    result = load(
        news_page(article=article, head='<meta name="author" content="سامي يوسف">'), name="page.html"
    )
    assert result.author == "سامي يوسف"
    assert "كتب: أحمد علي" in result.removed_head


def test_a_byline_shown_outside_the_articles_text_becomes_the_author() -> None:
    above = '<div class="writer"><span>كتبت - سارة محمد</span></div>'
    result = load(news_page(above=above), name="page.html")
    assert result.author == "سارة محمد"
    assert result.place == ""


def test_a_byline_without_a_colon_counts_only_where_the_page_marks_its_author() -> None:
    marked = load(news_page(above='<div class="author-name">كتب محمد أحمد</div>'), name="page.html")
    assert marked.author == "محمد أحمد"
    unmarked = load(news_page(above="<div><span>كتب محمد أحمد</span></div>"), name="page.html")
    assert unmarked.author == ""
    headline = load(news_page(above='<div class="author-name">كتبت الصحيفة</div>'), name="page.html")
    assert headline.author == ""


@pytest.mark.parametrize(
    "paragraph",
    [
        "كتب الرئيس رسالة إلى الأمم المتحدة قال فيها إن الوضع لا يحتمل التأجيل",
        "كتب: إن الوضع خطير",
        "كتب أحمد علي",
        "وكتبت الصحيفة أن الموسم سيكون جيدا",
    ],
)
def test_a_sentence_that_merely_holds_kataba_is_not_a_byline(paragraph: str) -> None:
    result = load(news_page(article=f"<p>{paragraph}</p>{PARAGRAPHS}"), name="page.html")
    assert result.author == ""
    assert result.text.startswith(paragraph)
    assert paragraph not in result.removed_head


def test_a_byline_inside_a_paragraph_is_not_taken_off() -> None:
    paragraph = "كتب: أحمد علي أعلنت وزارة الزراعة اليوم بدء الحصاد في المحافظات الشمالية"
    result = load(news_page(article=f"<p>{paragraph}</p>{PARAGRAPHS}"), name="page.html")
    assert result.text.startswith(paragraph)
    assert result.removed_head == ()


def test_the_assabah_interviewer_is_its_author_and_her_byline_comes_off() -> None:
    result = load(page(ASSABAH), name="")
    assert result.author == "آسيا العتروس"
    assert result.removed_head[-1] == "حوار: آسيا العتروس"
    assert result.text.startswith("مالذي يحدث في السودان؟")


def test_a_corpus_page_published_in_utc_on_the_eve_keeps_its_local_date() -> None:
    data = page(ALBAYAN).read_bytes()
    utc = data.replace(b'content="2020-06-03T03:01+0400"', b'content="2020-06-02T23:01:00Z"', 1)
    assert utc != data
    # its other times carry the publisher's offset (+04:00): 23:01 UTC is 03:01 on the 3rd in Abu Dhabi
    assert load(utc, name=ALBAYAN).published == "2020-06-03"


def test_a_corpus_page_titled_site_first_without_og_title_loses_the_sites_name() -> None:
    import re

    text = page(SPUTNIK).read_text(encoding="utf-8")
    text = re.sub(r'<meta property="og:title"[^>]*>', "", text)
    text = re.sub(
        r"<title([^>]*)>.*?</title>",
        r"<title\1>Sputnik Arabic - مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا</title>",
        text,
        count=1,
        flags=re.S,
    )
    result = load(text.encode("utf-8"), name=SPUTNIK)
    assert result.title == "مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا"
    assert result.outlet == "Sputnik Arabic"
