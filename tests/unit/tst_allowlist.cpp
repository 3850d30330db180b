#include "html/allowlist.h"
#include "html/urlpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The allow-list table and the URL checks, including the classic scheme tricks. Values are
// given as a parser hands them over: entities already decoded where a browser decodes them.
class TestAllowList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elements_matchTheSpecification()
    {
        const QList<QLatin1StringView> elements = AllowList::elements();
        for (const char *name :
             {"p",  "h2", "h3", "h4",     "strong", "em",         "u",    "s",     "sub",   "sup",
              "a",  "br", "ul", "ol",     "li",     "blockquote", "hr",   "table", "thead", "tbody",
              "tr", "th", "td", "figure", "img",    "figcaption", "small"})
            QVERIFY2(elements.contains(QLatin1StringView(name)), name);
        QCOMPARE(elements.size(), 27);
        for (const QString &name : {u"script"_s, u"h1"_s, u"div"_s, u"span"_s, u"iframe"_s,
                                    u"style"_s, u"b"_s, u"font"_s, u"svg"_s})
            QVERIFY2(!AllowList::isAllowedElement(name), qPrintable(name));
    }

    void attributes_inCanonicalOrder()
    {
        QCOMPARE(AllowList::allowedAttributes(u"img"),
                 (QList<QLatin1StringView> {"src"_L1, "alt"_L1, "width"_L1, "height"_L1}));
        QCOMPARE(AllowList::allowedAttributes(u"a"),
                 (QList<QLatin1StringView> {"href"_L1, "title"_L1}));
        QCOMPARE(AllowList::allowedAttributes(u"td"),
                 (QList<QLatin1StringView> {"colspan"_L1, "rowspan"_L1}));
        QVERIFY(AllowList::allowedAttributes(u"p").isEmpty());
        QVERIFY(AllowList::isAllowedAttribute(u"ol", u"start"));
        QVERIFY(!AllowList::isAllowedAttribute(u"a", u"onclick"));
        QVERIFY(!AllowList::isAllowedAttribute(u"p", u"style"));
        QVERIFY(!AllowList::isAllowedAttribute(u"img", u"srcset"));
        QVERIFY(AllowList::isAllowedClass(u"hr", u"page-break"));
        QVERIFY(AllowList::isAllowedClass(u"small", u"credit"));
        QVERIFY(!AllowList::isAllowedClass(u"p", u"credit"));
        QVERIFY(AllowList::isUrlAttribute(u"a", u"href"));
        QVERIFY(AllowList::isUrlAttribute(u"img", u"src"));
        QVERIFY(!AllowList::isUrlAttribute(u"img", u"alt"));
    }

    void inputRules_renameUnwrapAndDrop()
    {
        QCOMPARE(AllowList::inputRule(u"b").canonicalName, "strong"_L1);
        QCOMPARE(AllowList::inputRule(u"h1").canonicalName, "h2"_L1);
        QCOMPARE(AllowList::inputRule(u"h6").canonicalName, "h4"_L1);
        QCOMPARE(AllowList::inputRule(u"strike").canonicalName, "s"_L1);
        QCOMPARE(AllowList::inputRule(u"div").action, AllowList::Action::UnwrapBlock);
        QCOMPARE(AllowList::inputRule(u"span").action, AllowList::Action::UnwrapInline);
        QCOMPARE(AllowList::inputRule(u"o:p").action, AllowList::Action::UnwrapInline);
        QCOMPARE(AllowList::inputRule(u"script").reason, AllowList::DropReason::Script);
        QCOMPARE(AllowList::inputRule(u"iframe").reason, AllowList::DropReason::Embed);
        QCOMPARE(AllowList::inputRule(u"textarea").reason, AllowList::DropReason::Form);
        QCOMPARE(AllowList::inputRule(u"svg").action, AllowList::Action::Drop);
        QCOMPARE(AllowList::inputRule(u"math").action, AllowList::Action::Drop);
    }

    void links_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("safe");
        QTest::newRow("https") << u"https://example.com/a?b=c#d"_s << true;
        QTest::newRow("http upper case") << u"HTTP://EXAMPLE.COM/"_s << true;
        QTest::newRow("mailto") << u"mailto:desk@example.com"_s << true;
        QTest::newRow("relative path") << u"../news/2017/1.html"_s << true;
        QTest::newRow("absolute path") << u"/a/b.html"_s << true;
        QTest::newRow("fragment") << u"#section-2"_s << true;
        QTest::newRow("query") << u"?page=2"_s << true;
        QTest::newRow("colon in path") << u"/wiki/Help:Contents"_s << true;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("mixed case") << u"JaVaScRiPt:alert(1)"_s << false;
        QTest::newRow("leading space") << u"  javascript:alert(1)"_s << false;
        QTest::newRow("leading controls") << u"\x01\x02javascript:alert(1)"_s << false;
        QTest::newRow("embedded tab") << u"java\tscript:alert(1)"_s << false;
        QTest::newRow("embedded newline") << u"java\nscript:alert(1)"_s << false;
        QTest::newRow("embedded cr") << u"java\rscript:alert(1)"_s << false;
        QTest::newRow("embedded nul")
                << QString(u"java"_s + QChar(0) + u"script:alert(1)"_s) << false;
        QTest::newRow("entity left undecoded") << u"&#106;avascript:alert(1)"_s << false;
        QTest::newRow("hex entity undecoded") << u"&#x6A;avascript:alert(1)"_s << false;
        QTest::newRow("padded entity") << u"&#0000106&#0000097vascript:alert(1)"_s << false;
        QTest::newRow("colon entity") << u"javascript&colon;alert(1)"_s << false;
        QTest::newRow("tab entity") << u"jav&Tab;ascript:alert(1)"_s << false;
        QTest::newRow("percent encoded colon") << u"javascript%3Aalert(1)"_s << false;
        QTest::newRow("percent encoded scheme") << u"%6A%61%76%61script:alert(1)"_s << false;
        QTest::newRow("vbscript") << u"vbscript:msgbox(1)"_s << false;
        QTest::newRow("data") << u"data:text/html;base64,PHNjcmlwdD4="_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("ftp") << u"ftp://example.com/"_s << false;
        QTest::newRow("livescript") << u"livescript:alert(1)"_s << false;
        QTest::newRow("protocol relative") << u"//evil.example/"_s << false;
        QTest::newRow("backslashes") << u"\\\\evil.example/"_s << false;
        QTest::newRow("slash backslash") << u"/\\evil.example/"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("only spaces") << u"   "_s << false;
    }

    void links()
    {
        QFETCH(QString, value);
        QFETCH(bool, safe);
        QCOMPARE(AllowList::isSafeUrl(u"href", value), safe);
    }

    void images_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("verdict");
        using V = UrlPolicy::Verdict;
        QTest::newRow("media") << u"media:42"_s << int(V::Allowed);
        QTest::newRow("media upper case") << u"MEDIA:42"_s << int(V::Allowed);
        QTest::newRow("media without id") << u"media:"_s << int(V::Forbidden);
        QTest::newRow("media with path") << u"media:42/../x"_s << int(V::Forbidden);
        QTest::newRow("https") << u"https://img.example.com/a.jpg"_s << int(V::Remote);
        QTest::newRow("http") << u"http://img.example.com/a.jpg"_s << int(V::Remote);
        QTest::newRow("data png") << u"data:image/png;base64,iVBORw0KGgo="_s << int(V::DataUri);
        QTest::newRow("relative") << u"/uploads/a.jpg"_s << int(V::Relative);
        QTest::newRow("protocol relative") << u"//img.example.com/a.jpg"_s << int(V::Forbidden);
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << int(V::Forbidden);
        QTest::newRow("mailto") << u"mailto:a@b.c"_s << int(V::Forbidden);
        QTest::newRow("file") << u"file:///c:/a.jpg"_s << int(V::LocalFile);
    }

    void images()
    {
        QFETCH(QString, value);
        QFETCH(int, verdict);
        QCOMPARE(int(UrlPolicy::classify(UrlPolicy::Kind::Image, value)), verdict);
        QCOMPARE(AllowList::isSafeUrl(u"src", value),
                 verdict == int(UrlPolicy::Verdict::Allowed)
                         || verdict == int(UrlPolicy::Verdict::Remote));
    }

    void otherAttributes_neverTakeUrls()
    {
        QVERIFY(!AllowList::isSafeUrl(u"action", u"https://example.com/"));
        QVERIFY(!AllowList::isSafeUrl(u"srcset", u"https://example.com/a.jpg"));
        QVERIFY(AllowList::isAnyUrlAttribute(u"formaction"));
        QVERIFY(AllowList::isAnyUrlAttribute(u"xlink:href"));
        QVERIFY(AllowList::isAnyUrlAttribute(u"poster"));
        QVERIFY(AllowList::isAnyUrlAttribute(u"background"));
    }

    void cleaned_readsLikeABrowser()
    {
        QCOMPARE(UrlPolicy::cleaned(u" \x01HTTPS://a.example/\tb\n "), u"https://a.example/b"_s);
        QCOMPARE(UrlPolicy::scheme(u"mailto:x@y"), u"mailto"_s);
        QCOMPARE(UrlPolicy::scheme(u"a b:c"), QString());
        QCOMPARE(UrlPolicy::scheme(u"1http:x"), QString());
    }
};

QTEST_GUILESS_MAIN(TestAllowList)
#include "tst_allowlist.moc"
