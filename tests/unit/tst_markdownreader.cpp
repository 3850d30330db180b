#include "html/sanitizer.h"
#include "import/importdate.h"
#include "import/markdownreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(NEWSDESK_TEST_DATA) + u"/import/markdown/"_s + name;
}

QByteArray readBytes(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QTimeZone shanghai()
{
    return QTimeZone("Asia/Shanghai");
}

Result<ImportedDocument> readFixture(const QString &name)
{
    return MarkdownReader::read(readBytes(name), name, shanghai());
}

QStringList paramTexts(const ImportedDocument &document)
{
    QStringList texts;
    for (const auto &[key, value] : document.params)
        texts.append(key + u'=' + value);
    return texts;
}

// What a row expects. Fields left out of the map are not checked.
using Expected = QVariantMap;

} // namespace

class TestMarkdownReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_fixture_givesDocument_data();
    void read_fixture_givesDocument();
    void read_body_givesHtml_data();
    void read_body_givesHtml();
    void read_brokenFrontMatter_namesFileAndLine_data();
    void read_brokenFrontMatter_namesFileAndLine();
    void read_rawHtml_isLeftForTheSanitizer();
    void read_invalidUtf8_isReplacedWithAWarning();
    void read_unclosedFrontMatter_isAnError();
    void read_yamlAliasBomb_isRefused();
    void read_hostileInput_staysFast_data();
    void read_hostileInput_staysFast();
    void read_manyThreads_giveTheSameDocuments();
    void read_typicalFile_isFast();
    void isMarkdownFile_data();
    void isMarkdownFile();
    void importDate_parse_data();
    void importDate_parse();
};

