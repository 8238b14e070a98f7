<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>About</name>
    <message>
      <source>FactDesk %1: a workbench for Arabic fact-checking.</source>
      <translation>FactDesk %1: بيئة عمل للتحقق من الأخبار باللغة العربية.</translation>
    </message>
    <message>
      <source>About FactDesk</source>
      <translation>حول FactDesk</translation>
    </message>
    <message>
      <source>Proprietary</source>
      <translation>مملوك (غير مفتوح المصدر)</translation>
    </message>
    <message>
      <source>FactDesk fetches nothing from the internet, not even update notices.</source>
      <translation>لا يجلب فاكت ديسك أي شيء من الإنترنت، ولا حتى إشعارات التحديث.</translation>
    </message>
    <message>
      <source>Licence: %1</source>
      <translation>الترخيص: %1</translation>
    </message>
    <message>
      <source>Error logs: %1</source>
      <translation>سجلات الأخطاء: %1</translation>
    </message>
    <message>
      <source>The open project: %1</source>
      <translation>المشروع المفتوح: %1</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;New project…</source>
      <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
      <source>&amp;Open project…</source>
      <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
      <source>Open the &amp;demo project</source>
      <translation>فتح المشروع ال&amp;تجريبي</translation>
    </message>
    <message>
      <source>Save a &amp;copy…</source>
      <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
      <source>Show in f&amp;older</source>
      <translation>إظهار في ال&amp;مجلد</translation>
    </message>
    <message>
      <source>&amp;Import files…</source>
      <translation>&amp;استيراد ملفات…</translation>
    </message>
    <message>
      <source>Import a &amp;folder…</source>
      <translation>استيراد &amp;مجلد…</translation>
    </message>
    <message>
      <source>&amp;Paste an article…</source>
      <translation>&amp;لصق مقال…</translation>
    </message>
    <message>
      <source>Import &amp;annotations (W3C, Hypothesis)…</source>
      <translation>استيراد ت&amp;عليقات توضيحية (W3C، Hypothesis)…</translation>
    </message>
    <message>
      <source>&amp;Export the CSV report…</source>
      <translation>ت&amp;صدير تقرير CSV…</translation>
    </message>
    <message>
      <source>Project se&amp;ttings…</source>
      <translation>إ&amp;عدادات المشروع…</translation>
    </message>
    <message>
      <source>Export the report (&amp;XLSX, ODS, CSV)…</source>
      <translation>تصدير التقرير (&amp;XLSX وODS وCSV)…</translation>
    </message>
    <message>
      <source>Export ClaimRe&amp;view (JSON-LD)…</source>
      <translation>تصدير &amp;مراجعات ClaimReview ‏(JSON-LD)…</translation>
    </message>
    <message>
      <source>Export W3C &amp;Web Annotations (JSON-LD)…</source>
      <translation>تصدير &amp;تعليقات الويب التوضيحية W3C ‏(JSON-LD)…</translation>
    </message>
    <message>
      <source>Project &amp;dashboard and printable report…</source>
      <translation>&amp;لوحة مؤشرات المشروع والتقرير المطبوع…</translation>
    </message>
    <message>
      <source>&amp;Check the project's integrity</source>
      <translation>فحص &amp;سلامة المشروع</translation>
    </message>
    <message>
      <source>Make a &amp;backup now</source>
      <translation>إنشاء &amp;نسخة احتياطية الآن</translation>
    </message>
    <message>
      <source>&amp;Restore a backup…</source>
      <translation>است&amp;عادة نسخة احتياطية…</translation>
    </message>
    <message>
      <source>C&amp;lose project</source>
      <translation>إ&amp;غلاق المشروع</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;تراجع</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;إعادة</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
      <source>&amp;New claim from selection</source>
      <translation>ادعاء &amp;جديد من التحديد</translation>
    </message>
    <message>
      <source>&amp;Link selection to a claim…</source>
      <translation>&amp;ربط التحديد بادعاء…</translation>
    </message>
    <message>
      <source>&amp;Mark selection without a claim</source>
      <translation>ت&amp;ظليل التحديد دون ادعاء</translation>
    </message>
    <message>
      <source>Add selection as &amp;evidence…</source>
      <translation>إضافة التحديد &amp;دليلًا…</translation>
    </message>
    <message>
      <source>Add evidence from a s&amp;ource…</source>
      <translation>إضافة دليل من &amp;مصدر…</translation>
    </message>
    <message>
      <source>Edit &amp;rationale</source>
      <translation>&amp;تعديل التعليل</translation>
    </message>
    <message>
      <source>&amp;Delete claim…</source>
      <translation>ح&amp;ذف الادعاء…</translation>
    </message>
    <message>
      <source>Delete &amp;highlight</source>
      <translation>إ&amp;زالة التظليل</translation>
    </message>
    <message>
      <source>&amp;Search the project</source>
      <translation>&amp;بحث في المشروع</translation>
    </message>
    <message>
      <source>Next &amp;hit</source>
      <translation>&amp;النتيجة التالية</translation>
    </message>
    <message>
      <source>&amp;Previous hit</source>
      <translation>النتيجة ال&amp;سابقة</translation>
    </message>
    <message>
      <source>&amp;Compare two articles…</source>
      <translation>&amp;مقارنة مقالين…</translation>
    </message>
    <message>
      <source>Show &amp;invisible characters</source>
      <translation>إظهار المحارف &amp;غير المرئية</translation>
    </message>
    <message>
      <source>Show check-&amp;worthy sentences</source>
      <translation>إظهار الجمل &amp;الجديرة بالتحقق</translation>
    </message>
    <message>
      <source>New claim from the check-worthy &amp;sentence</source>
      <translation>ادعاء جديد من &amp;الجملة الجديرة بالتحقق</translation>
    </message>
    <message>
      <source>Next check-worthy sentence</source>
      <translation>الجملة الجديرة بالتحقق التالية</translation>
    </message>
    <message>
      <source>Previous check-worthy sentence</source>
      <translation>الجملة الجديرة بالتحقق السابقة</translation>
    </message>
    <message>
      <source>Add &amp;source</source>
      <translation>إضافة &amp;مصدر</translation>
    </message>
    <message>
      <source>Edit the article's &amp;details…</source>
      <translation>تعديل &amp;بيانات المقال…</translation>
    </message>
    <message>
      <source>Delete the &amp;article…</source>
      <translation>حذف ال&amp;مقال…</translation>
    </message>
    <message>
      <source>&amp;Fact-check library…</source>
      <translation>مكتبة ال&amp;تحققات المنشورة…</translation>
    </message>
    <message>
      <source>Already fact-checked? (the selected words)</source>
      <translation>هل سبق التحقق منها؟ (الكلمات المحددة)</translation>
    </message>
    <message>
      <source>Edit the verdict &amp;scale…</source>
      <translation>تعديل &amp;سلّم الأحكام…</translation>
    </message>
    <message>
      <source>Go to the &amp;article list</source>
      <translation>الانتقال إلى &amp;قائمة المقالات</translation>
    </message>
    <message>
      <source>Go to the &amp;reader</source>
      <translation>الانتقال إلى &amp;القارئ</translation>
    </message>
    <message>
      <source>Go to the &amp;claims table</source>
      <translation>الانتقال إلى &amp;جدول الادعاءات</translation>
    </message>
    <message>
      <source>Go to the claim's &amp;detail</source>
      <translation>الانتقال إلى &amp;تفاصيل الادعاء</translation>
    </message>
    <message>
      <source>Select the &amp;highlight at the cursor</source>
      <translation>تحديد &amp;التظليل عند المؤشر</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>&amp;Guided tour</source>
      <translation>&amp;جولة إرشادية</translation>
    </message>
    <message>
      <source>العربية</source>
      <translation>العربية</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>&amp;About FactDesk</source>
      <translation>&amp;حول FactDesk</translation>
    </message>
    <message>
      <source>Verdict: %1</source>
      <translation>الحكم: %1</translation>
    </message>
  </context>
  <context>
    <name>AnnotationImport</name>
    <message>
      <source>No article of the project has this address or text.</source>
      <translation>لا يوجد في المشروع مقال بهذا العنوان الإلكتروني أو بهذا النص.</translation>
    </message>
    <message>
      <source>Import annotations</source>
      <translation>استيراد تعليقات توضيحية</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>حسنًا</translation>
    </message>
    <message>
      <source>It is not an annotation file FactDesk can read: FactDesk reads W3C Web Annotations (JSON-LD) and Hypothesis JSON exports.</source>
      <translation>ليس ملف تعليقات توضيحية يستطيع FactDesk قراءته: يقرأ FactDesk تعليقات الويب التوضيحية W3C ‏(JSON-LD) وملفات JSON المُصدَّرة من Hypothesis.</translation>
    </message>
    <message>
      <source>It is too large for an annotation file.</source>
      <translation>إنه أكبر من أن يكون ملف تعليقات توضيحية.</translation>
    </message>
    <message>
      <source>It could not be opened: it is missing, a folder, or not readable.</source>
      <translation>تعذّر فتحه: فهو غير موجود، أو مجلد، أو لا تُسمح قراءته.</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>كل الملفات (*)</translation>
    </message>
    <message>
      <source>The quote is no longer in «%1».</source>
      <translation>لم يعد النص المقتبس موجودًا في «%1».</translation>
    </message>
    <message>
      <source>«%1» was not imported, and nothing was changed. %2</source>
      <translation>لم يُستورد «%1»، ولم يتغير شيء. %2</translation>
    </message>
    <message>
      <source>Annotations: W3C or Hypothesis JSON (%1)</source>
      <translation>تعليقات توضيحية: W3C أو JSON من Hypothesis ‏(%1)</translation>
    </message>
    <message>
      <source>Annotations imported: placed exactly %1, re-anchored %2, not placed %3.</source>
      <translation>استُوردت التعليقات التوضيحية: وُضع في مكانه تمامًا %1، وأُعيد تثبيته %2، ولم يوضع %3.</translation>
    </message>
  </context>
  <context>
    <name>AnnotationImportDialog</name>
    <message>
      <source>Re-anchored: the quote moved or changed slightly</source>
      <translation>أُعيد تثبيتها: انتقل النص المقتبس أو تغيّر قليلًا</translation>
    </message>
    <message>
      <source>Not placed (orphans): the quote was not found</source>
      <translation>لم توضع (يتيمة): لم يُعثر على النص المقتبس</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Edit → Undo takes the whole import back in one step.</source>
      <translation>تحرير ← تراجع يلغي الاستيراد كله في خطوة واحدة.</translation>
    </message>
    <message>
      <source>Quote in the file</source>
      <translation>النص المقتبس في الملف</translation>
    </message>
    <message>
      <source>The article now reads</source>
      <translation>ما يقوله المقال الآن</translation>
    </message>
    <message>
      <source>Similarity</source>
      <translation>التشابه</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>النص المقتبس</translation>
    </message>
    <message>
      <source>What it annotated</source>
      <translation>ما علّقت عليه</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Annotations imported from %1</source>
      <translation>التعليقات التوضيحية المستوردة من %1</translation>
    </message>
    <message>
      <source>Items of the file with no quote to place: %1.</source>
      <translation>عناصر في الملف بلا نص مقتبس يُثبَّت: %1.</translation>
    </message>
    <message>
      <source>Annotations in the file: %1. Placed exactly: %2. Re-anchored where the quote moved or changed slightly: %3. Not placed, their quote not found: %4.</source>
      <translation>التعليقات التوضيحية في الملف: %1. وُضعت في مكانها تمامًا: %2. أُعيد تثبيتها حيث انتقل النص المقتبس أو تغيّر قليلًا: %3. لم توضع، إذ لم يُعثر على نصها المقتبس: %4.</translation>
    </message>
    <message>
      <source>New highlights: %1; already there: %2; new claims: %3; links to claims: %4.</source>
      <translation>تظليلات جديدة: %1؛ موجودة من قبل: %2؛ ادعاءات جديدة: %3؛ روابط بالادعاءات: %4.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Something went wrong</source>
      <translation>حدث خطأ ما</translation>
    </message>
    <message>
      <source>The project is damaged</source>
      <translation>المشروع تالف</translation>
    </message>
    <message>
      <source>SQLite found a damaged part of the project file while reading it (%1). What is shown may be incomplete, and nothing will be written to it. File → Restore a backup… lists its backups and when each was made: restoring one loses every change made after it, so keep a copy of the damaged file too.</source>
      <translation>وجد SQLite جزءًا تالفًا من ملف المشروع أثناء قراءته (%1). قد يكون المعروض ناقصًا، ولن يُكتب فيه شيء. ملف ← استعادة نسخة احتياطية… يعرض نسخه الاحتياطية ووقت كل منها: استعادة نسخة تُضيع كل تغيير جرى بعدها، فاحتفظ بنسخة من الملف التالف أيضًا.</translation>
    </message>
    <message>
      <source>FactDesk hit an unexpected problem: %1

Everything you did before is saved in the project file. The details were written to %2</source>
      <translation>واجه FactDesk مشكلة غير متوقعة: %1

