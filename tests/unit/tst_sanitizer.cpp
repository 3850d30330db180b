#include "config/translations.h"
#include "html/allowlist.h"
#include "html/sanitizer.h"
#include "html/urlpolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <gumbo.h>

#include <vector>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(NEWSDESK_TEST_DATA) + u"/sanitizer/"_s + name;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Parses html the way a browser would (as a whole document, not a fragment, so that nothing
// depends on the context the sanitizer assumed) and returns every violation of the allow-list.
QStringList violations(const QString &html)
{
    QStringList found;
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output =
            gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    std::vector<const GumboNode *> stack {output->root};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type == GUMBO_NODE_COMMENT || node->type == GUMBO_NODE_CDATA) {
            found.append(u"comment or CDATA"_s);
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &element = node->v.element;
        const QString name = QString::fromLatin1(gumbo_normalized_tagname(element.tag));
        const bool wrapper = name == u"html"_s || name == u"head"_s || name == u"body"_s;
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML
            || (!wrapper && !AllowList::isAllowedElement(name)))
            found.append(u"element "_s + name);
        for (unsigned i = 0; i < element.attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            const QString attributeName = QString::fromUtf8(attribute->name);
            const QString value = QString::fromUtf8(attribute->value);
            if (!AllowList::isAllowedAttribute(name, attributeName))
                found.append(u"attribute "_s + name + u'.' + attributeName);
            else if (AllowList::isUrlAttribute(name, attributeName)
                     && !AllowList::isSafeUrl(attributeName, value))
                found.append(u"url "_s + value);
            else if (attributeName == u"class"_s && !AllowList::isAllowedClass(name, value))
                found.append(u"class "_s + value);
        }
        for (unsigned i = 0; i < element.children.length; ++i)
            stack.push_back(static_cast<const GumboNode *>(element.children.data[i]));
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return found;
}

struct Vector
{
    QString name;
    QString input;
    QString expected;
    bool hasExpected = false;
};

QList<Vector> readVectors(const QString &path)
{
    QList<Vector> vectors;
    const QStringList blocks = readText(path).split(u"\n%%\n"_s);
    for (qsizetype b = 1; b < blocks.size(); ++b) {
        QStringList lines = blocks.at(b).split(u'\n');
        Vector vector;
        vector.name = lines.takeFirst().mid(2);
        const qsizetype arrow = lines.indexOf(u"=>"_s);
        vector.input = (arrow < 0 ? lines : lines.mid(0, arrow)).join(u'\n');
        if (vector.input.endsWith(u'\n'))
            vector.input.chop(1);
        if (arrow >= 0) {
            vector.hasExpected = true;
            vector.expected = lines.mid(arrow + 1).join(u'\n').trimmed();
        }
        vectors.append(vector);
    }
    return vectors;
}

QString referenceBody()
{
    const QJsonObject article = QJsonDocument::fromJson(readText(QStringLiteral(NEWSDESK_DEMO_DIR)
                                                                 + u"/reference-article.json"_s)
                                                                .toUtf8())
                                        .object();
    return article.value(u"body"_s).toString().replace(u"{photo}"_s, u"7"_s);
}

} // namespace