void TestMarkdownReader::read_fixture_givesDocument_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Expected>("expected");

    QTest::newRow("hugo yaml: every field, Chinese, table")
            << u"hugo-yaml.md"_s
            << Expected {
                       {u"title"_s, u"东西部扶贫协作座谈会在银川召开"_s},
                       {u"publishAt"_s, u"2017-07-21T02:32:05Z"_s},
                       {u"draft"_s, false},
                       {u"tags"_s, QStringList {u"扶贫"_s, u"协作"_s, u"银川"_s}},
                       {u"channelPath"_s, QStringList {u"资讯"_s, u"热点"_s}},
                       {u"summary"_s, u"东西部扶贫协作座谈会 在银川召开。"_s},
                       {u"author"_s, u"新华社记者"_s},
                       {u"source"_s, u"新华网"_s},
                       {u"editor"_s, u"王编辑"_s},
                       {u"keywords"_s, u"扶贫, 银川"_s},
                       {u"sourceUrl"_s, QString()},
                       {u"params"_s,
                        QStringList {u"url=/2017/07/21/fupin/"_s, u"type=news"_s,
                                     u"section=posts"_s, u"lastmod=2017-07-22"_s,
                                     u"params.cover.hidden=true"_s,
                                     u"params.cover.image=cover.jpg"_s, u"params.layout=wide"_s}},
                       {u"html"_s,
                        QStringList {u"<h2>落实会议精神</h2>"_s, u"<strong>协作扶贫</strong>"_s,
                                     u"<em>二十年</em>"_s, u"<ul>\n<li>产业合作</li>"_s,
                                     u"<ol>\n<li>第一</li>"_s, u"<blockquote>"_s,
                                     u"<img src=\"images/meeting.jpg\" alt=\"会场\""_s,
                                     u"<a href=\"http://www.xinhuanet.com/\">新华网</a>"_s,
                                     u"<del>删除的话</del>"_s, u"<table>"_s, u"<th>省份</th>"_s,
                                     u"<td align=\"right\">9</td>"_s, u"“脱贫攻坚，全国一盘棋”"_s}},
                       {u"warnings"_s, QStringList {}},
               };
    QTest::newRow("hugo toml: local date in the zone, typed values, code left alone")
            << u"hugo-toml.md"_s
            << Expected {
                       {u"title"_s, u"Reading TOML front matter"_s},
                       {u"publishAt"_s, u"2018-03-04T00:00:00Z"_s},
                       {u"draft"_s, true},
                       {u"tags"_s, QStringList {u"go"_s, u"hugo"_s}},
                       {u"channelPath"_s, QStringList {u"Tech"_s}},
                       {u"summary"_s, u"A short summary."_s},
                       {u"author"_s, u"Alice, Bob"_s},
                       {u"sourceUrl"_s, u"https://example.com/posts/toml-post/"_s},
                       {u"params"_s,
                        QStringList {u"aliases=/old/toml/, /older/toml/"_s,
                                     u"params.featured=true"_s, u"params.ratio=1.5"_s,
                                     u"weight=10"_s}},
                       {u"html"_s,
                        QStringList {u"<em>emphasis</em>"_s,
                                     u"<code>inline {{&lt; code &gt;}}</code>"_s,
                                     u"<pre><code class=\"language-go\">"_s,
                                     u"fmt.Println(&quot;{{&lt; x &gt;}}&quot;)"_s,
                                     u"<pre><code>{{&lt; indented &gt;}}"_s}},
                       {u"warnings"_s, QStringList {}},
               };
    QTest::newRow("json: date alone, tags and category as strings")
            << u"json.md"_s
            << Expected {
                       {u"title"_s, u"JSON front matter"_s},
                       {u"publishAt"_s, u"2019-01-01T16:00:00Z"_s},
                       {u"tags"_s, QStringList {u"a"_s, u"b"_s}},
                       {u"channelPath"_s, QStringList {u"news"_s}},
                       {u"params"_s, QStringList {u"params.x=1"_s, u"params.y=1, 2"_s}},
                       {u"html"_s,
                        QStringList {
                                u"<p>Body text and a bare https://example.org/address.</p>"_s}},
               };
    QTest::newRow("jekyll: date in the file name, published false, Liquid")
            << u"2017-07-21-jekyll-post.md"_s
            << Expected {
                       {u"title"_s, u"jekyll-post"_s},
                       {u"publishAt"_s, u"2017-07-20T16:00:00Z"_s},
                       {u"draft"_s, true},
                       {u"tags"_s, QStringList {u"ruby"_s, u"jekyll"_s, u"liquid"_s}},
                       {u"channelPath"_s, QStringList {u"博客"_s}},
                       {u"params"_s, QStringList {u"layout=post"_s}},
                       {u"html"_s,
                        QStringList {u"<p>Hello  and  and .</p>"_s,
                                     u"<pre><code class=\"language-ruby\">def foo\n"_s,
                                     u"puts &quot;{{ not liquid }}&quot;"_s,
                                     u"<p>{{ kept as written }}</p>"_s, u"<p>Last line.</p>"_s}},
                       {u"notHtml"_s, QStringList {u"A note to self"_s, u"{%"_s}},
                       {u"warnings"_s, QStringList {u"“{{ site.title }}”"_s, u"“{% include %}”"_s}},
               };
    QTest::newRow("tags as a string with Chinese commas, author map")
            << u"tags-string.md"_s
            << Expected {
                       {u"title"_s, u"中文标签"_s},
                       {u"publishAt"_s, QString()},
                       {u"tags"_s, QStringList {u"经济"_s, u"金融"_s, u"股市"_s}},
                       {u"keywords"_s, u"经济,金融"_s},
                       {u"channelPath"_s, QStringList {u"财经"_s}},
                       {u"author"_s, u"李记者"_s},
                       {u"params"_s, QStringList {}},
                       {u"html"_s, QStringList {u"<p>正文。</p>"_s}},
               };
    QTest::newRow("no front matter: the title from the first heading")
            << u"heading-title.md"_s
            << Expected {
                       {u"title"_s, u"标题在这里"_s},
                       {u"channelPath"_s, QStringList {}},
                       {u"html"_s,
                        QStringList {u"<p>Some intro text before the heading.</p>"_s,
                                     u"<h1>A second level-one heading</h1>"_s}},
                       {u"notHtml"_s, QStringList {u"标题在这里"_s}},
               };
    QTest::newRow("hugo shortcodes: figure, unknown ones warned once, code left alone")
            << u"shortcodes.md"_s
            << Expected {
                       {u"html"_s,
                        QStringList {
                                u"<figure><img src=\"photos/a.jpg\" alt=\"A &quot;photo&quot;\" "
                                u"width=\"640\"><figcaption>Caption &amp; &lt;more&gt;<small "
                                u"class=\"credit\">新华社记者摄</small></figcaption></figure>"_s,
                                u"<p>After the figure, <em>in Markdown</em>.</p>"_s,
                                u"<figure><img src=\"photos/b.jpg\" alt=\"Only a caption\">"
                                u"<figcaption>Only a caption</figcaption></figure>"_s,
                                u"<pre><code>{{&lt; figure src=&quot;in-fence.jpg&quot; &gt;}}"_s,
                                u"<pre><code>{{&lt; figure src=&quot;indented.jpg&quot; &gt;}}"_s,
                                u"Written out: {{&lt; figure src=&quot;literal.jpg&quot; &gt;}}"_s,
                                u"<a href=\"\">the other post</a>"_s,
                                u"<pre><code class=\"language-go\">x := &quot;{{&lt; y &gt;}}&quot;"_s,
                                u"<p>Kept <strong>note</strong> text.</p>"_s}},
                       {u"notHtml"_s, QStringList {u"youtube"_s, u"tweet"_s, u"/highlight"_s}},
                       {u"warnings"_s,
                        QStringList {u"“youtube”"_s, u"“tweet”"_s, u"“ref”"_s, u"“note”"_s}},
               };
    QTest::newRow("unreadable date: a warning, no time")
            << u"bad-date.md"_s
            << Expected {
                       {u"title"_s, u"Bad date"_s},
                       {u"publishAt"_s, QString()},
                       {u"warnings"_s, QStringList {u"“tomorrow”"_s}},
               };
    QTest::newRow("BOM and CRLF") << u"bom.md"_s
                                  << Expected {
                                             {u"title"_s, u"With a BOM"_s},
                                             {u"publishAt"_s, u"2020-02-02T02:32:00Z"_s},
                                             {u"html"_s, QStringList {u"<p>Text with CRLF.</p>"_s}},
                                             {u"params"_s, QStringList {}},
                                     };
}