كل ما أنجزته قبل ذلك محفوظ في ملف المشروع. سُجّلت التفاصيل في %2</translation>
    </message>
  </context>
  <context>
    <name>ArticleDetailsDialog</name>
    <message>
      <source>Article details</source>
      <translation>تفاصيل المقال</translation>
    </message>
    <message>
      <source>The text of an article never changes once imported: highlights point into it.</source>
      <translation>لا يتغير نص المقال بعد استيراده: التظليلات تشير إلى مواضع فيه.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
  </context>
  <context>
    <name>ArticleListModel</name>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Outlet</source>
      <translation>الوسيلة</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Highlights</source>
      <translation>تظليلات</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>الادعاءات</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
  </context>
  <context>
    <name>ArticlePane</name>
    <message>
      <source>No article</source>
      <translation>لا يوجد مقال</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <source>outlet unknown</source>
      <translation>الوسيلة الإعلامية غير معروفة</translation>
    </message>
  </context>
  <context>
    <name>ArticleReader</name>
    <message>
      <source>Worth checking first</source>
      <translation>جديرة بالتحقق أولاً</translation>
    </message>
    <message>
      <source>Worth checking</source>
      <translation>جديرة بالتحقق</translation>
    </message>
    <message>
      <source>Highlight without a claim</source>
      <translation>تظليل غير مرتبط بادعاء</translation>
    </message>
  </context>
  <context>
    <name>AttachEvidenceDialog</name>
    <message>
      <source>Add evidence from a source</source>
      <translation>إضافة دليل من مصدر</translation>
    </message>
    <message>
      <source>What the source says, when and how you reached it (optional)</source>
      <translation>ما يقوله المصدر، ومتى وكيف وصلت إليه (اختياري)</translation>
    </message>
    <message>
      <source>The evidence:</source>
      <translation>الدليل:</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>ملاحظة:</translation>
    </message>
    <message>
      <source>Attach</source>
      <translation>إرفاق</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>The source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <source>The claim this evidence is about</source>
      <translation>الادعاء الذي يتعلق به الدليل</translation>
    </message>
    <message>
      <source>The claim: «%1»</source>
      <translation>الادعاء: «%1»</translation>
    </message>
    <message>
      <source>The source: «%1» (%2)</source>
      <translation>المصدر: «%1» (%2)</translation>
    </message>
  </context>
  <context>
    <name>ClaimDetail</name>
    <message>
      <source>Why this verdict: the sources and reasoning.</source>
      <translation>سبب هذا الحكم: المصادر والاستدلال.</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <source>How the selected passage relates to the claim</source>
      <translation>علاقة المقطع المحدد بالادعاء</translation>
    </message>
    <message>
      <source>Highlight note…</source>
      <translation>ملاحظة التظليل…</translation>
    </message>
    <message>
      <source>Unlink…</source>
      <translation>فك الربط…</translation>
    </message>
    <message>
      <source>Take the selected passage off this claim (the highlight stays)</source>
      <translation>إزالة المقطع المحدد من مواضع هذا الادعاء (يبقى التظليل)</translation>
    </message>
    <message>
      <source>Add from a source…</source>
      <translation>إضافة من مصدر…</translation>
    </message>
    <message>
      <source>Attach a source of the project (a statement, a data set, a call) to this claim</source>
      <translation>إرفاق مصدر من مصادر المشروع (بيان، مجموعة بيانات، مكالمة) بهذا الادعاء</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>تعديل…</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <source>Scale…</source>
      <translation>سلّم الأحكام…</translation>
    </message>
    <message>
      <source>Edit the verdict scale: labels, rating values, colours</source>
      <translation>تعديل سلّم الأحكام: التسميات وقيم التقييم والألوان</translation>
    </message>
    <message>
      <source>Open in the article</source>
      <translation>فتحه في المقال</translation>
    </message>
    <message>
      <source>Unlink from this claim…</source>
      <translation>فك ربطه بهذا الادعاء…</translation>
    </message>
    <message>
      <source>Add evidence from a source…</source>
      <translation>إضافة دليل من مصدر…</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>الادعاء</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>الحكم</translation>
    </message>
    <message>
      <source>Reviewer</source>
      <translation>المراجِع</translation>
    </message>
    <message>
      <source>Rationale</source>
      <translation>التعليل</translation>
    </message>
    <message>
      <source>Appearances across articles</source>
      <translation>مواضع الظهور في المقالات</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>الأدلة</translation>
    </message>
    <message>
      <source>Published fact-checks</source>
      <translation>تحققات منشورة</translation>
    </message>
    <message>
      <source>History</source>
      <translation>السجل</translation>
    </message>
    <message>
      <source>Claim detail</source>
      <translation>تفاصيل الادعاء</translation>
    </message>
    <message>
      <source>Edit evidence…</source>
      <translation>تعديل الدليل…</translation>
    </message>
    <message>
      <source>Delete evidence…</source>
      <translation>حذف الدليل…</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <source>Unlink</source>
      <translation>فك الربط</translation>
    </message>
    <message>
      <source>Highlight note</source>
      <translation>ملاحظة التظليل</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Delete evidence</source>
      <translation>حذف الدليل</translation>
    </message>
    <message>
      <source>The project's library of published fact-checks is empty: Claim → Fact-check library… imports one.</source>
      <translation>مكتبة المشروع من التحققات المنشورة فارغة: الادعاء ← مكتبة التحققات المنشورة… لاستيراد ملف منها.</translation>
    </message>
    <message>
      <source>No published fact-check of the library is close to this claim.</source>
      <translation>لا تحقق منشورًا في المكتبة قريبًا من هذا الادعاء.</translation>
    </message>
    <message>
      <source>(no rating)</source>
      <translation>(بلا تقييم)</translation>
    </message>
    <message>
      <source>Add this fact-check as a source of the claim, with evidence whose stance follows its rating</source>
      <translation>أضف هذا التحقق مصدرًا للادعاء، مع دليل يتبع موقفُه التقييمَ المنشور</translation>
    </message>
    <message>
      <source>Select a claim to see its detail.</source>
      <translation>اختر ادعاءً لعرض تفاصيله.</translation>
    </message>
    <message>
      <source>Open the article at this passage</source>
      <translation>افتح المقال عند هذا المقطع</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Attached</source>
      <translation>مُرفَق</translation>
    </message>
    <message>
      <source>Attach as source</source>
      <translation>إرفاقه مصدرًا</translation>
    </message>
    <message>
      <source>Take the passage «%1» off this claim? The highlight stays in the article «%2». You can undo this.</source>
      <translation>هل تريد إزالة المقطع «%1» من مواضع هذا الادعاء؟ يبقى التظليل في المقال «%2». يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
      <source>Delete this evidence (%1: «%2»)? The claim and the source stay. You can undo this.</source>
      <translation>هل تريد حذف هذا الدليل (%1: «%2»)؟ يبقى الادعاء والمصدر. يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
      <source>A note on the highlight «%1»:</source>
      <translation>ملاحظة على التظليل «%1»:</translation>
    </message>
  </context>
  <context>
    <name>ClaimFilters</name>
    <message>
      <source>In the open article</source>
      <translation>في المقال المفتوح</translation>
    </message>
    <message>
      <source>From date</source>
      <translation>من تاريخ</translation>
    </message>
    <message>
      <source>To date</source>
      <translation>إلى تاريخ</translation>
    </message>
    <message>
      <source>Claims from date</source>
      <translation>الادعاءات من تاريخ</translation>
    </message>
    <message>
      <source>Claims to date</source>
      <translation>الادعاءات حتى تاريخ</translation>
    </message>
    <message>
      <source>Filter by tag</source>
      <translation>التصفية حسب الوسم</translation>
    </message>
    <message>
      <source>Filter by outlet</source>
      <translation>التصفية حسب الوسيلة الإعلامية</translation>
    </message>
    <message>
      <source>Claims in articles published on or after this date</source>
      <translation>الادعاءات الواردة في مقالات نُشرت في هذا التاريخ أو بعده</translation>
    </message>
    <message>
      <source>Claims in articles published on or before this date</source>
      <translation>الادعاءات الواردة في مقالات نُشرت في هذا التاريخ أو قبله</translation>
    </message>
    <message>
      <source>Still unverified</source>
      <translation>لم يُتحقق منها بعد</translation>
    </message>
    <message>
      <source>Claims whose verdict is still «Unverified» or «In progress»</source>
      <translation>الادعاءات التي ما زال حكمها «لم يُتحقق منه» أو «قيد التحقق»</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>إلغاء التصفية</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>كل الوسوم</translation>
    </message>
    <message>
      <source>All outlets</source>
      <translation>كل الوسائل</translation>
    </message>
    <message>
      <source>No claim matches these filters.</source>
      <translation>لا ادعاء يطابق هذه التصفية.</translation>
    </message>
  </context>
  <context>
    <name>ClaimPicker</name>
    <message>
      <source>The passage</source>
      <translation>المقطع</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>ربط</translation>
    </message>
    <message>
      <source>Link to a claim</source>
      <translation>الربط بادعاء</translation>
    </message>
  </context>
  <context>
    <name>ClaimSearch</name>
    <message>
      <source>Search the claims; spelling variants and diacritics do not matter</source>
      <translation>ابحث في الادعاءات؛ لا يؤثر اختلاف الإملاء ولا التشكيل</translation>
    </message>
    <message>
      <source>Search the claims</source>
      <translation>البحث في الادعاءات</translation>
    </message>
    <message>
      <source>Claims found</source>
      <translation>الادعاءات التي عُثر عليها</translation>
    </message>
    <message>
      <source>This project has no claims yet.</source>
      <translation>لا ادعاءات في هذا المشروع بعد.</translation>
    </message>
    <message>
      <source>No claim matches «%1».</source>
      <translation>لا ادعاء يطابق «%1».</translation>
    </message>
  </context>
  <context>
    <name>ClaimTableModel</name>
    <message>
      <source>Verdict</source>
      <translation>الحكم</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>الادعاء</translation>
    </message>
    <message>
      <source>Appearances</source>
      <translation>مرات الظهور</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
    <message>
      <source>Last change</source>
      <translation>آخر تعديل</translation>
    </message>
    <message numerus="yes">
      <source>%1 in %n article(s)</source>
      <translation>
        <numerusform>%1 في صفر من المقالات</numerusform>
        <numerusform>%1 في مقال واحد</numerusform>
        <numerusform>%1 في مقالين</numerusform>
        <numerusform>%1 في %n مقالات</numerusform>
        <numerusform>%1 في %n مقالًا</numerusform>
        <numerusform>%1 في %n مقال</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClaimTagsNote</name>
    <message>
      <source>Tags</source>
      <translation>الوسوم</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <source>Add a tag, then Enter</source>
      <translation>أضف وسمًا ثم اضغط Enter</translation>
    </message>
    <message>
      <source>A topic such as «سوريا» or «انتخابات»: the claims table filters by it</source>
      <translation>موضوع مثل «سوريا» أو «انتخابات»: يُصفّى به جدول الادعاءات</translation>
    </message>
    <message>
      <source>Remove tag</source>
      <translation>إزالة الوسم</translation>
    </message>
    <message>
      <source>Take the selected tag off this claim (Delete)</source>
      <translation>إزالة الوسم المحدد عن هذا الادعاء (Delete)</translation>
    </message>
    <message>
      <source>Your own note on this claim (not in reports).</source>
      <translation>ملاحظتك الخاصة على هذا الادعاء (لا تظهر في التقارير).</translation>
    </message>
    <message>
      <source>The claim's tags</source>
      <translation>وسوم الادعاء</translation>
    </message>
    <message>
      <source>New tag</source>
      <translation>وسم جديد</translation>
    </message>
    <message>
      <source>The claim's note</source>
      <translation>ملاحظة الادعاء</translation>
    </message>
  </context>
  <context>
    <name>CompareView</name>
    <message>
      <source>Article &amp;A:</source>
      <translation>المقال &amp;أ:</translation>
    </message>
    <message>
      <source>Article &amp;B:</source>
      <translation>المقال &amp;ب:</translation>
    </message>
    <message>
      <source>Swap</source>
      <translation>تبديل</translation>
    </message>
    <message>
      <source>Swap the two articles</source>
      <translation>تبديل موضعَي المقالين</translation>
    </message>
    <message>
      <source>Make linked claims</source>
      <translation>اجعلهما ادعاءً مربوطًا</translation>
    </message>
    <message>
      <source>Make the selected figure pair into linked claims (Ctrl+L); Ctrl+Z undoes it</source>
      <translation>اجعل زوج الأرقام المحدد ادعاءً مربوطًا بالمقالين (Ctrl+L)؛ ويتراجع عنه Ctrl+Z</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <source>A</source>
      <translation>أ</translation>
    </message>
    <message>
      <source>B</source>
      <translation>ب</translation>
    </message>
    <message>
      <source>Choose two articles to compare.</source>
      <translation>اختر مقالين للمقارنة بينهما.</translation>
    </message>
    <message>
      <source>Comparing figures…</source>
      <translation>مقارنة الأرقام…</translation>
    </message>
    <message>
      <source>These figures are about different events: they are two claims, not one.</source>
      <translation>هذان الرقمان عن حدثين مختلفين: هما ادعاءان لا ادعاء واحد.</translation>
    </message>
    <message>
      <source>Already linked to one claim.</source>
      <translation>مربوطان بادعاء واحد من قبل.</translation>
    </message>
    <message>
      <source>No claim appears in both articles yet: link a highlight in each to the same claim.</source>
      <translation>لا يوجد بعدُ ادعاء يظهر في المقالين كليهما: اربط تظليلًا في كل منهما بالادعاء نفسه.</translation>
    </message>
    <message numerus="yes">
      <source>%n claim(s) appear in both articles</source>
      <translation>
        <numerusform>لا ادعاءات مشتركة بين المقالين</numerusform>
        <numerusform>ادعاء واحد مشترك بين المقالين</numerusform>
        <numerusform>ادعاءان مشتركان بين المقالين</numerusform>
        <numerusform>%n ادعاءات مشتركة بين المقالين</numerusform>
        <numerusform>%n ادعاءً مشتركًا بين المقالين</numerusform>
        <numerusform>%n ادعاء مشترك بين المقالين</numerusform>
      </translation>
    </message>
    <message>
      <source>Comparing the figures…</source>
      <translation>تجري مقارنة الأرقام…</translation>
    </message>
    <message>
      <source>No figures to compare.</source>
      <translation>لا أرقام للمقارنة.</translation>
    </message>
    <message>
      <source>Select a figure pair first.</source>
      <translation>حدّد زوج أرقام أولًا.</translation>
    </message>
    <message>
      <source>Linked as one claim; Ctrl+Z undoes it.</source>
      <translation>رُبطا بادعاء واحد؛ ويتراجع عن ذلك Ctrl+Z.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>لا شيء يتغيّر.</translation>
    </message>
    <message>
      <source>The figures could not be compared: %1</source>
      <translation>تعذّرت مقارنة الأرقام: %1</translation>
    </message>
    <message numerus="yes">
      <source>%n figure pair(s)</source>
      <translation>
        <numerusform>لا أزواج أرقام</numerusform>
        <numerusform>زوج أرقام واحد</numerusform>
        <numerusform>زوجا أرقام</numerusform>
        <numerusform>%n أزواج أرقام</numerusform>
        <numerusform>%n زوجًا من الأرقام</numerusform>
        <numerusform>%n زوج أرقام</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflict(s)</source>
      <translation>
        <numerusform>لا تعارضات</numerusform>
        <numerusform>تعارض واحد</numerusform>
        <numerusform>تعارضان</numerusform>
        <numerusform>%n تعارضات</numerusform>
        <numerusform>%n تعارضًا</numerusform>
        <numerusform>%n تعارض</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n about another event</source>
      <translation>
        <numerusform>لا شيء عن حدث آخر</numerusform>
        <numerusform>زوج واحد عن حدث آخر</numerusform>
        <numerusform>زوجان عن حدث آخر</numerusform>
        <numerusform>%n أزواج عن حدث آخر</numerusform>
        <numerusform>%n زوجًا عن حدث آخر</numerusform>
        <numerusform>%n زوج عن حدث آخر</numerusform>
      </translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
  </context>
  <context>
    <name>DashboardWindow</name>
    <message>
      <source>Project dashboard</source>
      <translation>لوحة مؤشرات المشروع</translation>
    </message>
    <message>
      <source>&amp;Verdicts</source>
      <translation>&amp;الأحكام</translation>
    </message>
    <message>
      <source>&amp;Outlets</source>
      <translation>ال&amp;وسائل الإعلامية</translation>
    </message>
    <message>
      <source>Verdicts &amp;by outlet</source>
      <translation>الأحكام &amp;حسب الوسيلة</translation>
    </message>
    <message>
      <source>&amp;Work over time</source>
      <translation>&amp;سير العمل عبر الزمن</translation>
    </message>
    <message>
      <source>&amp;Printable report (HTML, PDF)…</source>
      <translation>التقرير ال&amp;مطبوع (HTML وPDF)…</translation>
    </message>
    <message>
      <source>Writing the printable report…</source>
      <translation>جارٍ إعداد التقرير المطبوع…</translation>
    </message>
    <message>
      <source>Cancelled: nothing was written.</source>
      <translation>أُلغي: لم يُكتب شيء.</translation>
    </message>
    <message>
      <source>Save the printable report</source>
      <translation>حفظ التقرير المطبوع</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf);;Web pages (*.html)</source>
      <translation>مستندات PDF ‏(*.pdf);;صفحات ويب ‏(*.html)</translation>
    </message>
    <message>
      <source>The report was not written: %1</source>
      <translation>لم يُكتب التقرير: %1</translation>
    </message>
    <message>
      <source>Claims written: %1, to %2</source>
      <translation>عدد الادعاءات المكتوبة: %1، في %2</translation>
    </message>
    <message>
      <source>Claims: %1 · outlets: %2 · claims quoted nowhere: %3</source>
      <translation>الادعاءات: %1 · الوسائل الإعلامية: %2 · ادعاءات بلا موضع ورود: %3</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>This cannot be done</source>
      <translation>لا يمكن إجراء ذلك</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>حسنًا</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>The selected passage</source>
      <translation>المقطع المحدَّد</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>العنوان:</translation>
    </message>
    <message>
      <source>Outlet:</source>
      <translation>الوسيلة الإعلامية:</translation>
    </message>
    <message>
      <source>Author:</source>
      <translation>الكاتب:</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>المكان:</translation>
    </message>
    <message>
      <source>Web address:</source>
      <translation>الرابط:</translation>
    </message>
    <message>
      <source>Publication date:</source>
      <translation>تاريخ النشر:</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>This is not a date. Write it as year-month-day, for example %1, or as year-month, for example %2. It was not saved.</source>
      <translation>هذا ليس تاريخًا. اكتبه بصيغة السنة-الشهر-اليوم، مثل %1، أو السنة-الشهر، مثل %2. لم يُحفظ.</translation>
    </message>
  </context>
  <context>
    <name>EditDialogs</name>
    <message>
      <source>Delete evidence</source>
      <translation>حذف الدليل</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete this evidence (%1) for the claim «%2»? The claim and the source stay. You can undo this.</source>
      <translation>أتحذف هذا الدليل (%1) على الادعاء «%2»؟ يبقى الادعاء ويبقى المصدر. يمكنك التراجع عن ذلك.</translation>
    </message>
  </context>
  <context>
    <name>Editing</name>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <source>You can undo this.</source>
      <translation>يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
      <source>Edit details…</source>
      <translation>تعديل التفاصيل…</translation>
    </message>
    <message>
      <source>Delete article…</source>
      <translation>حذف المقال…</translation>
    </message>
    <message numerus="yes">
      <source>Its %n highlight(s) will be deleted with it.</source>
      <translation>
        <numerusform>لن يُحذف معه أي تظليل.</numerusform>
        <numerusform>سيُحذف معه تظليل واحد.</numerusform>
        <numerusform>سيُحذف معه تظليلان.</numerusform>
        <numerusform>ستُحذف معه %n تظليلات.</numerusform>
        <numerusform>سيُحذف معه %n تظليلًا.</numerusform>
        <numerusform>سيُحذف معه %n تظليل.</numerusform>
      </translation>
    </message>
    <message>
      <source>It has no highlights.</source>
      <translation>ليس فيه تظليلات.</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) from them to claims will go too; the claims themselves stay.</source>
      <translation>
        <numerusform>ولا روابط منها بالادعاءات؛ أما الادعاءات نفسها فتبقى.</numerusform>
        <numerusform>وسيُزال معها رابط واحد بادعاء؛ أما الادعاءات نفسها فتبقى.</numerusform>
        <numerusform>وسيُزال معها رابطان بالادعاءات؛ أما الادعاءات نفسها فتبقى.</numerusform>
        <numerusform>وستُزال معها %n روابط بالادعاءات؛ أما الادعاءات نفسها فتبقى.</numerusform>
        <numerusform>وسيُزال معها %n رابطًا بالادعاءات؛ أما الادعاءات نفسها فتبقى.</numerusform>
        <numerusform>وسيُزال معها %n رابط بالادعاءات؛ أما الادعاءات نفسها فتبقى.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n evidence item(s) quoting the article will be deleted too.</source>
      <translation>
        <numerusform>ولا دليل يقتبس من المقال فيُحذف معه.</numerusform>
        <numerusform>وسيُحذف كذلك دليل واحد يقتبس من المقال.</numerusform>
        <numerusform>وسيُحذف كذلك دليلان يقتبسان من المقال.</numerusform>
        <numerusform>وستُحذف كذلك %n أدلة تقتبس من المقال.</numerusform>
        <numerusform>وسيُحذف كذلك %n دليلًا يقتبس من المقال.</numerusform>
        <numerusform>وسيُحذف كذلك %n دليل يقتبس من المقال.</numerusform>
      </translation>
    </message>
    <message>
      <source>The source that is this article stays, without it.</source>
      <translation>يبقى المصدر الذي يمثّل هذا المقال، من دون المقال.</translation>
    </message>
    <message>
      <source>Delete article</source>
      <translation>حذف المقال</translation>
    </message>
    <message>
      <source>Delete the article «%1»?</source>
      <translation>هل تريد حذف المقال «%1»؟</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
  </context>
  <context>
    <name>EvidenceDialog</name>
    <message>
      <source>Add evidence</source>
      <translation>إضافة دليل</translation>
    </message>
    <message>
      <source>The claim this evidence is about</source>
      <translation>الادعاء الذي يتعلق به الدليل</translation>
    </message>
    <message>
      <source>The evidence</source>
      <translation>الدليل</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <source>Another source of the project:</source>
      <translation>مصدر آخر من مصادر المشروع:</translation>
    </message>
    <message>
      <source>A note on this evidence (optional)</source>
      <translation>ملاحظة على هذا الدليل (اختيارية)</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>ملاحظة:</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <source>This article: «%1»</source>
      <translation>هذا المقال: «%1»</translation>
    </message>
  </context>
  <context>
    <name>EvidenceEditDialog</name>
    <message>
      <source>Edit evidence</source>
      <translation>تعديل الدليل</translation>
    </message>
    <message>
      <source>A note on this evidence (optional)</source>
      <translation>ملاحظة على هذا الدليل (اختيارية)</translation>
    </message>
    <message>
      <source>The evidence:</source>
      <translation>الدليل:</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>ملاحظة:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <source>Source: %1</source>
      <translation>المصدر: %1</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>ClaimReview (JSON-LD), for search engines and fact-check sites</source>
      <translation>ClaimReview ‏(JSON-LD)، لمحركات البحث ومواقع التحقق</translation>
    </message>
    <message>
      <source>W3C Web Annotations (JSON-LD): every highlight</source>
      <translation>تعليقات الويب التوضيحية W3C ‏(JSON-LD): كل التظليلات</translation>
    </message>
    <message>
      <source>Export the report</source>
      <translation>تصدير التقرير</translation>
    </message>
    <message>
      <source>Reviewed from</source>
      <translation>رُوجع من</translation>
    </message>
    <message>
      <source>Reviewed until</source>
      <translation>رُوجع حتى</translation>
    </message>
    <message>
      <source>All articles</source>
      <translation>كل المقالات</translation>
    </message>
    <message>
      <source>All outlets</source>
      <translation>كل الوسائل</translation>
    </message>
    <message>
      <source>Excel workbook (XLSX), recommended</source>
      <translation>مصنف Excel ‏(XLSX)، موصى به</translation>
    </message>
    <message>
      <source>OpenDocument spreadsheet (ODS), recommended</source>
      <translation>جدول OpenDocument ‏(ODS)، موصى به</translation>
    </message>
    <message>
      <source>CSV (plain text)</source>
      <translation>CSV (نص عادي)</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>English names, both verdict labels (for scripts)</source>
      <translation>أسماء إنجليزية وتسميتا الحكم معًا (للبرامج النصية)</translation>
    </message>
    <message>
      <source>Byte-order &amp;mark (BOM), which Excel needs to read Arabic</source>
      <translation>&amp;علامة ترتيب البايتات (BOM) التي يحتاجها Excel لقراءة العربية</translation>
    </message>
    <message>
      <source>&amp;Rating in:</source>
      <translation>لغة ال&amp;تقييم:</translation>
    </message>
    <message>
      <source>One file per claim, in a &amp;folder (else one feed file)</source>
      <translation>ملف لكل ادعاء في &amp;مجلد (وإلا فملف تغذية واحد)</translation>
    </message>
    <message>
      <source>Project &amp;settings…</source>
      <translation>&amp;إعدادات المشروع…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>&amp;Choose…</source>
      <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
      <source>&amp;File:</source>
      <translation>ال&amp;ملف:</translation>
    </message>
    <message>
      <source>First rows</source>
      <translation>الصفوف الأولى</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>تنبيهات</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;تصدير</translation>
    </message>
    <message>
      <source>Excel opens this CSV as it is. LibreOffice needs to be told it is UTF-8: open it with File &gt; Open, and in the Text Import dialog set Character set to «Unicode (UTF-8)» and tick «Format quoted field as text». The corrections history is written beside it (NAME-corrections.csv). XLSX and ODS need no import dialog: they are recommended.</source>
      <translation>يفتح Excel ملف CSV هذا كما هو. أما LibreOffice فيجب إخباره بأنه ⁨UTF-8⁩: افتحه من ملف &gt; فتح، وفي نافذة «استيراد نص» اختر في «مجموعة المحارف» («⁨Character set⁩») القيمة «⁨Unicode (UTF-8)⁩» وفعّل «تنسيق الحقل المقتبس كنص» («⁨Format quoted field as text⁩»). ويُكتب سجل التصحيحات بجانبه («⁨NAME-corrections.csv⁩»). صيغتا XLSX وODS لا تحتاجان إلى نافذة استيراد، ولذا نوصي بهما.</translation>
    </message>
    <message>
      <source>ClaimReview names the organisation that reviewed each claim: set it in the project's settings first.</source>
      <translation>يذكر ClaimReview الجهة التي راجعت كل ادعاء: حدّدها أولًا في إعدادات المشروع.</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
      <source>OpenDocument spreadsheets (*.ods)</source>
      <translation>جداول OpenDocument ‏(*.ods)</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
      <source>JSON-LD files (*.jsonld *.json)</source>
      <translation>ملفات JSON-LD ‏(*.jsonld *.json)</translation>
    </message>
    <message>
      <source>Exporting the report…</source>
      <translation>جارٍ تصدير التقرير…</translation>
    </message>
    <message>
      <source>Exporting ClaimReview…</source>
      <translation>جارٍ تصدير ClaimReview…</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>جارٍ التصدير…</translation>
    </message>
    <message>
      <source>Cancelled: nothing was written.</source>
      <translation>أُلغي: لم يُكتب شيء.</translation>
    </message>
    <message>
      <source>Which claims</source>
      <translation>أي الادعاءات</translation>
    </message>
    <message>
      <source>&amp;Verdicts:</source>
      <translation>&amp;الأحكام:</translation>
    </message>
    <message>
      <source>&amp;to</source>
      <translation>إ&amp;لى</translation>
    </message>
    <message>
      <source>&amp;Reviewed from:</source>
      <translation>رُوجع &amp;من:</translation>
    </message>
    <message>
      <source>&amp;Article:</source>
      <translation>الم&amp;قال:</translation>
    </message>
    <message>
      <source>O&amp;utlet:</source>
      <translation>ال&amp;وسيلة الإعلامية:</translation>
    </message>
    <message>
      <source>Columns and format</source>
      <translation>الأعمدة والصيغة</translation>
    </message>
    <message>
      <source>Co&amp;lumns:</source>
      <translation>الأ&amp;عمدة:</translation>
    </message>
    <message>
      <source>F&amp;ormat:</source>
      <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
      <source>&amp;Headers:</source>
      <translation>&amp;عناوين الأعمدة:</translation>
    </message>
    <message>
      <source>The language of the rating's «alternateName»; its English label is always in «name»</source>
      <translation>لغة اسم التقييم البديل «alternateName»؛ أما تسميته الإنجليزية فتُكتب دائمًا في «name»</translation>
    </message>
    <message>
      <source>Tick at least one verdict.</source>
      <translation>حدّد حكمًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <source>A folder for the ClaimReview files</source>
      <translation>مجلد لملفات ClaimReview</translation>
    </message>
    <message>
      <source>Choose a file in an existing folder.</source>
      <translation>اختر ملفًا في مجلد موجود.</translation>
    </message>
    <message>
      <source>Exporting the annotations…</source>
      <translation>جارٍ تصدير التعليقات التوضيحية…</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <source>Every highlight of the project, with its claim and verdict, as W3C Web Annotations (the words quoted and their place): other annotation tools read them, and File → Import annotations… brings them into another project.</source>
      <translation>كل تظليلات المشروع، مع ادعاءاتها وأحكامها، بصيغة تعليقات الويب التوضيحية W3C (النص المقتبس ومكانه): تقرؤها أدوات التعليق الأخرى، ويُدخلها الأمر ملف ← استيراد تعليقات توضيحية… في مشروع آخر.</translation>
    </message>
    <message>
      <source>Opens in Excel and LibreOffice without any import dialog: a claims sheet and a corrections-history sheet, right to left.</source>
      <translation>يُفتح في Excel وLibreOffice دون أي نافذة استيراد: ورقة للادعاءات وورقة لسجل التصحيحات، من اليمين إلى اليسار.</translation>
    </message>
    <message>
      <source>Reviewed by: %1 (the project's organisation)</source>
      <translation>المراجِع: %1 (جهة المشروع)</translation>
    </message>
    <message>
      <source>Claims in this report: %1</source>
      <translation>الادعاءات في هذا التقرير: %1</translation>
    </message>
    <message>
      <source>The report was not written: %1</source>
      <translation>لم يُكتب التقرير: %1</translation>
    </message>
    <message>
      <source>ClaimReview is the markup search engines and fact-check sites read: one review per judged claim of the chosen ones (claims still Unverified or In progress are left out), safe to paste into a web page's «script» element. Search engines show at most %1 characters of a claim: longer ones are listed after the export.</source>
      <translation>ClaimReview هو الترميز الذي تقرؤه محركات البحث ومواقع التحقق: مراجعة واحدة لكل ادعاء صدر فيه حكم من الادعاءات المختارة (تُستبعد الادعاءات التي ما زالت «لم يُتحقق منه» أو «قيد التحقق»)، وهو آمن للصق داخل عنصر «script» في صفحة ويب. تعرض محركات البحث %1 حرفًا على الأكثر من نص الادعاء: تُذكر الادعاءات الأطول بعد التصدير.</translation>
    </message>
    <message>
      <source>Highlights in the project: %1</source>
      <translation>التظليلات في المشروع: %1</translation>
    </message>
    <message>
      <source>Search engines show at most %1 characters of a claim («claimReviewed»); these are longer and will be cut. Shorten them in the claim's detail:</source>
      <translation>تعرض محركات البحث %1 حرفًا على الأكثر من نص الادعاء («claimReviewed»)؛ هذه الادعاءات أطول وستُقتطع. اختصرها في تفاصيل الادعاء:</translation>
    </message>
    <message>
      <source>Claims longer than search engines show: %1.</source>
      <translation>ادعاءات أطول مما تعرضه محركات البحث: %1.</translation>
    </message>
    <message>
      <source>ClaimReview records written: %1, to %2. Claims not judged yet, left out: %3.</source>
      <translation>سجلات ClaimReview المكتوبة: %1، في %2. ادعاءات لم يصدر فيها حكم بعد، فاستُبعدت: %3.</translation>
    </message>
    <message>
      <source>Claims written: %1, to %2</source>
      <translation>عدد الادعاءات المكتوبة: %1، في %2</translation>
    </message>
    <message>
      <source>«%1»: %2 characters</source>
      <translation>«%1»: عدد أحرفه %2</translation>
    </message>
    <message>
      <source>Annotations written: %1, to %2</source>
      <translation>التعليقات التوضيحية المكتوبة: %1، في %2</translation>
    </message>
  </context>
  <context>
    <name>FactCheckLibrary</name>
    <message>
      <source>Fact-check library</source>
      <translation>مكتبة التحققات المنشورة</translation>
    </message>
    <message>
      <source>Import a file…</source>
      <translation>استيراد ملف…</translation>
    </message>
    <message>
      <source>ClaimReview (JSON-LD), a fact-check tools JSON export, or a CSV table</source>
      <translation>ClaimReview ‏(JSON-LD)، أو ملف JSON مُصدَّر من أدوات البحث عن التحققات، أو جدول CSV</translation>
    </message>
    <message>
      <source>Empty the library…</source>
      <translation>إفراغ المكتبة…</translation>
    </message>
    <message>
      <source>Search the claims and titles (الرقه finds الرقة)</source>
      <translation>ابحث في الادعاءات والعناوين (البحث عن الرقه يجد الرقة)</translation>
    </message>
    <message>
      <source>Search the library</source>
      <translation>البحث في المكتبة</translation>
    </message>
    <message>
      <source>Published fact-checks</source>
      <translation>تحققات منشورة</translation>
    </message>
    <message>
      <source>Open link</source>
      <translation>فتح الرابط</translation>
    </message>
    <message>
      <source>Copy link</source>
      <translation>نسخ الرابط</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Import published fact-checks</source>
      <translation>استيراد تحققات منشورة</translation>
    </message>
    <message>
      <source>Reading fact-checks</source>
      <translation>قراءة التحققات</translation>
    </message>
    <message>
      <source>no claim text</source>
      <translation>لا نص للادعاء</translation>
    </message>
    <message>
      <source>no link to the fact-check</source>
      <translation>لا رابط للتحقق</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>كل الملفات (*)</translation>
    </message>
    <message>
      <source>Reading «%1»…</source>
      <translation>قراءة «%1»…</translation>
    </message>
    <message>
      <source>Empty the library</source>
      <translation>إفراغ المكتبة</translation>
    </message>
    <message>
      <source>Published fact-checks in the library: %1</source>
      <translation>التحققات المنشورة في المكتبة: %1</translation>
    </message>
    <message>
      <source>Nothing was added: %1</source>
      <translation>لم يُضَف شيء: %1</translation>
    </message>
    <message>
      <source>Left out: %1</source>
      <translation>المستبعَد: %1</translation>
    </message>
    <message>
      <source>Empty</source>
      <translation>إفراغ</translation>
    </message>
    <message numerus="yes">
      <source>Closest to «%1»: %n published fact-check(s), best first.</source>
      <translation>
        <numerusform>لا تحققات منشورة قريبة من «%1».</numerusform>
        <numerusform>الأقرب إلى «%1»: تحقق منشور واحد.</numerusform>
        <numerusform>الأقرب إلى «%1»: تحققان منشوران، الأقرب أولًا.</numerusform>
        <numerusform>الأقرب إلى «%1»: %n تحققات منشورة، الأقرب أولًا.</numerusform>
        <numerusform>الأقرب إلى «%1»: %n تحققًا منشورًا، الأقرب أولًا.</numerusform>
        <numerusform>الأقرب إلى «%1»: %n تحقق منشور، الأقرب أولًا.</numerusform>
      </translation>
    </message>
    <message>
      <source>No published fact-check of the library is close to «%1».</source>
      <translation>لا تحقق منشورًا في المكتبة قريبًا من «%1».</translation>
    </message>
    <message>
      <source>Fact-checks (%1)</source>
      <translation>تحققات (%1)</translation>
    </message>
    <message>
      <source>item %1: %2</source>
      <translation>العنصر %1: %2</translation>
    </message>
    <message>
      <source>Take the %1 published fact-checks out of the library? Sources made from them stay. You can undo this.</source>
      <translation>هل تريد إخراج التحققات المنشورة (عددها %1) من المكتبة؟ تبقى المصادر المأخوذة منها. يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
      <source>shown: %1</source>
      <translation>المعروض: %1</translation>
    </message>
    <message>
      <source>From «%1»: %2 added, %3 already in the library, %4 left out (%5 read).</source>
      <translation>من «%1»: أُضيف %2، وكان %3 في المكتبة من قبل، واستُبعد %4 (قُرئ %5).</translation>
    </message>
  </context>
  <context>
    <name>FactCheckTableModel</name>
    <message>
      <source>(no rating)</source>
      <translation>(بلا تقييم)</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>الادعاء</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>التقييم</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>الناشر</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>الرابط</translation>
    </message>
    <message>
      <source>Double-click to open %1</source>
      <translation>انقر مرتين لفتح %1</translation>
    </message>
  </context>
  <context>
    <name>FigurePairsModel</name>
    <message>
      <source>Conflict: same event, different figures</source>
      <translation>تعارض: الحدث نفسه والرقمان مختلفان</translation>
    </message>
    <message>
      <source>Agree</source>
      <translation>متفقان</translation>
    </message>
    <message>
      <source>Agree: the bounds allow both</source>
      <translation>متفقان: الحدّان يسمحان بالرقمين</translation>
    </message>
    <message>
      <source>Same kind of figure, different event: check</source>
      <translation>رقم من النوع نفسه عن حدث آخر: للتحقق</translation>
    </message>
    <message>
      <source>Event unclear: check</source>
      <translation>الحدث غير واضح: للتحقق</translation>
    </message>
    <message>
      <source>Given by one article only</source>
      <translation>يذكره مقال واحد فقط</translation>
    </message>
    <message>
      <source>killed</source>
      <translation>قتلى</translation>
    </message>
    <message>
      <source>injured</source>
      <translation>جرحى</translation>
    </message>
    <message>
      <source>fighters</source>
      <translation>مقاتلون</translation>
    </message>
    <message>
      <source>vehicles</source>
      <translation>آليات</translation>
    </message>
    <message>
      <source>money</source>
      <translation>مال</translation>
    </message>
    <message>
      <source>percentage</source>
      <translation>نسبة مئوية</translation>
    </message>
    <message>
      <source>people</source>
      <translation>أشخاص</translation>
    </message>
    <message>
      <source>other</source>
      <translation>غير ذلك</translation>
    </message>
    <message>
      <source>at least</source>
      <translation>ما لا يقل عن</translation>
    </message>
    <message>
      <source>more than</source>
      <translation>أكثر من</translation>
    </message>
    <message>
      <source>about</source>
      <translation>نحو</translation>
    </message>
    <message>
      <source>less than</source>
      <translation>أقل من</translation>
    </message>
    <message>
      <source>up to</source>
      <translation>حتى</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Figure in A</source>
      <translation>الرقم في أ</translation>
    </message>
    <message>
      <source>Figure in B</source>
      <translation>الرقم في ب</translation>
    </message>
    <message>
      <source>Judgement</source>
      <translation>الحكم</translation>
    </message>
    <message>
      <source>Dates read</source>
      <translation>التواريخ المقروءة</translation>
    </message>
    <message>
      <source>A: %1</source>
      <translation>أ: %1</translation>
    </message>
    <message>
      <source>B: %1</source>
      <translation>ب: %1</translation>
    </message>
    <message>
      <source>Dates read: %1</source>
      <translation>التواريخ المقروءة: %1</translation>
    </message>
    <message>
      <source>Places: %1</source>
      <translation>الأماكن: %1</translation>
    </message>
    <message>
      <source>Actors: %1</source>
      <translation>الأطراف: %1</translation>
    </message>
  </context>
  <context>
    <name>FileTasks</name>
    <message>
      <source>Looking for files…</source>
      <translation>جارٍ البحث عن الملفات…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
      <source>Exporting the report…</source>
      <translation>جارٍ تصدير التقرير…</translation>
    </message>
    <message>
      <source>Checking the project…</source>
      <translation>جارٍ فحص المشروع…</translation>
    </message>
    <message>
      <source>Making a backup…</source>
      <translation>جارٍ إنشاء نسخة احتياطية…</translation>
    </message>
    <message>
      <source>That did not work</source>
      <translation>تعذّر إتمام العملية</translation>
    </message>
    <message>
      <source>Import files</source>
      <translation>استيراد ملفات</translation>
    </message>
    <message>
      <source>Import a folder</source>
      <translation>استيراد مجلد</translation>
    </message>
    <message>
      <source>Export the CSV report</source>
      <translation>تصدير تقرير CSV</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
      <source>Checking every page of the project…</source>
      <translation>جارٍ فحص كل صفحات ملف المشروع…</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
      <source>Backup to restore:</source>
      <translation>النسخة الاحتياطية المراد استعادتها:</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>كل الملفات (*)</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <source>No file that FactDesk imports was found there.</source>
      <translation>لم يُعثر هناك على أي ملف يستورده FactDesk.</translation>
    </message>
    <message>
      <source>Import cancelled: nothing was imported.</source>
      <translation>أُلغي الاستيراد: لم يُستورد شيء.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>استعادة</translation>
    </message>
    <message>
      <source>This project has no backups yet.</source>
      <translation>لا توجد نسخ احتياطية لهذا المشروع بعد.</translation>
    </message>
    <message>
      <source>not imported: the review was cancelled</source>
      <translation>لم يُستورد: أُلغيت المراجعة</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>تصدير</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>فحص السلامة</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>نسخة احتياطية</translation>
    </message>
    <message>
      <source>Articles (%1)</source>
      <translation>المقالات (%1)</translation>
    </message>
    <message>
      <source>The project passed the full integrity check.</source>
      <translation>اجتاز المشروع فحص السلامة الكامل.</translation>
    </message>
    <message>
      <source>«%1» was not imported. %2</source>
      <translation>لم يُستورد «%1». %2</translation>
    </message>
    <message>
      <source>Backed up to %1</source>
      <translation>حُفظت النسخة الاحتياطية في %1</translation>
    </message>
    <message>
      <source>Problems were found:</source>
      <translation>عُثر على المشكلات التالية:</translation>
    </message>
    <message>
      <source>Claims written: %1, to %2</source>
      <translation>عدد الادعاءات المكتوبة: %1، في %2</translation>
    </message>
  </context>
  <context>
    <name>GuidedTour</name>
    <message>
      <source>Done. Go on with Next when you are ready.</source>
      <translation>أحسنت. انتقل بزر «التالي» حين تكون مستعدًا.</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>السابق</translation>
    </message>
    <message>
      <source>Close the tour</source>
      <translation>إغلاق الجولة</translation>
    </message>
    <message>
      <source>Open an article</source>
      <translation>افتح مقالًا</translation>
    </message>
    <message>
      <source>Highlight the words</source>
      <translation>ظلّل الكلمات</translation>
    </message>
    <message>
      <source>Make it a claim</source>
      <translation>اجعلها ادعاءً</translation>
    </message>
    <message>
      <source>Add the evidence</source>
      <translation>أضف الدليل</translation>
    </message>
    <message>
      <source>Record the verdict</source>
      <translation>سجّل الحكم</translation>
    </message>
    <message>
      <source>Choose an article in this list and the reader shows it; %1 brings the keyboard here. Your own articles come in with %3 (%2).</source>
      <translation>اختر مقالًا من هذه القائمة فيظهر نصه في القارئ؛ ويعيد %1 لوحة المفاتيح إلى هنا. وتُدخل مقالاتك أنت من %3 (%2).</translation>
    </message>
    <message>
      <source>Select the words of a statement worth checking, with the mouse or with Shift and the arrows. %1 marks them without making a claim.</source>
      <translation>حدّد كلمات عبارة تستحق التحقق، بالفأرة أو بمفتاح Shift مع الأسهم. ويظلّلها %1 دون أن يجعلها ادعاءً.</translation>
    </message>
    <message>
      <source>With the words selected, %1 makes a new claim of them and lists it here; %2 links them to a claim already in the list.</source>
      <translation>والكلمات محدّدة، يصنع منها %1 ادعاءً جديدًا يظهر في هذا الجدول؛ ويربطها %2 بادعاء موجود فيه.</translation>
    </message>
    <message>
      <source>Select words in an article that support or refute the chosen claim and press %1: they are listed here as its evidence.</source>
      <translation>حدّد في مقالٍ كلماتٍ تؤيد الادعاء المختار أو تدحضه واضغط %1، فتظهر هنا دليلًا عليه.</translation>
    </message>
    <message>
      <source>Choose the verdict here, or press %1 for the first verdict of the scale, %2 for the second, and so on. %3 takes back any step.</source>
      <translation>اختر الحكم من هنا، أو اضغط %1 لأول حكم في سلّم الأحكام و%2 للثاني، وهكذا. ويتراجع %3 عن أي خطوة.</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>تمّ</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>التالي</translation>
    </message>
    <message>
      <source>%1 → %2</source>
      <translation>%1 ← %2</translation>
    </message>
    <message>
      <source>Step %1 of %2: %3</source>
      <translation>الخطوة %1 من %2: %3</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>unknown</source>
      <translation>غير معروفة</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>نص عادي</translation>
    </message>
    <message>
      <source>a web page</source>
      <translation>صفحة ويب</translation>
    </message>
    <message>
      <source>a web archive</source>
      <translation>أرشيف ويب</translation>
    </message>
    <message>
      <source>a Word document</source>
      <translation>مستند Word</translation>
    </message>
    <message>
      <source>an OpenDocument text</source>
      <translation>نص OpenDocument</translation>
    </message>
    <message>
      <source>a PDF document</source>
      <translation>مستند PDF</translation>
    </message>
    <message>
      <source>Its encoding could not be found: no known encoding reads it.</source>
      <translation>تعذّر تحديد ترميزه: لا يقرؤه أي ترميز معروف.</translation>
    </message>
    <message>
      <source>The chosen encoding cannot read this file. Choose another one.</source>
      <translation>لا يستطيع الترميز المختار قراءة هذا الملف. اختر ترميزًا آخر.</translation>
    </message>
    <message>
      <source>That encoding is not one FactDesk knows.</source>
      <translation>هذا الترميز غير معروف لدى FactDesk.</translation>
    </message>
    <message>
      <source>It is not text: it looks like an image, a program or a compressed file.</source>
      <translation>ليس نصًا: يبدو صورة أو برنامجًا أو ملفًا مضغوطًا.</translation>
    </message>
    <message>
      <source>It holds no article text.</source>
      <translation>لا يحتوي على نص مقال.</translation>
    </message>
    <message>
      <source>It is larger than any article could be.</source>
      <translation>حجمه أكبر مما يمكن أن يكون عليه أي مقال.</translation>
    </message>
    <message>
      <source>It could not be opened: it is missing, a folder, or not readable.</source>
      <translation>تعذّر فتحه: فهو غير موجود، أو مجلد، أو لا تُسمح قراءته.</translation>
    </message>
    <message>
      <source>It is a PDF without a text layer (a scan): it needs text recognition (OCR) before it can be imported.</source>
      <translation>إنه ملف PDF بلا طبقة نصية (صورة ممسوحة ضوئيًا): يحتاج إلى التعرّف الضوئي على النص (OCR) قبل استيراده.</translation>
    </message>
    <message>
      <source>FactDesk does not import this kind of file. It imports text, web pages, Word, OpenDocument and PDF files.</source>
      <translation>لا يستورد FactDesk هذا النوع من الملفات. يستورد ملفات النصوص وصفحات الويب وملفات Word وOpenDocument وPDF.</translation>
    </message>
    <message>
      <source>The document is damaged: its structure cannot be read.</source>
      <translation>المستند تالف: تتعذّر قراءة بنيته.</translation>
    </message>
    <message>
      <source>The document is built to exhaust memory or time, so it was not opened.</source>
      <translation>المستند مصمَّم لاستنزاف الذاكرة أو الوقت، لذلك لم يُفتح.</translation>
    </message>
    <message>
      <source>The document is locked with a password. Remove the password, then import it again.</source>
      <translation>المستند مقفل بكلمة مرور. أزل كلمة المرور، ثم استورده مجددًا.</translation>
    </message>
    <message>
      <source>The text has no hidden characters.</source>
      <translation>لا يحتوي النص على محارف مخفية.</translation>
    </message>
    <message>
      <source>direction marks</source>
      <translation>علامات الاتجاه</translation>
    </message>
    <message>
      <source>zero-width characters</source>
      <translation>محارف صفرية العرض</translation>
    </message>
    <message>
      <source>presentation forms</source>
      <translation>أشكال العرض</translation>
    </message>
    <message>
      <source>tatweel</source>
      <translation>التطويل (الكشيدة)</translation>
    </message>
    <message>
      <source>left-to-right mark</source>
      <translation>علامة من اليسار إلى اليمين</translation>
    </message>
    <message>
      <source>right-to-left mark</source>
      <translation>علامة من اليمين إلى اليسار</translation>
    </message>
    <message>
      <source>Arabic letter mark</source>
      <translation>علامة الحرف العربي</translation>
    </message>
    <message>
      <source>left-to-right embedding</source>
      <translation>تضمين من اليسار إلى اليمين</translation>
    </message>
    <message>
      <source>right-to-left embedding</source>
      <translation>تضمين من اليمين إلى اليسار</translation>
    </message>
    <message>
      <source>pop directional formatting</source>
      <translation>إنهاء تنسيق الاتجاه</translation>
    </message>
    <message>
      <source>left-to-right override</source>
      <translation>تجاوز من اليسار إلى اليمين</translation>
    </message>
    <message>
      <source>right-to-left override</source>
      <translation>تجاوز من اليمين إلى اليسار</translation>
    </message>
    <message>
      <source>left-to-right isolate</source>
      <translation>عزل من اليسار إلى اليمين</translation>
    </message>
    <message>
      <source>right-to-left isolate</source>
      <translation>عزل من اليمين إلى اليسار</translation>
    </message>
    <message>
      <source>first strong isolate</source>
      <translation>عزل بحسب أول حرف قوي</translation>
    </message>
    <message>
      <source>pop directional isolate</source>
      <translation>إنهاء العزل</translation>
    </message>
    <message>
      <source>zero width space</source>
      <translation>مسافة صفرية العرض</translation>
    </message>
    <message>
      <source>zero width non-joiner</source>
      <translation>فاصل صفري العرض (يمنع الوصل)</translation>
    </message>
    <message>
      <source>zero width joiner</source>
      <translation>واصل صفري العرض</translation>
    </message>
    <message>
      <source>word joiner</source>
      <translation>واصل الكلمات</translation>
    </message>
    <message>
      <source>byte order mark inside the text</source>
      <translation>علامة ترتيب البايتات داخل النص</translation>
    </message>
    <message>
      <source>soft hyphen</source>
      <translation>واصلة اختيارية</translation>
    </message>
    <message>
      <source>Mongolian vowel separator</source>
      <translation>فاصل الحركات المنغولي</translation>
    </message>
    <message>
      <source>line separator</source>
      <translation>فاصل الأسطر</translation>
    </message>
    <message>
      <source>paragraph separator</source>
      <translation>فاصل الفقرات</translation>
    </message>
    <message>
      <source>Nothing was taken out of the text, and it holds no hidden characters.</source>
      <translation>لم يُخرج شيء من النص، وليس فيه محارف مخفية.</translation>
    </message>
    <message>
      <source>Left out: not a kind of file FactDesk imports (text, web pages, Word, OpenDocument, PDF).</source>
      <translation>تُرك: ليس من أنواع الملفات التي يستوردها FactDesk (النصوص وصفحات الويب وملفات Word وOpenDocument وPDF).</translation>
    </message>
    <message>
      <source>Its encoding could not be told for sure (best guess: %1). Import it on its own, or choose Review, to pick the encoding in which it reads.</source>
      <translation>تعذّر الجزم بترميزه (أرجح تخمين: %1). استورده وحده، أو اختر «مراجعة واستيراد»، لتختار الترميز الذي يُقرأ به.</translation>
    </message>
    <message>
      <source>The file's name does not match what it holds; it was read as what it is.</source>
      <translation>اسم الملف لا يطابق محتواه، فقُرئ بحسب محتواه الفعلي.</translation>
    </message>
    <message>
      <source>The page declared its own XML entities; they were ignored.</source>
      <translation>عرّفت الصفحة كيانات XML خاصة بها، فتُجوهلت.</translation>
    </message>
    <message>
      <source>The lead paragraph shown above the article was added to its text.</source>
      <translation>أُضيفت إلى النص الفقرةُ التمهيدية المعروضة فوق المقال.</translation>
    </message>
    <message numerus="yes">
      <source>The text has %n hidden character(s) (%1). They are kept, and shown when invisible characters are shown.</source>
      <translation>
        <numerusform>ليس في النص محارف مخفية (%1).</numerusform>
        <numerusform>في النص محرف مخفي واحد (%1). يبقى في النص، ويظهر عند تفعيل إظهار المحارف غير المرئية.</numerusform>
        <numerusform>في النص محرفان مخفيان (%1). يبقيان في النص، ويظهران عند تفعيل إظهار المحارف غير المرئية.</numerusform>
        <numerusform>في النص %n محارف مخفية (%1). تبقى في النص، وتظهر عند تفعيل إظهار المحارف غير المرئية.</numerusform>
        <numerusform>في النص %n محرفًا مخفيًا (%1). تبقى في النص، وتظهر عند تفعيل إظهار المحارف غير المرئية.</numerusform>
        <numerusform>في النص %n محرف مخفي (%1). تبقى في النص، وتظهر عند تفعيل إظهار المحارف غير المرئية.</numerusform>
      </translation>
    </message>
    <message>
      <source>By name: %1.</source>
      <translation>بأسمائها: %1.</translation>
    </message>
    <message numerus="yes">
      <source>The text holds %n piece(s) of a web page's code (CSS or JavaScript), left by the site. They are kept as they are: do not quote them.</source>
      <translation>
        <numerusform>ليس في النص مقاطع من شيفرة صفحة الويب (CSS أو JavaScript).</numerusform>
        <numerusform>في النص مقطع واحد من شيفرة صفحة الويب (CSS أو JavaScript) تركه الموقع. يبقى كما هو: لا تقتبس منه.</numerusform>
        <numerusform>في النص مقطعان من شيفرة صفحة الويب (CSS أو JavaScript) تركهما الموقع. يبقيان كما هما: لا تقتبس منهما.</numerusform>
        <numerusform>في النص %n مقاطع من شيفرة صفحة الويب (CSS أو JavaScript) تركها الموقع. تبقى كما هي: لا تقتبس منها.</numerusform>
        <numerusform>في النص %n مقطعًا من شيفرة صفحة الويب (CSS أو JavaScript) تركها الموقع. تبقى كما هي: لا تقتبس منها.</numerusform>
        <numerusform>في النص %n مقطع من شيفرة صفحة الويب (CSS أو JavaScript) تركها الموقع. تبقى كما هي: لا تقتبس منها.</numerusform>
      </translation>
    </message>
    <message>
      <source>To keep one of these lines, undo the import and import the file on its own: its review lets you keep any line.</source>
      <translation>لإبقاء أحد هذه الأسطر، تراجع عن الاستيراد واستورد الملف وحده: تتيح لك مراجعته إبقاء أي سطر.</translation>
    </message>
    <message>
      <source>Not imported: this import already holds %1 characters of text, as much as one import holds. Import the remaining files in another go.</source>
      <translation>لم يُستورد: يحمل هذا الاستيراد %1 حرفًا من النصوص، وهو أقصى ما يحمله استيراد واحد. استورد الملفات الباقية في مرة أخرى.</translation>
    </message>
    <message>
      <source>Taken out at the top: «%1»</source>
      <translation>أُخرج من أعلى النص: «%1»</translation>
    </message>
    <message>
      <source>Taken out at the end: «%1»</source>
      <translation>أُخرج من آخر النص: «%1»</translation>
    </message>
    <message>
      <source>Kept in the text: %1</source>
      <translation>بقي في النص: %1</translation>
    </message>
    <message>
      <source>already in the project as «%1»</source>
      <translation>موجود مسبقًا في المشروع بعنوان «%1»</translation>
    </message>
    <message>
      <source>FactDesk could not read it: %1</source>
      <translation>تعذّر على FactDesk قراءته: %1</translation>
    </message>
    <message>
      <source>Nothing was imported: %1</source>
      <translation>لم يُستورد شيء: %1</translation>
    </message>
    <message>
      <source>%1 Arabic presentation forms (shaped letters) were turned into ordinary letters.</source>
      <translation>حُوِّل %1 من أشكال العرض العربية (الحروف المرسومة بأشكالها) إلى حروف عادية.</translation>
    </message>
    <message>
      <source>%1 HTML entities left in the text by the site were turned into the characters they stand for.</source>
      <translation>حُوِّل %1 من رموز HTML التي تركها الموقع في النص إلى المحارف التي تدل عليها.</translation>
    </message>
    <message>
      <source>Pages %1 have no text layer (scanned?): their text is missing. Run text recognition (OCR) on them to include it.</source>
      <translation>الصفحات %1 بلا طبقة نصية (ممسوحة ضوئيًا؟): نصها غير موجود. طبّق عليها التعرّف الضوئي على النص (OCR) لإدراجه.</translation>
    </message>
    <message>
      <source>%1 running header, footer or page-number lines were left out.</source>
      <translation>استُبعد %1 من أسطر الترويسة أو التذييل المتكررة أو أرقام الصفحات.</translation>
    </message>
    <message>
      <source>The page says it is in %1, but it cannot be read that way.</source>
      <translation>تذكر الصفحة أنها بترميز %1، لكن تتعذّر قراءتها به.</translation>
    </message>
    <message>
      <source>The encoding was guessed as %1, but without confidence. Compare the candidates and choose the encoding in which the text reads.</source>
      <translation>خُمِّن الترميز على أنه %1، ولكن دون ثقة كافية. قارن بين الاحتمالات، واختر الترميز الذي يُقرأ به النص قراءة سليمة.</translation>
    </message>
    <message>
      <source>The encoding was guessed as %1 (the file has no byte order mark).</source>
      <translation>خُمِّن الترميز على أنه %1 (الملف بلا علامة ترتيب البايتات).</translation>
    </message>
    <message>
      <source>The encoding was guessed as %1.</source>
      <translation>خُمِّن الترميز على أنه %1.</translation>
    </message>
    <message>
      <source>Hidden characters, kept in the text. %1</source>
      <translation>محارف مخفية، باقية في النص. %1</translation>
    </message>
    <message>
      <source>the same text as «%1», imported with it</source>
      <translation>النص نفسه الموجود في «%1» المستورد معه</translation>
    </message>
    <message>
      <source>line %1: «%2»</source>
      <translation>السطر %1: «%2»</translation>
    </message>
    <message>
      <source>The page says it is in %1, but its text is Arabic in %2; it was read as %2.</source>
      <translation>تذكر الصفحة أنها بترميز %1، لكن نصها عربي بترميز %2، فقُرئت بترميز %2.</translation>
    </message>
    <message>
      <source>%1 garbled stretches of Arabic (text once misread as %2) were turned back into Arabic.</source>
      <translation>أُعيد %1 من المقاطع العربية المشوّهة (نص قُرئ خطأً بترميز %2) إلى صورتها العربية.</translation>
    </message>
    <message>
      <source>«%1» may be a dateline: place %2, author %3.</source>
      <translation>«%1» قد يكون سطر المكان والكاتب: المكان %2، الكاتب %3.</translation>
    </message>
    <message>
      <source>%1 stretch(es) look like garbled Arabic (text once misread as %2) but could not be repaired with certainty; they are kept unchanged: %3. Compare them with the original.</source>
      <translation>يبدو أن %1 من المقاطع نص عربي مشوّه (نص قُرئ خطأً بترميز %2)، ولم يمكن إصلاحها بيقين فبقيت كما هي: %3. قارنها بالأصل.</translation>
    </message>
  </context>
  <context>
    <name>ImportResultsDialog</name>
    <message>
      <source>Import results</source>
      <translation>نتائج الاستيراد</translation>
    </message>
    <message>
      <source>Review and import…</source>
      <translation>مراجعة واستيراد…</translation>
    </message>
    <message>
      <source>Choose the encoding of a file FactDesk was not sure of, and import it on its own.</source>
      <translation>اختر ترميز ملف لم يتأكد منه FactDesk، واستورده وحده.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <source>This file was checked in its review before import, which listed what was taken out.</source>
      <translation>رُوجع هذا الملف قبل استيراده، وعرضت المراجعة ما أُخرج منه.</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>استُورد</translation>
    </message>
    <message>
      <source>Already in the project</source>
      <translation>موجود في المشروع</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>لم يُستورد</translation>
    </message>
    <message>
      <source>Left out</source>
      <translation>تُرك</translation>
    </message>
    <message>
      <source>What the import of «%1» took out, and what its text holds:</source>
      <translation>ما أخرجه استيراد «%1» من النص، وما في نصه:</translation>
    </message>
    <message>
      <source>Left out (not a kind of file FactDesk imports): %1.</source>
      <translation>ما تُرك (ليس من أنواع الملفات التي يستوردها FactDesk): %1.</translation>
    </message>
    <message>
      <source>as «%1»</source>
      <translation>باسم «%1»</translation>
    </message>
    <message>
      <source>Imported: %1. Already in the project: %2. Not imported: %3.</source>
      <translation>ما استُورد: %1. ما كان موجودًا في المشروع: %2. ما لم يُستورد: %3.</translation>
    </message>
  </context>
  <context>
    <name>ImportReviewDialog</name>
    <message>
      <source>Check the article before importing</source>
      <translation>مراجعة المقال قبل استيراده</translation>
    </message>
    <message>
      <source>The text, as it will be imported</source>
      <translation>النص كما سيُستورد</translation>
    </message>
    <message>
      <source>The text that will be imported:</source>
      <translation>النص الذي سيُستورد:</translation>
    </message>
    <message>
      <source>About the article</source>
      <translation>عن المقال</translation>
    </message>
    <message>
      <source>Lines taken out of the text</source>
      <translation>أسطر تُحذف من النص</translation>
    </message>
    <message>
      <source>Ticked lines are taken out of the text; untick a line to keep it.</source>
      <translation>تُحذف الأسطر المؤشَّر عليها من النص؛ أزل العلامة عن سطر لإبقائه.</translation>
    </message>
    <message>
      <source>Nothing is proposed for removal.</source>
      <translation>لا يُقترح حذف شيء.</translation>
    </message>
    <message>
      <source>Lines that may be a dateline</source>
      <translation>أسطر قد تكون سطر المكان والكاتب</translation>
    </message>
    <message>
      <source>FactDesk could not tell which side is the place, so these lines stay in the text. Accept one to take its place and author into the fields and the line out of the text, or leave it.</source>
      <translation>لم يتبيّن فاكت‌ديسك أيّ الطرفين هو المكان، فبقيت هذه الأسطر في النص. اقبل سطرًا لينتقل مكانه وكاتبه إلى الحقول ويُخرج السطر من النص، أو اتركه.</translation>
    </message>
    <message>
      <source>How the file was read</source>
      <translation>كيف قُرئ الملف</translation>
    </message>
    <message>
      <source>Encoding:</source>
      <translation>الترميز:</translation>
    </message>
    <message>
      <source>Turn Arabic presentation forms (shaped letters) into ordinary letters</source>
      <translation>تحويل أشكال العرض العربية (الحروف المرسومة بأشكالها) إلى حروف عادية</translation>
    </message>
    <message>
      <source>The article's details</source>
      <translation>بيانات المقال</translation>
    </message>
    <message>
      <source>Once imported, the text cannot change: highlights point into it. Check what will be removed before you import.</source>
      <translation>لا يمكن تغيير النص بعد استيراده، لأن التظليلات تشير إلى مواضع فيه. راجع ما سيُحذف قبل الاستيراد.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Pasted text</source>
      <translation>نص ملصق</translation>
    </message>
    <message numerus="yes">
      <source>%n character(s) will be imported.</source>
      <translation>
        <numerusform>لن يُستورد أي محرف.</numerusform>
        <numerusform>سيُستورد محرف واحد.</numerusform>
        <numerusform>سيُستورد محرفان.</numerusform>
        <numerusform>ستُستورد %n محارف.</numerusform>
        <numerusform>سيُستورد %n محرفًا.</numerusform>
        <numerusform>سيُستورد %n محرف.</numerusform>
      </translation>
    </message>
    <message>
      <source>From the top: the title or dateline, kept in the fields.</source>
      <translation>من أول النص: العنوان أو سطر المكان والتاريخ، ويُحفظان في الحقول.</translation>
    </message>
    <message>
      <source>From the end: text the site adds after articles.</source>
      <translation>من آخر النص: ما يضيفه الموقع بعد المقالات.</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>قبول</translation>
    </message>
    <message>
      <source>Take its place and author into the fields and the line out of the text.</source>
      <translation>نقل المكان والكاتب إلى الحقول وإخراج السطر من النص.</translation>
    </message>
    <message>
      <source>FactDesk is not sure of this file's encoding (best guess: %1). Compare the previews in the list and choose the encoding in which the text reads.</source>
      <translation>لم يتأكد FactDesk من ترميز هذا الملف (أرجح تخمين: %1). قارن المعاينات في القائمة، واختر الترميز الذي يُقرأ به النص قراءة سليمة.</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <source>The file is read as %1 whatever is chosen: it is valid UTF-8 or starts with a byte order mark.</source>
      <translation>يُقرأ الملف بترميز %1 أيًّا كان الاختيار: فهو نص UTF-8 سليم أو يبدأ بعلامة ترتيب البايتات.</translation>
    </message>
    <message>
      <source>Read as %1, as you chose.</source>
      <translation>قُرئ بترميز %1 كما اخترت.</translation>
    </message>
    <message>
      <source>Read as %1. If the text does not read well, choose another encoding.</source>
      <translation>قُرئ بترميز %1. إن لم يُقرأ النص قراءة سليمة، فاختر ترميزًا آخر.</translation>
    </message>
    <message>
      <source>This text is already in the project, as «%1». It cannot be imported twice.</source>
      <translation>هذا النص موجود في المشروع باسم «%1»، ولا يمكن استيراده مرتين.</translation>
    </message>
  </context>
  <context>
    <name>Job</name>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
  </context>
  <context>
    <name>Legend</name>
    <message>
      <source>Plain mark (no claim yet)</source>
      <translation>تظليل مجرد (بلا ادعاء بعد)</translation>
    </message>
    <message>
      <source>Overlaps (deeper, underlined)</source>
      <translation>تداخل (لون أعمق وخط تحته)</translation>
    </message>
    <message>
      <source>Search hit</source>
      <translation>نتيجة بحث</translation>
    </message>
    <message>
      <source>Check-worthy sentence</source>
      <translation>جملة جديرة بالتحقق</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;تحرير</translation>
    </message>
    <message>
      <source>&amp;Claim</source>
      <translation>&amp;الادعاء</translation>
    </message>
    <message>
      <source>Set &amp;verdict</source>
      <translation>تحديد ال&amp;حكم</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;عرض</translation>
    </message>
    <message>
      <source>&amp;Go to</source>
      <translation>&amp;انتقال إلى</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>م&amp;ساعدة</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
      <source>The project is damaged</source>
      <translation>المشروع تالف</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>مشروع جديد</translation>
    </message>
    <message>
      <source>FactDesk projects (*.factdesk)</source>
      <translation>مشاريع FactDesk (*.factdesk)</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>فتح مشروع</translation>
    </message>
    <message>
      <source>Saving a copy of the project…</source>
      <translation>جارٍ حفظ نسخة من المشروع…</translation>
    </message>
    <message>
      <source>Compare two articles</source>
      <translation>مقارنة مقالين</translation>
    </message>
    <message>
      <source>FactDesk</source>
      <translation>FactDesk</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>إظهار في المجلد</translation>
    </message>
    <message>
      <source>The project file: %1</source>
      <translation>ملف المشروع: %1</translation>
    </message>
    <message>
      <source>Show the folder of %1 in the file manager</source>
      <translation>عرض مجلد %1 في مدير الملفات</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;تراجع</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;إعادة</translation>
    </message>
    <message>
      <source>This project can only be read here (the file or its folder is read-only): you can read, search and export it, but changes cannot be saved. File → Save a copy… makes a copy you can work on.</source>
      <translation>هذا المشروع للقراءة فقط هنا (الملف أو مجلده لا يقبل الكتابة): يمكنك قراءته والبحث فيه وتصديره، لكن لا يمكن حفظ التغييرات. ملف ← حفظ نسخة… يصنع نسخة يمكنك العمل عليها.</translation>
    </message>
    <message>
      <source>Done: %1</source>
      <translation>تم: %1</translation>
    </message>
    <message>
      <source>Undone: %1</source>
      <translation>تم التراجع عن: %1</translation>
    </message>
    <message>
      <source>Redone: %1</source>
      <translation>أعيد: %1</translation>
    </message>
    <message>
      <source>Save a copy of the project</source>
      <translation>حفظ نسخة من المشروع</translation>
    </message>
    <message>
      <source>Select the words to look up in the fact-check library first.</source>
      <translation>حدِّد أولًا الكلمات التي تبحث عنها في مكتبة التحققات المنشورة.</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>مقارنة</translation>
    </message>
    <message>
      <source>Comparing needs two articles.</source>
      <translation>تتطلب المقارنة وجود مقالين على الأقل في المشروع.</translation>
    </message>
    <message>
      <source>There is no highlight at the cursor.</source>
      <translation>لا يوجد تظليل عند المؤشر.</translation>
    </message>
    <message>
      <source>The project cannot be opened</source>
      <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
      <source>That cannot be done</source>
      <translation>لا يمكن تنفيذ ذلك</translation>
    </message>
    <message>
      <source>File → Restore a backup… lists its backups and when each was made: restoring one loses every change made after it, so keep a copy of the damaged file too.</source>
      <translation>ملف ← استعادة نسخة احتياطية… يعرض نسخه الاحتياطية ووقت كل منها: استعادة نسخة تُضيع كل تغيير جرى بعدها، فاحتفظ بنسخة من الملف التالف أيضًا.</translation>
    </message>
    <message>
      <source>The backup on opening failed: %1 Your work is saved; make a backup from the File menu once the cause is fixed.</source>
      <translation>تعذّرت النسخة الاحتياطية عند الفتح: %1 عملك محفوظ؛ أنشئ نسخة احتياطية من قائمة «ملف» بعد إصلاح السبب.</translation>
    </message>
    <message>
      <source>The project cannot be created</source>
      <translation>تعذّر إنشاء المشروع</translation>
    </message>
    <message>
      <source>The copy was not saved</source>
      <translation>لم تُحفظ النسخة</translation>
    </message>
    <message>
      <source>Undo: %1</source>
      <translation>تراجع: %1</translation>
    </message>
    <message>
      <source>Redo: %1</source>
      <translation>إعادة: %1</translation>
    </message>
    <message>
      <source>No file manager could be opened. The project is in %1</source>
      <translation>تعذّر فتح مدير الملفات. المشروع في المجلد %1</translation>
    </message>
    <message>
      <source>read-only</source>
      <translation>للقراءة فقط</translation>
    </message>
    <message>
      <source>A copy of the project was saved as %1</source>
      <translation>حُفظت نسخة من المشروع باسم %1</translation>
    </message>
    <message>
      <source>The copy could not be written: %1</source>
      <translation>تعذّرت كتابة النسخة: %1</translation>
    </message>
    <message>
      <source>SQLite's integrity check found «%1» damaged (%2). What is shown may be incomplete or wrong, and nothing will be written to it.</source>
      <translation>وجد فحص السلامة في SQLite أن «%1» تالف (%2). قد يكون المعروض ناقصًا أو خاطئًا، ولن يُكتب فيه شيء.</translation>
    </message>
  </context>
  <context>
    <name>NewClaimDialog</name>
    <message>
      <source>New claim</source>
      <translation>ادعاء جديد</translation>
    </message>
    <message>
      <source>The selected passage</source>
      <translation>المقطع المحدَّد</translation>
    </message>
    <message>
      <source>The claim in your own words:</source>
      <translation>صُغ الادعاء بكلماتك:</translation>
    </message>
    <message>
      <source>Enter makes the claim; Ctrl+Enter starts a new line.</source>
      <translation>يُنشئ Enter الادعاء، ويبدأ Ctrl+Enter سطرًا جديدًا.</translation>
    </message>
    <message>
      <source>Make the claim</source>
      <translation>إنشاء الادعاء</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
  </context>
  <context>
    <name>Operation</name>
    <message>
      <source>import article</source>
      <translation>استيراد مقال</translation>
    </message>
    <message>
      <source>import articles</source>
      <translation>استيراد مقالات</translation>
    </message>
    <message>
      <source>edit article</source>
      <translation>تعديل المقال</translation>
    </message>
    <message>
      <source>delete article</source>
      <translation>حذف المقال</translation>
    </message>
    <message>
      <source>highlight</source>
      <translation>تظليل</translation>
    </message>
    <message>
      <source>edit highlight</source>
      <translation>تعديل التظليل</translation>
    </message>
    <message>
      <source>delete highlight</source>
      <translation>إزالة التظليل</translation>
    </message>
    <message>
      <source>new claim</source>
      <translation>إنشاء ادعاء</translation>
    </message>
    <message>
      <source>new claim from selection</source>
      <translation>إنشاء ادعاء من التحديد</translation>
    </message>
    <message>
      <source>edit claim</source>
      <translation>تعديل الادعاء</translation>
    </message>
    <message>
      <source>set verdict</source>
      <translation>تحديد الحكم</translation>
    </message>
    <message>
      <source>delete claim</source>
      <translation>حذف الادعاء</translation>
    </message>
    <message>
      <source>link to claim</source>
      <translation>الربط بادعاء</translation>
    </message>
    <message>
      <source>change role</source>
      <translation>تغيير الدور</translation>
    </message>
    <message>
      <source>unlink</source>
      <translation>فك الربط</translation>
    </message>
    <message>
      <source>add source</source>
      <translation>إضافة مصدر</translation>
    </message>
    <message>
      <source>edit source</source>
      <translation>تعديل المصدر</translation>
    </message>
    <message>
      <source>delete source</source>
      <translation>حذف المصدر</translation>
    </message>
    <message>
      <source>add evidence</source>
      <translation>إضافة دليل</translation>
    </message>
    <message>
      <source>edit evidence</source>
      <translation>تعديل الدليل</translation>
    </message>
    <message>
      <source>delete evidence</source>
      <translation>حذف الدليل</translation>
    </message>
    <message>
      <source>edit verdict scale</source>
      <translation>تعديل سلّم الأحكام</translation>
    </message>
    <message>
      <source>add verdict</source>
      <translation>إضافة حكم</translation>
    </message>
    <message>
      <source>remove verdict</source>
      <translation>حذف حكم</translation>
    </message>
    <message>
      <source>tag claim</source>
      <translation>وسم الادعاء</translation>
    </message>
    <message>
      <source>untag claim</source>
      <translation>إزالة وسم الادعاء</translation>
    </message>
    <message>
      <source>edit claim note</source>
      <translation>تعديل ملاحظة الادعاء</translation>
    </message>
    <message>
      <source>add demo sources</source>
      <translation>إضافة مصادر المشروع التجريبي</translation>
    </message>
    <message>
      <source>import fact-checks</source>
      <translation>استيراد تحققات منشورة</translation>
    </message>
    <message>
      <source>delete fact-checks</source>
      <translation>حذف تحققات منشورة</translation>
    </message>
    <message>
      <source>attach fact-check</source>
      <translation>إرفاق تحقق منشور</translation>
    </message>
    <message>
      <source>change project setting</source>
      <translation>تغيير إعداد المشروع</translation>
    </message>
    <message>
      <source>change project settings</source>
      <translation>تغيير إعدادات المشروع</translation>
    </message>
    <message>
      <source>import annotations</source>
      <translation>استيراد التعليقات التوضيحية</translation>
    </message>
  </context>
  <context>
    <name>PasteArticleDialog</name>
    <message>
      <source>Paste an article</source>
      <translation>لصق مقال</translation>
    </message>
    <message>
      <source>Paste the article's text here, as it appears on the site.</source>
      <translation>الصق نص المقال هنا كما يظهر على الموقع.</translation>
    </message>
    <message>
      <source>The article's text</source>
      <translation>نص المقال</translation>
    </message>
    <message>
      <source>Take the title and dateline out of the text</source>
      <translation>استبعاد العنوان وسطر المكان والتاريخ من النص</translation>
    </message>
    <message>
      <source>Remove trailing site text</source>
      <translation>حذف ما يضيفه الموقع في آخر النص</translation>
    </message>
    <message>
      <source>Lines that will not be part of the article's text:</source>
      <translation>أسطر لن تدخل في نص المقال:</translation>
    </message>
    <message>
      <source>Once imported, the text cannot change: highlights point into it. Check what will be removed before you import.</source>
      <translation>لا يمكن تغيير النص بعد استيراده، لأن التظليلات تشير إلى مواضع فيه. راجع ما سيُحذف قبل الاستيراد.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message numerus="yes">
      <source>%n character(s) will be imported.</source>
      <translation>
        <numerusform>لن يُستورد أي محرف.</numerusform>
        <numerusform>سيُستورد محرف واحد.</numerusform>
        <numerusform>سيُستورد محرفان.</numerusform>
        <numerusform>ستُستورد %n محارف.</numerusform>
        <numerusform>سيُستورد %n محرفًا.</numerusform>
        <numerusform>سيُستورد %n محرف.</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing will be removed.</source>
      <translation>لن يُحذف شيء.</translation>
    </message>
    <message>
      <source>The text has no hidden characters.</source>
      <translation>لا يحتوي النص على محارف مخفية.</translation>
    </message>
    <message>
      <source>direction marks</source>
      <translation>علامات الاتجاه</translation>
    </message>
    <message>
      <source>zero-width characters</source>
      <translation>محارف صفرية العرض</translation>
    </message>
    <message>
      <source>presentation forms</source>
      <translation>أشكال العرض</translation>
    </message>
    <message>
      <source>tatweel</source>
      <translation>التطويل (الكشيدة)</translation>
    </message>
    <message>
      <source>From the top: the title or dateline, kept in the fields.</source>
      <translation>من أول النص: العنوان أو سطر المكان والتاريخ، ويُحفظان في الحقول.</translation>
    </message>
    <message>
      <source>From the end: text the site adds after articles.</source>
      <translation>من آخر النص: ما يضيفه الموقع بعد المقالات.</translation>
    </message>
    <message numerus="yes">
      <source>The text has %n hidden character(s) (%1). They are kept, and shown when invisible characters are shown.</source>
      <translation>
        <numerusform>ليس في النص محارف مخفية (%1).</numerusform>
        <numerusform>في النص محرف مخفي واحد (%1). يبقى في النص، ويظهر عند تفعيل إظهار المحارف غير المرئية.</numerusform>
        <numerusform>في النص محرفان مخفيان (%1). يبقيان في النص، ويظهران عند تفعيل إظهار المحارف غير المرئية.</numerusform>
        <numerusform>في النص %n محارف مخفية (%1). تبقى في النص، وتظهر عند تفعيل إظهار المحارف غير المرئية.</numerusform>
        <numerusform>في النص %n محرفًا مخفيًا (%1). تبقى في النص، وتظهر عند تفعيل إظهار المحارف غير المرئية.</numerusform>
        <numerusform>في النص %n محرف مخفي (%1). تبقى في النص، وتظهر عند تفعيل إظهار المحارف غير المرئية.</numerusform>
      </translation>
    </message>
    <message>
      <source>(kept) %1</source>
      <translation>(سيبقى) %1</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>التفضيلات</translation>
    </message>
    <message>
      <source>As the system</source>
      <translation>كما في النظام</translation>
    </message>
    <message>
      <source> pt</source>
      <translation> نقطة</translation>
    </message>
    <message>
      <source>Show invisible characters (direction marks, zero-width characters) in the reader</source>
      <translation>إظهار المحارف غير المرئية (علامات الاتجاه والمحارف صفرية العرض) في لوحة القراءة</translation>
    </message>
    <message>
      <source>Your name, recorded with each verdict</source>
      <translation>اسمك، ويُسجَّل مع كل حكم</translation>
    </message>
    <message>
      <source>Interface language:</source>
      <translation>لغة الواجهة:</translation>
    </message>
    <message>
      <source>Interface text size:</source>
      <translation>حجم خط الواجهة:</translation>
    </message>
    <message>
      <source>Reading font:</source>
      <translation>خط القراءة:</translation>
    </message>
    <message>
      <source>Font size:</source>
      <translation>حجم الخط:</translation>
    </message>
    <message>
      <source>Sample:</source>
      <translation>معاينة:</translation>
    </message>
    <message>
      <source>Reviewer name:</source>
      <translation>اسم المراجِع:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
  </context>
  <context>
    <name>ProjectSettingsDialog</name>
    <message>
      <source>Project settings</source>
      <translation>إعدادات المشروع</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>الجهة</translation>
    </message>
    <message>
      <source>Its web address</source>
      <translation>موقعها على الإنترنت</translation>
    </message>
    <message>
      <source>Address of a published review</source>
      <translation>عنوان المراجعة المنشورة</translation>
    </message>
    <message>
      <source>Who publishes these fact-checks (the author of ClaimReview records)</source>
      <translation>الجهة التي تنشر هذه التحققات (مؤلفة سجلات ClaimReview)</translation>
    </message>
    <message>
      <source>The organisation's web address</source>
      <translation>موقع الجهة على الإنترنت</translation>
    </message>
    <message>
      <source>https://…/{id}: {id} stands for the claim's id</source>
      <translation>https://…/{id}: يحلّ محلّ {id} معرّف الادعاء</translation>
    </message>
    <message>
      <source>ClaimReview exports name the organisation as the author of each review; saving is one step that Undo takes back.</source>
      <translation>تذكر صادرات ClaimReview هذه الجهة مؤلفةً لكل مراجعة؛ والحفظ خطوة واحدة يتراجع عنها أمر «تراجع».</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <source>Search all articles (الرقه finds الرقة and الرَّقة)</source>
      <translation>ابحث في كل المقالات (البحث عن الرقه يجد الرقة والرَّقة)</translation>
    </message>
    <message>
      <source>Search all articles</source>
      <translation>البحث في كل المقالات</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>نتائج البحث</translation>
    </message>
    <message>
      <source>Exact spelling</source>
      <translation>الإملاء كما كُتب تمامًا</translation>
    </message>
    <message>
      <source>Only the spelling as typed: علي does not find على, nor المملكة find بالمملكة. Diacritics and hidden characters are still ignored.</source>
      <translation>الكلمة بإملائها كما كُتبت فقط: البحث عن علي لا يجد على، والبحث عن المملكة لا يجد بالمملكة. ويبقى التشكيل والمحارف المخفية مُهمَلة.</translation>
    </message>
    <message>
      <source>Quotes make a phrase; OR gives alternatives; -word excludes.</source>
      <translation>العبارة بين علامتي تنصيص تُطابَق كاملة؛ «أو» للبدائل؛ -كلمة لاستبعاد الكلمة.</translation>
    </message>
    <message>
      <source>No matches.</source>
      <translation>لا نتائج.</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <source>Hits: %1 · articles: %2</source>
      <translation>النتائج: %1 · المقالات: %2</translation>
    </message>
  </context>
  <context>
    <name>SharedClaimsModel</name>
    <message>
      <source>Claim</source>
      <translation>الادعاء</translation>
    </message>
    <message>
      <source>Role in A</source>
      <translation>الدور في أ</translation>
    </message>
    <message>
      <source>Quote in A</source>
      <translation>الاقتباس من أ</translation>
    </message>
    <message>
      <source>Quote in B</source>
      <translation>الاقتباس من ب</translation>
    </message>
    <message>
      <source>Role in B</source>
      <translation>الدور في ب</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>Filter by action or key…</source>
      <translation>تصفية حسب الإجراء أو المفتاح…</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>المفتاح</translation>
    </message>
  </context>
  <context>
    <name>SourceListModel</name>
    <message>
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Reliability</source>
      <translation>الموثوقية</translation>
    </message>
  </context>
  <context>
    <name>SourceSearch</name>
    <message>
      <source>Search the sources by title, publisher, address or notes</source>
      <translation>ابحث في المصادر بالعنوان أو الناشر أو الرابط أو الملاحظات</translation>
    </message>
    <message>
      <source>This project has no sources yet: add one in the Sources tab.</source>
      <translation>لا مصادر في هذا المشروع بعد: أضف مصدرًا من تبويب المصادر.</translation>
    </message>
    <message>
      <source>No source matches «%1».</source>
      <translation>لا مصدر يطابق «%1».</translation>
    </message>
  </context>
  <context>
    <name>SourcesPanel</name>
    <message>
      <source>New source</source>
      <translation>مصدر جديد</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <source>Use as evidence for a claim…</source>
      <translation>استخدامه دليلًا لادعاء…</translation>
    </message>
    <message>
      <source>Delete source…</source>
      <translation>حذف المصدر…</translation>
    </message>
    <message>
      <source>Show the claim</source>
      <translation>عرض الادعاء</translation>
    </message>
    <message>
      <source>Edit evidence…</source>
      <translation>تعديل الدليل…</translation>
    </message>
    <message>
      <source>Delete evidence…</source>
      <translation>حذف الدليل…</translation>
    </message>
    <message>
      <source>Filter the sources by title, publisher, address or notes</source>
      <translation>تصفية المصادر حسب العنوان أو الناشر أو الرابط أو الملاحظات</translation>
    </message>
    <message>
      <source>Filter the sources</source>
      <translation>تصفية المصادر</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
    <message>
      <source>Used as evidence for</source>
      <translation>مستخدم دليلًا على</translation>
    </message>
    <message>
      <source>Delete source</source>
      <translation>حذف المصدر</translation>
    </message>
    <message>
      <source>Use as evidence…</source>
      <translation>استخدامه دليلًا…</translation>
    </message>
    <message>
      <source>Attach this source to a claim as evidence, with a stance and a note</source>
      <translation>إرفاق هذا المصدر بادعاء دليلًا، مع موقفه وملاحظة</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>النوع:</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>العنوان:</translation>
    </message>
    <message>
      <source>Web address:</source>
      <translation>الرابط:</translation>
    </message>
    <message>
      <source>Publisher:</source>
      <translation>الناشر:</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>التاريخ:</translation>
    </message>
    <message>
      <source>Consulted on:</source>
      <translation>تاريخ الاطلاع:</translation>
    </message>
    <message>
      <source>Reliability:</source>
      <translation>الموثوقية:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>ملاحظات:</translation>
    </message>
    <message>
      <source>Used as evidence for:</source>
      <translation>يُستشهد به في:</translation>
    </message>
    <message>
      <source>Notes are saved when you leave the field, or with Ctrl+Enter.</source>
      <translation>تُحفظ الملاحظات عند مغادرة الحقل أو بالضغط على Ctrl+Enter.</translation>
    </message>
    <message numerus="yes">
      <source>Delete the source «%1»? The %n evidence item(s) citing it will be deleted with it. You can undo this.</source>
      <translation>
        <numerusform>أتريد حذف المصدر «%1»؟ لا أدلة تستند إليه. يمكنك التراجع عن ذلك.</numerusform>
        <numerusform>أتريد حذف المصدر «%1»؟ سيُحذف معه الدليل الوحيد الذي يستند إليه. يمكنك التراجع عن ذلك.</numerusform>
        <numerusform>أتريد حذف المصدر «%1»؟ سيُحذف معه الدليلان اللذان يستندان إليه. يمكنك التراجع عن ذلك.</numerusform>
        <numerusform>أتريد حذف المصدر «%1»؟ ستُحذف معه %n أدلة تستند إليه. يمكنك التراجع عن ذلك.</numerusform>
        <numerusform>أتريد حذف المصدر «%1»؟ سيُحذف معه %n دليلًا يستند إليه. يمكنك التراجع عن ذلك.</numerusform>
        <numerusform>أتريد حذف المصدر «%1»؟ سيُحذف معه %n دليل يستند إليه. يمكنك التراجع عن ذلك.</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete the source «%1»? No claim cites it. You can undo this.</source>
      <translation>أتريد حذف المصدر «%1»؟ لا يستند إليه أي ادعاء. يمكنك التراجع عن ذلك.</translation>
    </message>
    <message numerus="yes">
      <source>%n source(s)</source>
      <translation>
        <numerusform>لا مصادر</numerusform>
        <numerusform>مصدر واحد</numerusform>
        <numerusform>مصدران</numerusform>
        <numerusform>%n مصادر</numerusform>
        <numerusform>%n مصدرًا</numerusform>
        <numerusform>%n مصدر</numerusform>
      </translation>
    </message>
    <message>
      <source>This source is the article «%1» of this project.</source>
      <translation>هذا المصدر هو المقال «%1» من هذا المشروع.</translation>
    </message>
    <message>
      <source>No claim cites this source yet.</source>
      <translation>لا يستند إلى هذا المصدر أي ادعاء بعد.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Sources shown: %1 of %2</source>
      <translation>المصادر المعروضة: %1 من %2</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
  </context>
  <context>
    <name>StartScreen</name>
    <message>
      <source>FactDesk</source>
      <translation>FactDesk</translation>
    </message>
    <message>
      <source>A workbench for checking claims in Arabic news: read, highlight, link every appearance of a claim, weigh the evidence, record the verdict.</source>
      <translation>بيئة عمل للتحقق من الادعاءات في الأخبار العربية: اقرأ، وظلّل، واربط كل ظهور للادعاء، وزِن الأدلة، وسجّل الحكم.</translation>
    </message>
    <message>
      <source>New project…</source>
      <translation>مشروع جديد…</translation>
    </message>
    <message>
      <source>Open project…</source>
      <translation>افتح مشروعًا…</translation>
    </message>
    <message>
      <source>Open the demo project</source>
      <translation>افتح المشروع التجريبي</translation>
    </message>
    <message>
      <source>Open the demo with a guided tour</source>
      <translation>افتح المشروع التجريبي في جولة إرشادية</translation>
    </message>
    <message>
      <source>Recent projects</source>
      <translation>المشاريع الأخيرة</translation>
    </message>
    <message>
      <source>No recent projects yet.</source>
      <translation>لا توجد مشاريع حديثة بعد.</translation>
    </message>
  </context>
  <context>
    <name>Suggestion</name>
    <message>
      <source>, </source>
      <translation>، </translation>
    </message>
    <message>
      <source>figures</source>
      <translation>أرقام</translation>
    </message>
    <message>
      <source>dates</source>
      <translation>تواريخ</translation>
    </message>
    <message>
      <source>attributed statements</source>
      <translation>أقوال منسوبة</translation>
    </message>
    <message>
      <source>named actors</source>
      <translation>جهات مسمّاة</translation>
    </message>
    <message>
      <source>comparisons</source>
      <translation>مقارنات</translation>
    </message>
    <message>
      <source>superlatives</source>
      <translation>صيغ تفضيل</translation>
    </message>
    <message>
      <source>negations</source>
      <translation>نفي</translation>
    </message>
  </context>
  <context>
    <name>Suggestions</name>
    <message>
      <source>Show the check-worthy sentences first (View menu).</source>
      <translation>أظهر الجمل الجديرة بالتحقق أولاً (قائمة العرض).</translation>
    </message>
    <message>
      <source>The caret is not on an underlined check-worthy sentence.</source>
      <translation>المؤشر ليس على جملة جديرة بالتحقق مسطّرة.</translation>
    </message>
    <message>
      <source>No check-worthy sentence is left to check in this article.</source>
      <translation>لم تبقَ في هذه المقالة جملة جديرة بالتحقق لم تُفحص.</translation>
    </message>
    <message>
      <source>The check-worthy sentences could not be found: %1</source>
      <translation>تعذّر إيجاد الجمل الجديرة بالتحقق: %1</translation>
    </message>
    <message>
      <source>Check-worthy sentence %1 of %2: %3</source>
      <translation>الجملة الجديرة بالتحقق %1 من %2: %3</translation>
    </message>
  </context>
  <context>
    <name>VerdictScaleDialog</name>
    <message>
      <source>The verdict scale</source>
      <translation>سلّم الأحكام</translation>
    </message>
    <message>
      <source>&amp;Add a verdict</source>
      <translation>إ&amp;ضافة حكم</translation>
    </message>
    <message>
      <source>Claims keep their verdicts: a change of label or colour shows everywhere at once. Ctrl+1 … Ctrl+9 set the verdicts in this order; Alt+Up and Alt+Down move the verdict being edited. A verdict that claims still have is removed only once you choose the verdict they take instead.</source>
      <translation>تحتفظ الادعاءات بأحكامها: يظهر تغيير التسمية أو اللون في كل مكان فورًا. تحدد المفاتيح Ctrl+1 … Ctrl+9 الأحكام بهذا الترتيب، وينقل Alt+أعلى وAlt+أسفل الحكم الذي تحرره. ولا يُحذف حكم ما زالت ادعاءات تحمله إلا بعد أن تختار الحكم الذي تنتقل إليه.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>none</source>
      <translation>بلا</translation>
    </message>
    <message>
      <source>ClaimReview rating value: 1 (false) to 5 (true), or none</source>
      <translation>قيمة التقييم في ClaimReview: من 1 (خاطئ) إلى 5 (صحيح)، أو بلا قيمة</translation>
    </message>
    <message>
      <source>Move up (Alt+Up)</source>
      <translation>نقل إلى أعلى (Alt+أعلى)</translation>
    </message>
    <message>
      <source>Move down (Alt+Down)</source>
      <translation>نقل إلى أسفل (Alt+أسفل)</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>المفتاح</translation>
    </message>
    <message>
      <source>Arabic label</source>
      <translation>التسمية العربية</translation>
    </message>
    <message>
      <source>English label</source>
      <translation>التسمية الإنجليزية</translation>
    </message>
    <message>
      <source>Rating (1–5)</source>
      <translation>التقييم (1–5)</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>اللون</translation>
    </message>
    <message>
      <source>Colour of the verdict</source>
      <translation>لون الحكم</translation>
    </message>
    <message>
      <source>Every verdict needs a label in both languages.</source>
      <translation>يحتاج كل حكم إلى تسمية باللغتين.</translation>
    </message>
    <message>
      <source>Every new claim starts with this verdict: it can be renamed, not removed</source>
      <translation>يبدأ كل ادعاء جديد بهذا الحكم: يمكن تغيير تسميته لا حذفه</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>إبقاء</translation>
    </message>
    <message numerus="yes">
      <source>Its %n claim(s) take…</source>
      <translation>
        <numerusform>لا ادعاءات له تنتقل…</numerusform>
        <numerusform>ادعاؤه الواحد ينتقل إلى…</numerusform>
        <numerusform>ادعاءاه الاثنان ينتقلان إلى…</numerusform>
        <numerusform>ادعاءاته الـ%n تنتقل إلى…</numerusform>
        <numerusform>ادعاءاته الـ%n تنتقل إلى…</numerusform>
        <numerusform>ادعاءاته الـ%n تنتقل إلى…</numerusform>
      </translation>
    </message>
    <message>
      <source>Arabic label of «%1»</source>
      <translation>التسمية العربية لحكم «%1»</translation>
    </message>
    <message>
      <source>English label of «%1»</source>
      <translation>التسمية الإنجليزية لحكم «%1»</translation>
    </message>
    <message>
      <source>ClaimReview rating of «%1»</source>
      <translation>تقييم ClaimReview لحكم «%1»</translation>
    </message>
    <message numerus="yes">
      <source>Choose the verdict that the %n claim(s) of «%1» take instead.</source>
      <translation>
        <numerusform>اختر الحكم الذي تنتقل إليه ادعاءات «%1».</numerusform>
        <numerusform>اختر الحكم الذي ينتقل إليه الادعاء الوحيد في «%1».</numerusform>
        <numerusform>اختر الحكم الذي ينتقل إليه ادعاءا «%1» الاثنان.</numerusform>
        <numerusform>اختر الحكم الذي تنتقل إليه ادعاءات «%1» الـ%n.</numerusform>
        <numerusform>اختر الحكم الذي تنتقل إليه ادعاءات «%1» الـ%n.</numerusform>
        <numerusform>اختر الحكم الذي تنتقل إليه ادعاءات «%1» الـ%n.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>asserts</source>
      <translation>يؤكده</translation>
    </message>
    <message>
      <source>denies</source>
      <translation>ينفيه</translation>
    </message>
    <message>
      <source>reports a different figure</source>
      <translation>يذكر رقمًا مختلفًا</translation>
    </message>
    <message>
      <source>supports</source>
      <translation>يدعم</translation>
    </message>
    <message>
      <source>refutes</source>
      <translation>يدحض</translation>
    </message>
    <message>
      <source>context</source>
      <translation>سياق</translation>
    </message>
    <message>
      <source>document</source>
      <translation>وثيقة</translation>
    </message>
    <message>
      <source>official statement</source>
      <translation>بيان رسمي</translation>
    </message>
    <message>
      <source>person</source>
      <translation>شخص</translation>
    </message>
    <message>
      <source>data set</source>
      <translation>مجموعة بيانات</translation>
    </message>
    <message>
      <source>archived page</source>
      <translation>صفحة مؤرشفة</translation>
    </message>
    <message>
      <source>article</source>
      <translation>مقال</translation>
    </message>
    <message>
      <source>published fact-check</source>
      <translation>تحقق منشور</translation>
    </message>
    <message>
      <source>other</source>
      <translation>غير ذلك</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>غير معروفة</translation>
    </message>
    <message>
      <source>low</source>
      <translation>منخفضة</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>متوسطة</translation>
    </message>
    <message>
      <source>high</source>
      <translation>عالية</translation>
    </message>
  </context>
  <context>
    <name>Workbench</name>
    <message>
      <source>Articles</source>
      <translation>المقالات</translation>
    </message>
    <message>
      <source>Filter by title, outlet, author…</source>
      <translation>تصفية حسب العنوان أو الوسيلة الإعلامية أو الكاتب…</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>الادعاءات</translation>
    </message>
    <message>
      <source>Filter claims (any spelling of the letters)…</source>
      <translation>تصفية الادعاءات (مع توحيد أشكال الحروف)…</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>الادعاء</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>بحث</translation>
    </message>
    <message>
      <source>All verdicts</source>
      <translation>كل الأحكام</translation>
    </message>
    <message>
      <source>Colour key</source>
      <translation>مفتاح الألوان</translation>
    </message>
    <message>
      <source>What the colours of the highlights mean</source>
      <translation>ما تعنيه ألوان التظليل</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>مقال</translation>
    </message>
    <message>
      <source>Filter articles</source>
      <translation>تصفية المقالات</translation>
    </message>
    <message>
      <source>Article text</source>
      <translation>نص المقال</translation>
    </message>
    <message>
      <source>Claim, sources and search</source>
      <translation>الادعاء والمصادر والبحث</translation>
    </message>
    <message>
      <source>Filter claims</source>
      <translation>تصفية الادعاءات</translation>
    </message>
    <message>
      <source>Show claims with the verdict</source>
      <translation>عرض الادعاءات ذات الحكم</translation>
    </message>
    <message>
      <source>No article open. Import one from the File menu.</source>
      <translation>لا يوجد مقال مفتوح. استورد مقالًا من قائمة «ملف».</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message numerus="yes">
      <source>%n hidden character(s)</source>
      <translation>
        <numerusform>لا محارف مخفية</numerusform>
        <numerusform>محرف مخفي واحد</numerusform>
        <numerusform>محرفان مخفيان</numerusform>
        <numerusform>%n محارف مخفية</numerusform>
        <numerusform>%n محرفًا مخفيًا</numerusform>
        <numerusform>%n محرف مخفي</numerusform>
      </translation>
    </message>
    <message>
      <source>Select some text</source>
      <translation>حدّد نصًا</translation>
    </message>
    <message>
      <source>First select the words in the article.</source>
      <translation>حدّد الكلمات في المقال أولًا.</translation>
    </message>
    <message>
      <source>Link to a claim</source>
      <translation>الربط بادعاء</translation>
    </message>
    <message>
      <source>Select a claim</source>
      <translation>اختر ادعاءً</translation>
    </message>
    <message>
      <source>First select a claim.</source>
      <translation>اختر ادعاءً أولًا.</translation>
    </message>
    <message>
      <source>Delete the claim «%1» with its appearances and evidence? Undo brings it back.</source>
      <translation>أتريد حذف الادعاء «%1» مع مواضع ظهوره وأدلته؟ يمكنك استعادته بالتراجع.</translation>
    </message>
    <message>
      <source>Delete claim</source>
      <translation>حذف الادعاء</translation>
    </message>
    <message>
      <source>That cannot be done</source>
      <translation>لا يمكن تنفيذ ذلك</translation>
    </message>
    <message>
      <source>The project cannot be changed</source>
      <translation>تعذّر تعديل المشروع</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Hit %1 of %2</source>
      <translation>النتيجة %1 من %2</translation>
    </message>
  </context>
</TS>