// The sanitizer: canonical output for every kind of input, attack vectors from published
// cheat sheets, round trips of canonical bodies, paste corpora, and robustness.
class TestSanitizer final : public QObject
{
    Q_OBJECT

private:
    // Checks the invariants every output must meet, and returns it.
    static QString checked(const QString &input)
    {
        const QString output = Sanitizer::clean(input).html;
        const QStringList bad = violations(output);
        if (!bad.isEmpty())
            QTest::qFail(qPrintable(u"not canonical: "_s + bad.join(u", "_s) + u"\n"_s + output),
                         __FILE__, __LINE__);
        const QString again = Sanitizer::clean(output).html;
        if (again != output)
            QTest::qFail(qPrintable(u"not idempotent:\n"_s + output + u"\n---\n"_s + again),
                         __FILE__, __LINE__);
        return output;
    }

private Q_SLOTS:
    void canonical_data();
    void canonical()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(checked(input), expected);
    }

    void attackVectors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("hasExpected");
        const QList<Vector> vectors = readVectors(dataPath(u"xss-vectors.txt"_s));
        QVERIFY(vectors.size() > 100);
        for (const Vector &v : vectors)
            QTest::newRow(qPrintable(v.name)) << v.input << v.expected << v.hasExpected;
    }

    void attackVectors()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(bool, hasExpected);
        const QString output = checked(input);
        QVERIFY2(!output.contains(u"<script"_s, Qt::CaseInsensitive), qPrintable(output));
        if (hasExpected)
            QCOMPARE(output, expected);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("reference article") << referenceBody();
        const QList<Vector> bodies = readVectors(dataPath(u"canonical-bodies.txt"_s));
        QVERIFY(!bodies.isEmpty());
        for (const Vector &v : bodies)
            QTest::newRow(qPrintable(v.name)) << v.input;
    }

    void roundTrip()
    {
        QFETCH(QString, body);
        const Sanitizer::Result result = Sanitizer::clean(body);
        QCOMPARE(result.html, body);
        QCOMPARE(result.report.summary(), QString());
        QVERIFY(violations(body).isEmpty());
    }

    void paste_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QUrl>("baseUrl");
        QTest::newRow("word") << u"word"_s << QUrl();
        QTest::newRow("wps") << u"wps"_s << QUrl();
        QTest::newRow("webpage") << u"webpage"_s << QUrl();
        QTest::newRow("dedecms")
                << u"dedecms"_s
                << QUrl(u"http://www.example.cn/zixun/redian/2017/0721/1021.html"_s);
    }

    void paste()
    {
        QFETCH(QString, name);
        QFETCH(QUrl, baseUrl);
        const QString input = readText(dataPath(name + u".html"_s));
        QVERIFY(!input.isEmpty());
        const QString output = Sanitizer::clean(input, baseUrl).html;
        QCOMPARE(checked(output), output);
        const QString expectedPath = dataPath(name + u".expected.html"_s);
        if (qEnvironmentVariableIsSet("NEWSDESK_UPDATE_GOLDEN")) {
            QFile file(expectedPath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(output.toUtf8() + '\n');
        }
        QCOMPARE(output, readText(expectedPath).chopped(1));
    }

    void report_countsWhatWasRemoved();
    void report_listsRemoteAndDataImages();
    void summary_isOneSentence();
    void baseUrl_resolvesRelativeAddresses();
    void plainText_becomesParagraphs();
    void robustness_data();
    void robustness();
    void deepNesting_isLinear();
    void formattingBomb_staysSmall();
};

void TestSanitizer::canonical_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QList<Vector> rows = readVectors(dataPath(u"canonical-cases.txt"_s));
    QVERIFY(rows.size() > 30);
    for (const Vector &row : rows)
        QTest::newRow(qPrintable(row.name)) << row.input << row.expected;
}

void TestSanitizer::report_countsWhatWasRemoved()
{
    const SanitizerReport report =
            Sanitizer::clean(u"<script>a()</script><p style=\"color:red\" onclick=\"x()\">"
                             u"<a href=\"javascript:x()\" style=\"b\">t</a></p>"
                             u"<iframe src=\"https://e.example/\"></iframe><style>p{}</style>"
                             u"<input><div class=\"k\"><span>s</span></div><svg></svg>"_s)
                    .report;
    QCOMPARE(report.scripts, 1);
    QCOMPARE(report.eventHandlers, 1);
    QCOMPARE(report.dangerousUrls, 1);
    QCOMPARE(report.styleAttributes, 2);
    QCOMPARE(report.styleSheets, 1);
    QCOMPARE(report.embeds, 1);
    QCOMPARE(report.formControls, 1);
    QCOMPARE(report.otherElements, 1);
    QCOMPARE(report.unwrappedElements, 3); // a without a usable href, div, span
    QCOMPARE(report.otherAttributes, 1);
    QVERIFY(report.removedActiveContent());
}

void TestSanitizer::report_listsRemoteAndDataImages()
{
    const Sanitizer::Result result = Sanitizer::clean(
            u"<p><img src=\"https://a.example/1.jpg\"><img src=\"data:image/png;base64,AA==\">"
            u"<img src=\"https://a.example/1.jpg\"><img src=\"http://b.example/2.gif\"></p>"_s);
    QCOMPARE(result.report.remoteImages,
             QStringList({u"https://a.example/1.jpg"_s, u"http://b.example/2.gif"_s}));
    QCOMPARE(result.report.dataImages, 1);
    QCOMPARE(result.html.count(u"<figure>"_s), 3);
    QVERIFY(!result.report.removedActiveContent());
}

void TestSanitizer::summary_isOneSentence()
{
    QVERIFY(Translations::install(*QCoreApplication::instance(), u"en"_s));
    SanitizerReport report;
    QCOMPARE(report.summary(), QString());
    report.unwrappedElements = 4;
    report.otherAttributes = 9;
    QCOMPARE(report.summary(), QString());
    report.scripts = 2;
    QCOMPARE(report.summary(), u"Removed 2 scripts."_s);
    report.styleAttributes = 5;
    QCOMPARE(report.summary(), u"Removed 2 scripts and 5 style attributes."_s);
    report.eventHandlers = 1;
    QCOMPARE(report.summary(), u"Removed 2 scripts, 1 event handler and 5 style attributes."_s);
    QVERIFY(Translations::install(*QCoreApplication::instance(), u"zh_CN"_s));
    QCOMPARE(report.summary(), u"已移除 2 个脚本、1 个事件处理程序和 5 个样式属性。"_s);
    QVERIFY(Translations::install(*QCoreApplication::instance(), u"en"_s));
}