void TestMarkdownReader::read_fixture_givesDocument()
{
    QFETCH(QString, file);
    QFETCH(Expected, expected);

    const Result<ImportedDocument> read = readFixture(file);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
    const ImportedDocument &document = read.value();

    const auto text = [&expected](const QString &key) {
        return expected.value(key).toString();
    };
    const auto list = [&expected](const QString &key) {
        return expected.value(key).toStringList();
    };
    if (expected.contains(u"title"_s))
        QCOMPARE(document.title, text(u"title"_s));
    if (expected.contains(u"publishAt"_s)) {
        QCOMPARE(document.publishAt.toString(Qt::ISODate), text(u"publishAt"_s));
        QVERIFY(!document.publishAt.isValid() || document.publishAt.timeSpec() == Qt::UTC);
    }
    if (expected.contains(u"draft"_s))
        QCOMPARE(document.draft, expected.value(u"draft"_s).toBool());
    if (expected.contains(u"tags"_s))
        QCOMPARE(document.tags, list(u"tags"_s));
    if (expected.contains(u"channelPath"_s))
        QCOMPARE(document.channelPath, list(u"channelPath"_s));
    if (expected.contains(u"summary"_s))
        QCOMPARE(document.summary, text(u"summary"_s));
    if (expected.contains(u"author"_s))
        QCOMPARE(document.author, text(u"author"_s));
    if (expected.contains(u"source"_s))
        QCOMPARE(document.source, text(u"source"_s));
    if (expected.contains(u"editor"_s))
        QCOMPARE(document.editor, text(u"editor"_s));
    if (expected.contains(u"keywords"_s))
        QCOMPARE(document.keywords, text(u"keywords"_s));
    if (expected.contains(u"sourceUrl"_s))
        QCOMPARE(document.sourceUrl, text(u"sourceUrl"_s));
    if (expected.contains(u"params"_s))
        QCOMPARE(paramTexts(document), list(u"params"_s));
    for (const QString &html : list(u"html"_s))
        QVERIFY2(document.bodyHtml.contains(html),
                 qPrintable(u"missing %1 in:\n%2"_s.arg(html, document.bodyHtml)));
    for (const QString &html : list(u"notHtml"_s))
        QVERIFY2(!document.bodyHtml.contains(html),
                 qPrintable(u"unexpected %1 in:\n%2"_s.arg(html, document.bodyHtml)));
    if (expected.contains(u"warnings"_s)) {
        const QStringList warnings = list(u"warnings"_s);
        QVERIFY2(document.warnings.size() == warnings.size(),
                 qPrintable(document.warnings.join(u'\n')));
        for (const QString &warning : warnings)
            QCOMPARE(document.warnings.filter(warning).size(), 1);
    }
}

void TestMarkdownReader::read_body_givesHtml_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("notContains");
    QTest::addColumn<int>("warnings");

    QTest::newRow("an unclosed shortcode stays text")
            << QByteArray("a {{< figure src=\"x.jpg\" and more\n\nnext >}}")
            << QStringList {u"<p>a {{&lt; figure src=&quot;x.jpg&quot; and more</p>"_s}
            << QStringList {u"<figure"_s} << 0;
    QTest::newRow("a figure in a list item")
            << QByteArray("- item {{< figure src=\"a.jpg\" >}}\n- two\n")
            << QStringList {u"<li>item <figure><img src=\"a.jpg\" alt=\"\"></figure></li>"_s}
            << QStringList {} << 0;
    QTest::newRow("a figure over several lines")
            << QByteArray("{{< figure\n  src=\"a.jpg\"\n  caption=\"Two lines\" >}}\nText *here*")
            << QStringList {u"<figcaption>Two lines</figcaption></figure>\n<p>Text <em>here</em></p>"_s}
            << QStringList {} << 0;
    QTest::newRow("a figure with a title")
            << QByteArray("{{< figure src=\"a.jpg\" title=\"T\" caption=\"C\" >}}")
            << QStringList {u"<img src=\"a.jpg\" alt=\"C\"><figcaption>T C</figcaption>"_s}
            << QStringList {} << 0;
    QTest::newRow("a figure without src") << QByteArray("{{< figure caption=\"x\" >}}")
                                          << QStringList {} << QStringList {u"<figure"_s} << 1;
    QTest::newRow("a double-backtick code span")
            << QByteArray("``{{< x >}} ` {% y %}``")
            << QStringList {u"<code>{{&lt; x &gt;}} ` {% y %}</code>"_s} << QStringList {} << 0;
    QTest::newRow("a tilde fence")
            << QByteArray("~~~\n{% include x %}\n~~~\n")
            << QStringList {u"<pre><code>{% include x %}"_s} << QStringList {} << 0;
    QTest::newRow("a fence in a blockquote")
            << QByteArray("> ```\n> {{< x >}}\n> ```\n") << QStringList {u"{{&lt; x &gt;}}"_s}
            << QStringList {} << 0;
    QTest::newRow("a list's indented paragraph is not code")
            << QByteArray("- item\n\n    {{< youtube x >}} more\n") << QStringList {u"more"_s}
            << QStringList {u"youtube"_s} << 1;
    QTest::newRow("highlight holding a fence")
            << QByteArray("{% highlight md %}\n```\ncode\n```\n{% endhighlight %}\nAfter.")
            << QStringList {u"<pre><code class=\"language-md\">```\ncode\n```\n</code></pre>\n"
                            u"<p>After.</p>"_s}
            << QStringList {} << 0;
    QTest::newRow("Liquid whitespace control")
            << QByteArray("a {%- include x -%} b {{- page.x -}}") << QStringList {u"<p>a  b</p>"_s}
            << QStringList {u"include"_s, u"page"_s} << 2;
    QTest::newRow("Jekyll post_url: the link text is kept")
            << QByteArray("[x]({% post_url 2010-07-21-name %})")
            << QStringList {u"<a href=\"\">x</a>"_s} << QStringList {u"post_url"_s} << 1;
    QTest::newRow("a paragraph too long for links")
            << QByteArray("[a](b) ").repeated(6000) << QStringList {u"<p>[a](b) [a](b)"_s}
            << QStringList {u"<a "_s} << 1;
    QTest::newRow("a table too wide")
            << QByteArray("|a").repeated(300) + "|\n" + QByteArray("|-").repeated(300) + "|\n"
            << QStringList {u"|a|a|"_s} << QStringList {u"<table>"_s} << 0;
    QTest::newRow("a wide table within bounds")
            << QByteArray("|a").repeated(200) + "|\n" + QByteArray("|-").repeated(200) + "|\n"
            << QStringList {u"<table>"_s} << QStringList {} << 0;
    QTest::newRow("a setext heading as the title")
            << QByteArray("Title\n=====\n\nText.") << QStringList {u"<p>Text.</p>"_s}
            << QStringList {u"Title"_s, u"<h1>"_s} << 0;
}