void TestSanitizer::baseUrl_resolvesRelativeAddresses()
{
    const Sanitizer::Result result =
            Sanitizer::clean(u"<p><a href=\"../b.html\">b</a><img src=\"/uploads/c.jpg\"></p>"_s,
                             QUrl(u"https://news.example/a/index.html"_s));
    QCOMPARE(result.html,
             u"<p><a href=\"https://news.example/b.html\">b</a></p>\n"
             u"<figure><img src=\"https://news.example/uploads/c.jpg\" alt=\"\"></figure>"_s);
    QCOMPARE(result.report.remoteImages, QStringList {u"https://news.example/uploads/c.jpg"_s});
    const Sanitizer::Result noBase = Sanitizer::clean(u"<p>x<img src=\"/uploads/c.jpg\"></p>"_s);
    QCOMPARE(noBase.html, u"<p>x</p>"_s);
    QCOMPARE(noBase.report.relativeImages, 1);
}

void TestSanitizer::plainText_becomesParagraphs()
{
    QCOMPARE(
            checked(u"第一段第一行\n第一段第二行\n\n  \n第二段 a < b & c\r\n\r\n\r\n第三段"_s),
            u"<p>第一段第一行<br>第一段第二行</p>\n<p>第二段 a &lt; b &amp; c</p>\n<p>第三段</p>"_s);
    QCOMPARE(checked(u"   \n\n "_s), QString());
    QCOMPARE(checked(QString()), QString());
    QVERIFY(!Sanitizer::looksLikeHtml(u"1 < 2 and 3 > 2"));
    QVERIFY(Sanitizer::looksLikeHtml(u"a<br>b"));
}

void TestSanitizer::robustness_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("invalid utf-8") << QByteArray("<p>\xff\xfe caf\xc3 \xe4\xb8</p>\xc0\x80");
    QTest::newRow("nul bytes") << QByteArray("<p>a\0b</p><a href=\"java\0script:x\">c</a>", 41);
    QTest::newRow("control characters") << QByteArray("<p>a\x01\x02\x1b[31mb\x7f</p>");
    QTest::newRow("lone surrogates") << QString(QChar(0xd800) + u"x"_s + QChar(0xdc00)).toUtf8();
    QTest::newRow("unclosed everything") << QByteArray("<table><tr><td><ul><li><b><i><a href=x");
    QTest::newRow("only tags") << QByteArray("<p></p><b></b><div><span></span></div>");
    QTest::newRow("stray end tags") << QByteArray("</p></li></td></table></body></html>x");
    QTest::newRow("doctype and head")
            << QByteArray("<!DOCTYPE html><html><head><title>t</title></head><body>b</body>");
}

void TestSanitizer::robustness()
{
    QFETCH(QByteArray, bytes);
    const QString output = checked(QString::fromUtf8(bytes));
    for (const QChar c : output)
        QVERIFY(c.unicode() >= 0x20 || c == u'\n');
}

void TestSanitizer::deepNesting_isLinear()
{
    for (const char *unit :
         {"<div>", "<b>", "<blockquote>", "<table><tr><td>", "<ul><li>", "<svg><g>", "<p><span>",
          "<a href=#>", "<font size=2>", "<noscript><div>", "<select><div>", "<table><div>"}) {
        QByteArray deep;
        while (deep.size() < 1'000'000)
            deep += unit;
        deep += "text";
        QElapsedTimer timer;
        timer.start();
        const QString output = checked(QString::fromLatin1(deep));
        QVERIFY2(timer.elapsed() < 10'000, unit);
        qDebug("%s x %lld: %lld ms", unit, qint64(deep.size() / qstrlen(unit)),
               qint64(timer.elapsed()));
        // SVG and noscript go with their content.
        QVERIFY2(output.contains(u"text"_s) || QByteArray(unit).startsWith("<svg")
                         || QByteArray(unit).startsWith("<noscript"),
                 unit);
    }
}

void TestSanitizer::formattingBomb_staysSmall()
{
    // Stale formatting elements are re-opened in every paragraph by the HTML5 tree builder.
    QByteArray bomb = "<p>";
    for (int i = 0; i < 30; ++i)
        bomb += "<b class=c" + QByteArray::number(i) + '>';
    for (int i = 0; i < 100'000; ++i)
        bomb += "</p><p>x";
    QElapsedTimer timer;
    timer.start();
    const Sanitizer::Result result = Sanitizer::clean(QString::fromLatin1(bomb));
    QVERIFY(timer.elapsed() < 20'000);
    QVERIFY(result.html.size() < 4'000'000);
    QCOMPARE(Sanitizer::clean(result.html).html, result.html);
}

QTEST_GUILESS_MAIN(TestSanitizer)
#include "tst_sanitizer.moc"