void TestMarkdownReader::read_body_givesHtml()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, notContains);
    QFETCH(int, warnings);

    const Result<ImportedDocument> read = MarkdownReader::read(markdown, u"x.md"_s, shanghai());
    QVERIFY(read.ok());
    const QString &html = read.value().bodyHtml;
    for (const QString &part : contains)
        QVERIFY2(html.contains(part), qPrintable(u"missing %1 in:\n%2"_s.arg(part, html)));
    for (const QString &part : notContains)
        QVERIFY2(!html.contains(part), qPrintable(u"unexpected %1 in:\n%2"_s.arg(part, html)));
    QVERIFY2(read.value().warnings.size() == warnings,
             qPrintable(read.value().warnings.join(u'\n')));
}

void TestMarkdownReader::read_brokenFrontMatter_namesFileAndLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where");

    QTest::newRow("yaml") << u"broken-yaml.md"_s << u"broken-yaml.md, front matter line 5: "_s;
    QTest::newRow("toml") << u"broken-toml.md"_s << u"broken-toml.md, front matter line 4: "_s;
}

void TestMarkdownReader::read_brokenFrontMatter_namesFileAndLine()
{
    QFETCH(QString, file);
    QFETCH(QString, where);

    const Result<ImportedDocument> read = readFixture(file);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind(), Error::Kind::Invalid);
    QVERIFY2(read.error().message().startsWith(where), qPrintable(read.error().message()));
    QVERIFY(read.error().message().size() > where.size()); // and says what is wrong
}

void TestMarkdownReader::read_rawHtml_isLeftForTheSanitizer()
{
    // The contract: raw HTML in Markdown passes through as written, and the importer's
    // Sanitizer leaves nothing of the scripts, handlers and frames.
    const Result<ImportedDocument> read = readFixture(u"raw-html.md"_s);
    QVERIFY(read.ok());
    QVERIFY(read.value().bodyHtml.contains(u"<script>"_s));
    QVERIFY(read.value().bodyHtml.contains(u"onerror="_s));

    const QString clean = Sanitizer::clean(read.value().bodyHtml).html;
    for (const QString &gone :
         {u"script"_s, u"onerror"_s, u"onclick"_s, u"iframe"_s, u"javascript"_s, u"alert"_s})
        QVERIFY2(!clean.contains(gone, Qt::CaseInsensitive), qPrintable(clean));
    QVERIFY2(clean.contains(u"<strong>bold</strong>"_s), qPrintable(clean));
}

void TestMarkdownReader::read_invalidUtf8_isReplacedWithAWarning()
{
    const QByteArray bytes = "---\ntitle: \"Caf\xe9\"\n---\n\nNa\xefve text.\n";
    const Result<ImportedDocument> read = MarkdownReader::read(bytes, u"latin1.md"_s, shanghai());
    QVERIFY(read.ok());
    QCOMPARE(read.value().title, u"Caf\uFFFD"_s);
    QVERIFY(read.value().bodyHtml.contains(u"Na\uFFFDve text."_s));
    QCOMPARE(read.value().warnings.size(), 1);
    QVERIFY(read.value().warnings.first().contains(u"UTF-8"_s));
}

void TestMarkdownReader::read_unclosedFrontMatter_isAnError()
{
    const Result<ImportedDocument> read =
            MarkdownReader::read("+++\ntitle = \"x\"\n\nBody.\n", u"open.md"_s, shanghai());
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message().startsWith(u"open.md, front matter line 1: "_s),
             qPrintable(read.error().message()));
}

void TestMarkdownReader::read_yamlAliasBomb_isRefused()
{
    QByteArray yaml = "---\na: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const char previous = char(level - 1);
        yaml += QByteArray(1, level) + ": &" + level + " [";
        for (int i = 0; i < 10; ++i)
            yaml += (i ? ", *" : "*") + QByteArray(1, previous);
        yaml += "]\n";
    }
    yaml += "---\nBody.\n";
    QElapsedTimer timer;
    timer.start();
    const Result<ImportedDocument> read = MarkdownReader::read(yaml, u"bomb.md"_s, shanghai());
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message().startsWith(u"bomb.md, front matter line 2: "_s),
             qPrintable(read.error().message()));
    QVERIFY(timer.elapsed() < 5000);
}

void TestMarkdownReader::read_hostileInput_staysFast_data()
{
    QTest::addColumn<QByteArray>("markdown");

    QTest::newRow("unclosed shortcodes") << QByteArray("{{< ").repeated(250000);
    QTest::newRow("unclosed Liquid outputs") << QByteArray("a {{ ").repeated(200000);
    QTest::newRow("unclosed Liquid tags") << QByteArray("a {% ").repeated(200000);
    QTest::newRow("overlapping ends") << QByteArray("{{%}}{%}{{<}} ").repeated(70000);
    QTest::newRow("a highlight and many starts")
            << "{% highlight x %}\n" + QByteArray("{%").repeated(400000) + "%}";
    QTest::newRow("a shortcode and many starts")
            << "{{< highlight x >}}\n" + QByteArray("{{<").repeated(300000) + ">}}";
    QByteArray backticks = "a ";
    for (int length = 1; backticks.size() < 1000000; ++length)
        backticks += QByteArray(length, '`') + " b ";
    QTest::newRow("backtick runs of every length") << backticks;
    QTest::newRow("unclosed backticks") << QByteArray("`` x ").repeated(200000);
    // Inputs on which Debian's cmark-gfm 0.29.0.gfm.6 is slow (CVE-2023-22485, -22486).
    QTest::newRow("image brackets in one paragraph") << QByteArray("![[]()").repeated(100000);
    QTest::newRow("www and underscores") << QByteArray("www.a_").repeated(100000);
    QTest::newRow("nested brackets") << QByteArray("[[[[x]]]]").repeated(100000);
    QTest::newRow("deep blockquotes") << QByteArray("> ").repeated(50000) + "x";
    QTest::newRow("a wide table") << QByteArray("|a").repeated(2000) + "|\n"
                    + QByteArray("|-").repeated(2000) + "|\n"
                    + QByteArray(QByteArray("|b").repeated(2000) + "|\n").repeated(100);
}

void TestMarkdownReader::read_hostileInput_staysFast()
{
    QFETCH(QByteArray, markdown);
    QElapsedTimer timer;
    timer.start();
    const Result<ImportedDocument> read = MarkdownReader::read(markdown, u"x.md"_s, shanghai());
    QVERIFY(read.ok());
    qInfo("%lld ms for %lld bytes", qlonglong(timer.elapsed()), qlonglong(markdown.size()));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestMarkdownReader::read_manyThreads_giveTheSameDocuments()
{
    const QStringList files {u"hugo-yaml.md"_s, u"hugo-toml.md"_s, u"json.md"_s,
                             u"2017-07-21-jekyll-post.md"_s, u"shortcodes.md"_s};
    QList<QByteArray> inputs;
    QStringList expected;
    for (int round = 0; round < 40; ++round) {
        for (const QString &file : files) {
            inputs.append(readBytes(file));
            expected.append(readFixture(file).value().bodyHtml);
        }
    }
    const QStringList html =
            QtConcurrent::blockingMapped<QStringList>(inputs, [](const QByteArray &bytes) {
                return MarkdownReader::read(bytes, u"x.md"_s, shanghai()).value().bodyHtml;
            });
    QCOMPARE(html, expected);
}

void TestMarkdownReader::read_typicalFile_isFast()
{
    // About 3 KB: the Hugo fixture's front matter and a body of the usual kinds of blocks.
    QByteArray bytes = readBytes(u"hugo-yaml.md"_s);
    while (bytes.size() < 3000)
        bytes += "\n另一段正文，有**强调**、[链接](https://example.com/)和`代码`。\n";
    const QTimeZone zone = shanghai();
    constexpr int Runs = 2000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Runs; ++i)
        QVERIFY(MarkdownReader::read(bytes, u"x.md"_s, zone).ok());
    const double msPerFile = double(timer.nsecsElapsed()) / 1e6 / Runs;
    qInfo("%.3f ms per %lld-byte file", msPerFile, qlonglong(bytes.size()));
    // The aim is well under 0.5 ms; the bound leaves room for debug and sanitizer builds.
    QVERIFY2(msPerFile < 5.0, qPrintable(QString::number(msPerFile)));
}

void TestMarkdownReader::isMarkdownFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("markdown");

    QTest::newRow("md") << u"content/post.md"_s << true;
    QTest::newRow("MARKDOWN") << u"POST.MARKDOWN"_s << true;
    QTest::newRow("mdown") << u"a/b.mdown"_s << true;
    QTest::newRow("mkd") << u"C:\\site\\b.Mkd"_s << true;
    QTest::newRow("html") << u"post.html"_s << false;
    QTest::newRow("md folder") << u"post.md/readme.txt"_s << false;
    QTest::newRow("no suffix") << u"md"_s << false;
}

void TestMarkdownReader::isMarkdownFile()
{
    QFETCH(QString, path);
    QFETCH(bool, markdown);
    QCOMPARE(MarkdownReader::isMarkdownFile(path), markdown);
}

void TestMarkdownReader::importDate_parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty: not a date

    QTest::newRow("date") << u"2017-07-21"_s << u"2017-07-20T16:00:00Z"_s;
    QTest::newRow("slashes, one digit") << u"2017/7/1"_s << u"2017-06-30T16:00:00Z"_s;
    QTest::newRow("chinese") << u"2017年7月21日 10:32"_s << u"2017-07-21T02:32:00Z"_s;
    QTest::newRow("minutes") << u"2017-07-21 10:32"_s << u"2017-07-21T02:32:00Z"_s;
    QTest::newRow("seconds, T") << u"2017-07-21T10:32:05"_s << u"2017-07-21T02:32:05Z"_s;
    QTest::newRow("offset") << u"2017-07-21T10:32:05+08:00"_s << u"2017-07-21T02:32:05Z"_s;
    QTest::newRow("jekyll offset") << u"2017-07-21 10:32:05 -0500"_s << u"2017-07-21T15:32:05Z"_s;
    QTest::newRow("Z and fraction")
            << u"2017-07-21T10:32:05.123456Z"_s << u"2017-07-21T10:32:05Z"_s;
    QTest::newRow("rfc 2822") << u"Fri, 21 Jul 2017 10:32:05 +0800"_s << u"2017-07-21T02:32:05Z"_s;
    QTest::newRow("word") << u"tomorrow"_s << QString();
    QTest::newRow("bad month") << u"2017-13-01"_s << QString();
    QTest::newRow("trailing text") << u"2017-07-21 10:32 soon"_s << QString();
    QTest::newRow("bad hour") << u"2017-07-21 25:00"_s << QString();
}

void TestMarkdownReader::importDate_parse()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    QCOMPARE(ImportDate::parse(text, shanghai()).toString(Qt::ISODate), utc);
}

QTEST_GUILESS_MAIN(TestMarkdownReader)
#include "tst_markdownreader.moc"
