#include "html/sanitizer.h"
#include "import/htmlpagereader.h"
#include "import/portalinfoline.h"
#include "import/textdecoding.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(NEWSDESK_TEST_DATA) + u"/import/html/"_s + name;
}

QByteArray readBytes(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

const QTimeZone &shanghai()
{
    static const QTimeZone zone("Asia/Shanghai");
    return zone;
}

ImportedDocument readPage(const QString &name)
{
    const Result<ImportedDocument> result = HtmlPageReader::read(readBytes(name), name, shanghai());
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.error().message()));
        return {};
    }
    return result.value();
}

QHash<QString, QString> fieldsOf(const ImportedDocument &doc)
{
    return {
            {u"title"_s, doc.title},
            {u"channelPath"_s, doc.channelPath.join(u'/')},
            {u"publishAt"_s, doc.publishAt.toString(Qt::ISODate)},
            {u"source"_s, doc.source},
            {u"author"_s, doc.author},
            {u"editor"_s, doc.editor},
            {u"chiefEditor"_s, doc.chiefEditor},
            {u"summary"_s, doc.summary},
            {u"keywords"_s, doc.keywords},
            {u"sourceUrl"_s, doc.sourceUrl},
            {u"warnings"_s, doc.warnings.join(u' ')},
            {u"bodyHtml"_s, doc.bodyHtml},
    };
}

const QString Caption = u"11月27日至28日,中央扶贫开发工作会议在北京召开。"_s;

} // namespace

class TestHtmlPageReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dedePage_readsEveryField_data();
    void dedePage_readsEveryField();
    void dedePage_gbkEqualsUtf8();
    void dedePage_chromeIsNotInBody_data();
    void dedePage_chromeIsNotInBody();
    void dedePage_bodyKeepsArticle_data();
    void dedePage_bodyKeepsArticle();
    void dedePage_captionOnceAfterSanitizer();
    void pageVariants_readField_data();
    void pageVariants_readField();
    void big5Page_readsTitleAndText();
    void genericPage_readsArticle();
    void pageWithoutArticle_usesLargestBlock();
    void xssPage_isHarmlessAfterSanitizer_data();
    void xssPage_isHarmlessAfterSanitizer();
    void xssPage_keepsText_data();
    void xssPage_keepsText();
    void noContent_isErrorNamingFile();
    void deeplyNestedPage_isRead();
    void largePage_isRead();
    void readConcurrently_givesSameDocument();
    void newsdeskExport_readsBack();
    void decodeHtml_data();
    void decodeHtml();
    void parseTime_data();
    void parseTime();
    void isHtmlFile_data();
    void isHtmlFile();
};

void TestHtmlPageReader::dedePage_readsEveryField_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    const QList<std::pair<QString, QString>> fields = {
            {u"title"_s, u"一年来,习近平推动东西扶贫协作再上新台阶"_s},
            {u"channelPath"_s, u"资讯/热点"_s},
            {u"publishAt"_s, u"2017-07-21T02:32:00Z"_s},
            {u"source"_s, u"央视网"_s},
            {u"author"_s, u"央视网"_s},
            {u"editor"_s, u"北风"_s},
            {u"chiefEditor"_s, u"北风"_s},
            {u"summary"_s,
             u"“脱贫攻坚,全国一盘棋;全面小康,决胜在合力”。中国东西部结对牵手、协作扶贫。"_s},
            {u"keywords"_s, u"扶贫, 东西部协作, 习近平"_s},
            {u"sourceUrl"_s, u"http://www.laochenguang.cn/a/zixun/redian/2017/0721/1024.html"_s},
            {u"warnings"_s, QString()},
    };
    for (const QString &file : {u"dede-utf8.html"_s, u"dede-gbk.html"_s}) {
        for (const auto &[field, expected] : fields)
            QTest::addRow("%s %s", qPrintable(file), qPrintable(field))
                    << file << field << expected;
    }
}

void TestHtmlPageReader::dedePage_readsEveryField()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const QHash<QString, QString> actual = fieldsOf(readPage(file));
    QCOMPARE(actual.value(field), expected);
}

void TestHtmlPageReader::dedePage_gbkEqualsUtf8()
{
    const ImportedDocument utf8 = readPage(u"dede-utf8.html"_s);
    const ImportedDocument gbk = readPage(u"dede-gbk.html"_s);
    QVERIFY(!utf8.bodyHtml.isEmpty());
    QCOMPARE(gbk.bodyHtml, utf8.bodyHtml);
    QCOMPARE(gbk.title, utf8.title);
    QCOMPARE(gbk.channelPath, utf8.channelPath);
    QCOMPARE(gbk.publishAt, utf8.publishAt);
    QCOMPARE(gbk.summary, utf8.summary);
    QCOMPARE(gbk.keywords, utf8.keywords);
    QCOMPARE(gbk.editor, utf8.editor);
    QCOMPARE(gbk.chiefEditor, utf8.chiefEditor);
    QCOMPARE(TextDecoding::decodeHtml(readBytes(u"dede-gbk.html"_s)).charset, u"GB18030"_s);
}

void TestHtmlPageReader::dedePage_chromeIsNotInBody_data()
{
    QTest::addColumn<QString>("chrome");
    for (const QString &chrome :
         {u"上一篇"_s,   u"下一篇"_s,    u"顶一下"_s,  u"踩一下"_s,   u"分隔线"_s,
          u"栏目列表"_s, u"推荐内容"_s,  u"广告"_s,    u"责任编辑"_s, u"编辑:北风"_s,
          u"点击"_s,     u"count.php"_s, u"<script"_s, u"当前位置"_s, u"共2页"_s,
          u"收藏"_s,     u"搜索"_s,      u"DedeCMS"_s, u"<table"_s,   u"<h2"_s})
        QTest::addRow("%s", qPrintable(chrome)) << chrome;
}

void TestHtmlPageReader::dedePage_chromeIsNotInBody()
{
    QFETCH(QString, chrome);
    const ImportedDocument doc = readPage(u"dede-utf8.html"_s);
    QVERIFY(!doc.bodyHtml.isEmpty());
    QVERIFY2(!doc.bodyHtml.contains(chrome), qPrintable(doc.bodyHtml));
}

void TestHtmlPageReader::dedePage_bodyKeepsArticle_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("first paragraph") << u"中国东西部结对牵手"_s;
    QTest::newRow("last paragraph") << u"更要看脱贫的实际成效"_s;
    QTest::newRow("h3") << u"<h3><strong>落实“银川会议”精神"_s;
    QTest::newRow("h4") << u"<h4>强化考核问责"_s;
    QTest::newRow("image as written") << u"src=\"/uploads/allimg/170721/1-1FH1103232X4.jpg\""_s;
    QTest::newRow("centring kept") << u"<p style=\"text-align: center;\">11月27日"_s;
}

void TestHtmlPageReader::dedePage_bodyKeepsArticle()
{
    QFETCH(QString, text);
    const ImportedDocument doc = readPage(u"dede-utf8.html"_s);
    QVERIFY2(doc.bodyHtml.contains(text), qPrintable(doc.bodyHtml));
}

void TestHtmlPageReader::dedePage_captionOnceAfterSanitizer()
{
    const ImportedDocument doc = readPage(u"dede-utf8.html"_s);
    const Sanitizer::Result clean = Sanitizer::clean(doc.bodyHtml, QUrl(doc.sourceUrl));
    QCOMPARE(clean.html.count(Caption), 1);
    QVERIFY2(clean.html.contains(u"<figcaption>"_s + Caption), qPrintable(clean.html));
    QVERIFY(clean.html.contains(
            u"http://www.laochenguang.cn/uploads/allimg/170721/1-1FH1103232X4.jpg"_s));
}

void TestHtmlPageReader::pageVariants_readField_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    const QByteArray paragraphs = "<p>这是一段足够长的正文，用来让正文块比别的块更大一些。</p>"
                                  "<p>第二段正文同样有不少文字，说明事情的来龙去脉。</p>";
    QTest::newRow("sidebar content box loses to article_content")
            << QByteArray("<div class=\"side\"><div class=\"content\">小框</div></div>"
                          "<div class=\"article_content\">"
                          + paragraphs + "</div>")
            << u"bodyHtml"_s
            << u"<p>这是一段足够长的正文，用来让正文块比别的块更大一些。</p>"
               "<p>第二段正文同样有不少文字，说明事情的来龙去脉。</p>"_s;
    const QByteArray byline = "<article><h1>标题</h1><p class=\"byline\">发布时间：2020年1月2日 "
                              "08:00 作者：张三</p>"
            + paragraphs + "</article>";
    QTest::newRow("byline date") << byline << u"publishAt"_s << u"2020-01-02T00:00:00Z"_s;
    QTest::newRow("byline author") << byline << u"author"_s << u"张三"_s;
    QTest::newRow("byline not in body")
            << byline << u"bodyHtml"_s
            << u"<p>这是一段足够长的正文，用来让正文块比别的块更大一些。</p>"
               "<p>第二段正文同样有不少文字，说明事情的来龙去脉。</p>"_s;
    QTest::newRow("prev-next inside content dropped")
            << QByteArray("<div class=\"content\"><p>正文。</p><p>上一篇：<a href=\"1.html\">旧闻"
                          "</a></p><p>下一篇：没有了</p></div>")
            << u"bodyHtml"_s << u"<p>正文。</p>"_s;
    const QByteArray crumb =
            "<title>本地新闻标题_某站</title><div>当前位置：<a href=\"/\">首页</a> "
            "&gt; <a href=\"/a/\">新闻</a> &gt; <a href=\"/a/b/\">本地</a> &gt; "
            "<a href=\"/a/b/1.html\">本地新闻标题</a></div><div class=\"content\">"
            + paragraphs + "</div>";
    QTest::newRow("breadcrumb by its text, title dropped")
            << crumb << u"channelPath"_s << u"新闻/本地"_s;
    QTest::newRow("title from <title>") << crumb << u"title"_s << u"本地新闻标题"_s;
    QTest::newRow("title from <title> with dash") << QByteArray(
            "<title>Budget passes - City Paper</title><main>" + paragraphs + "</main>")
                                                  << u"title"_s << u"Budget passes"_s;
    QTest::newRow("og:title before <title>")
            << QByteArray("<title>x_y</title><meta property=\"og:title\" content=\"真标题\"><main>"
                          + paragraphs + "</main>")
            << u"title"_s << u"真标题"_s;
    const QByteArray info =
            "<div class=\"info\">时间：2017/7/21 来源：新华网 作者：李四 编辑：王五 "
            "点击：<script>document.write(3)</script>次</div>"
            "<div class=\"content\">"
            + paragraphs + "<p>编辑:赵六</p></div>";
    QTest::newRow("full-width colons time") << info << u"publishAt"_s << u"2017-07-20T16:00:00Z"_s;
    QTest::newRow("full-width colons source") << info << u"source"_s << u"新华网"_s;
    QTest::newRow("info editor wins") << info << u"editor"_s << u"王五"_s;
    QTest::newRow("relative canonical ignored") << QByteArray(
            "<link rel=\"canonical\" href=\"/a/1.html\"><main>" + paragraphs + "</main>")
                                                << u"sourceUrl"_s << QString();
    QTest::newRow("english keyword phrases")
            << QByteArray("<meta name=\"keywords\" content=\"press freedom,  media\"><main>"
                          + paragraphs + "</main>")
            << u"keywords"_s << u"press freedom, media"_s;
    QTest::newRow("space-separated chinese keywords") << QByteArray(
            "<meta name=\"keywords\" content=\"扶贫 协作\"><main>" + paragraphs + "</main>")
                                                      << u"keywords"_s << u"扶贫, 协作"_s;
    QTest::newRow("bad date warns")
            << QByteArray("<title>T</title><div class=\"info\">时间:2017-13-45</div><main>"
                          + paragraphs + "</main>")
            << u"warnings"_s
            << u"The time “2017-13-45” is not a date; the article has no publish time from it."_s;
}

void TestHtmlPageReader::pageVariants_readField()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const Result<ImportedDocument> result = HtmlPageReader::read(html, u"page.html"_s, shanghai());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
    QCOMPARE(fieldsOf(result.value()).value(field), expected);
}

void TestHtmlPageReader::big5Page_readsTitleAndText()
{
    const ImportedDocument doc = readPage(u"big5.html"_s);
    QCOMPARE(doc.title, u"天文台發出黃色暴雨警告信號"_s);
    QCOMPARE(doc.source, u"本報訊"_s);
    QCOMPARE(doc.channelPath, QStringList {u"港聞"_s});
    QCOMPARE(doc.publishAt, QDateTime(QDate(2019, 6, 12), QTime(0, 15), QTimeZone::utc()));
    QVERIFY2(doc.bodyHtml.contains(u"市民應留意最新天氣消息"_s), qPrintable(doc.bodyHtml));
    // 㗎 is in HKSCS, not in windows-950: why Big5 is read as Big5-HKSCS.
    QVERIFY2(doc.bodyHtml.contains(u"係咁\u35CE啦"_s), qPrintable(doc.bodyHtml));
    QCOMPARE(doc.editor, u"陳大文"_s);
    QCOMPARE(doc.chiefEditor, u"李小明"_s);
    QVERIFY2(!doc.bodyHtml.contains(u"編輯"_s), qPrintable(doc.bodyHtml));
    QCOMPARE(doc.warnings, QStringList());
}

void TestHtmlPageReader::genericPage_readsArticle()
{
    const ImportedDocument doc = readPage(u"blog-article.html"_s);
    QCOMPARE(doc.title, u"Why we moved our newsroom to plain text"_s);
    QCOMPARE(doc.author, u"Ada Brooks"_s);
    QCOMPARE(doc.publishAt, QDateTime(QDate(2021, 3, 14), QTime(8, 30), QTimeZone::utc()));
    QCOMPARE(doc.sourceUrl, u"https://blog.example.org/2021/03/plain-text"_s);
    QCOMPARE(doc.summary, u"Three years of writing in plain text files."_s);
    QVERIFY(doc.channelPath.isEmpty());
    for (const QString &kept :
         {u"For ten years our stories"_s, u"<h2>What changed</h2>"_s,
          u"<figcaption>The news desk in 2020.</figcaption>"_s, u"most durable format"_s})
        QVERIFY2(doc.bodyHtml.contains(kept), qPrintable(kept));
    for (const QString &dropped : {u"<h1"_s, u"Popular posts"_s, u"About"_s, u"Subscribe"_s,
                                   u"trackPageView"_s, u"textarea"_s, u"workflow"_s})
        QVERIFY2(!doc.bodyHtml.contains(dropped), qPrintable(dropped));
}

void TestHtmlPageReader::pageWithoutArticle_usesLargestBlock()
{
    const ImportedDocument doc = readPage(u"largest-block.html"_s);
    QCOMPARE(doc.title, u"城市夜读"_s);
    QVERIFY(doc.bodyHtml.contains(u"图书馆的灯还亮着"_s));
    QVERIFY(doc.bodyHtml.contains(u"睡不着的老人"_s));
    for (const QString &dropped : {u"热门链接"_s, u"版权所有"_s, u"要闻"_s, u"<h1"_s})
        QVERIFY2(!doc.bodyHtml.contains(dropped), qPrintable(dropped));
}

void TestHtmlPageReader::xssPage_isHarmlessAfterSanitizer_data()
{
    QTest::addColumn<QString>("needle");
    for (const QString &needle :
         {u"<script"_s, u"javascript:"_s, u"<iframe"_s, u"<svg"_s, u"style="_s, u"expression("_s,
          u"alert("_s, u"data:"_s, u"<base"_s, u"<meta"_s, u"<object"_s, u"<embed"_s, u"<form"_s,
          u"<math"_s, u"evil.example"_s})
        QTest::addRow("%s", qPrintable(needle)) << needle;
    // Any on…= attribute.
    QTest::addRow("event handler") << u" on[a-z]+\\s*="_s;
}

void TestHtmlPageReader::xssPage_isHarmlessAfterSanitizer()
{
    QFETCH(QString, needle);
    const ImportedDocument doc = readPage(u"xss.html"_s);
    QVERIFY(!doc.bodyHtml.isEmpty());
    const QString html = Sanitizer::clean(doc.bodyHtml).html;
    const QRegularExpression pattern(needle.startsWith(u' ') ? needle
                                                             : QRegularExpression::escape(needle),
                                     QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!pattern.match(html).hasMatch(), qPrintable(html));
}

void TestHtmlPageReader::xssPage_keepsText_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &text :
         {u"First paragraph stays."_s, u"Second paragraph stays."_s, u"Image paragraph stays."_s,
          u"Link text stays"_s, u"entity link stays"_s, u"Colon link stays"_s,
          u"Styled paragraph stays."_s, u"Data image paragraph stays."_s, u"Data link stays"_s,
          u"Last paragraph stays."_s})
        QTest::addRow("%s", qPrintable(text)) << text;
}

void TestHtmlPageReader::xssPage_keepsText()
{
    QFETCH(QString, text);
    const ImportedDocument doc = readPage(u"xss.html"_s);
    QCOMPARE(doc.title, u"Harmless news"_s);
    QCOMPARE(doc.publishAt, QDateTime(QDate(2020, 1, 1), QTime(16, 0), QTimeZone::utc()));
    const QString html = Sanitizer::clean(doc.bodyHtml).html;
    QVERIFY2(html.contains(text), qPrintable(html));
}

void TestHtmlPageReader::noContent_isErrorNamingFile()
{
    const QByteArray page = "<html><head><title>Empty</title></head><body><nav><p>Home</p>"
                            "</nav><script>x()</script></body></html>";
    const Result<ImportedDocument> result =
            HtmlPageReader::read(page, u"old/site/empty-page.html"_s, shanghai());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message().contains(u"old/site/empty-page.html"_s),
             qPrintable(result.error().message()));
    QVERIFY2(result.error().message().contains(u"no article text found"_s),
             qPrintable(result.error().message()));
}

void TestHtmlPageReader::deeplyNestedPage_isRead()
{
    QByteArray page = "<html><body><div class=\"content\">";
    for (int i = 0; i < 100000; ++i)
        page += "<div>";
    page += "<p>Deep text.</p>";
    const Result<ImportedDocument> result = HtmlPageReader::read(page, u"deep.html"_s, shanghai());
    QVERIFY(result.ok());
    QVERIFY(result.value().bodyHtml.contains(u"Deep text."_s));
}

void TestHtmlPageReader::largePage_isRead()
{
    // 20,000 paragraphs in nested boxes (about 3 MB): every lookup stays linear.
    QByteArray page = "<html><body><div class=\"header\"><a href=\"/\">站</a></div>"
                      "<div class=\"content\">";
    for (int box = 0; box < 200; ++box) {
        page += "<div class=\"box\"><div class=\"inner\">";
        for (int i = 0; i < 100; ++i)
            page += "<p class=\"para\">第" + QByteArray::number(box * 100 + i)
                    + "段，正文内容在这里继续延伸，足够长。</p>";
        page += "</div></div>";
    }
    page += "</div>";
    QElapsedTimer timer;
    timer.start();
    const Result<ImportedDocument> result = HtmlPageReader::read(page, u"large.html"_s, shanghai());
    qInfo("read %lld bytes in %lld ms", qlonglong(page.size()), timer.elapsed());
    QVERIFY(result.ok());
    QVERIFY(result.value().bodyHtml.contains(u"第0段"_s));
    QVERIFY(result.value().bodyHtml.contains(u"第19999段"_s));
}

void TestHtmlPageReader::readConcurrently_givesSameDocument()
{
    const QByteArray bytes = readBytes(u"dede-gbk.html"_s);
    const QString expected = readPage(u"dede-gbk.html"_s).bodyHtml;
    QList<QString> bodies(8);
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        threads.emplace_back([&bodies, &bytes, i] {
            for (int round = 0; round < 5; ++round) {
                const Result<ImportedDocument> result =
                        HtmlPageReader::read(bytes, u"dede-gbk.html"_s, shanghai());
                bodies[i] = result.ok() ? result.value().bodyHtml : QString();
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QString &body : std::as_const(bodies))
        QCOMPARE(body, expected);
}

void TestHtmlPageReader::newsdeskExport_readsBack()
{
    const ImportedDocument doc = readPage(u"newsdesk-export.html"_s);
    QCOMPARE(doc.title, u"贵州全力推进义务教育优质均衡"_s);
    QCOMPARE(doc.publishAt, QDateTime(QDate(2026, 9, 29), QTime(9, 7, 12), QTimeZone::utc()));
    QCOMPARE(doc.source, u"人民网"_s);
    QCOMPARE(doc.author, u"人民网"_s);
    QCOMPARE(doc.editor, u"林晓"_s);
    QCOMPARE(doc.chiefEditor, u"北风"_s);
    QCOMPARE(doc.channelPath, (QStringList {u"资讯"_s, u"国内"_s}));
    QCOMPARE(doc.keywords, u"教育"_s);
    QCOMPARE(doc.summary, u"浙江在就业创业方面持续发力，累计投入资金3.5亿元，惠及群众1300多人。"_s);
    QCOMPARE(doc.warnings, QStringList());
    QVERIFY(doc.bodyHtml.startsWith(u"<figure>"_s));
    QVERIFY2(doc.bodyHtml.endsWith(u"新引擎。</p>"_s), qPrintable(doc.bodyHtml));
    for (const QString &dropped : {u"摘要"_s, u"编辑"_s, u"顶一下"_s, u"标签"_s, u"分隔线"_s,
                                   u"上一篇"_s, u"栏目列表"_s, u"广告"_s, u"<h1"_s, u"点击"_s})
        QVERIFY2(!doc.bodyHtml.contains(dropped), qPrintable(dropped));
    const QString html =
            Sanitizer::clean(doc.bodyHtml, QUrl(u"https://example.com/a/b/c/d/"_s)).html;
    QVERIFY2(html.contains(u"<figcaption>城市街景"_s), qPrintable(html));
    QVERIFY2(html.contains(u"记者何静摄"_s), qPrintable(html));
}

void TestHtmlPageReader::decodeHtml_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<bool>("warns");
    const QString chinese = u"新闻"_s;
    const QByteArray gbk = "\xD0\xC2\xCE\xC5"; // 新闻 in GBK
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF<p>") + chinese.toUtf8()
                               << u"<p>"_s + chinese << u"UTF-8"_s << false;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE<\0p\0>\0", 8) << u"<p>"_s << u"UTF-16LE"_s
                                  << false;
    QTest::newRow("bom beats meta")
            << QByteArray("\xEF\xBB\xBF<meta charset=gbk>") + chinese.toUtf8()
            << u"<meta charset=gbk>"_s + chinese << u"UTF-8"_s << false;
    QTest::newRow("meta charset gbk")
            << QByteArray("<meta charset=\"gbk\"><p>") + gbk
            << u"<meta charset=\"gbk\"><p>"_s + chinese << u"GB18030"_s << false;
    QTest::newRow("http-equiv gb2312")
            << QByteArray("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; "
                          "charset=GB2312\">")
                    + gbk
            << u"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GB2312\">"_s
                    + chinese
            << u"GB18030"_s << false;
    QTest::newRow("meta big5") << QByteArray("<meta charset=big5>\xB7\x73\xBB\x44")
                               << u"<meta charset=big5>新聞"_s << u"Big5-HKSCS"_s << false;
    QTest::newRow("valid utf-8 undeclared")
            << QByteArray("<p>") + chinese.toUtf8() << u"<p>"_s + chinese << u"UTF-8"_s << false;
    QTest::newRow("invalid utf-8 undeclared is gb18030")
            << QByteArray("<p>") + gbk << u"<p>"_s + chinese << u"GB18030"_s << true;
    QTest::newRow("unknown charset falls back")
            << QByteArray("<meta charset=\"klingon-8\"><p>") + chinese.toUtf8()
            << u"<meta charset=\"klingon-8\"><p>"_s + chinese << u"UTF-8"_s << true;
    QTest::newRow("meta utf-16 means utf-8")
            << QByteArray("<meta charset=utf-16><p>") + chinese.toUtf8()
            << u"<meta charset=utf-16><p>"_s + chinese << u"UTF-8"_s << false;
}

void TestHtmlPageReader::decodeHtml()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, charset);
    QFETCH(bool, warns);
    const TextDecoding::Decoded decoded = TextDecoding::decodeHtml(bytes);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.charset, charset);
    QCOMPARE(!decoded.warnings.isEmpty(), warns);
    if (qstrcmp(QTest::currentDataTag(), "unknown charset falls back") == 0)
        QVERIFY(decoded.warnings.constFirst().contains(u"klingon-8"_s));
}

void TestHtmlPageReader::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
    };
    QTest::newRow("date") << u"2017-07-21"_s << utc(2017, 7, 20, 16, 0, 0);
    QTest::newRow("minutes") << u"2017-07-21 10:32"_s << utc(2017, 7, 21, 2, 32, 0);
    QTest::newRow("seconds") << u"2017-07-21 10:32:05"_s << utc(2017, 7, 21, 2, 32, 5);
    QTest::newRow("chinese") << u"2017年07月21日 10:32"_s << utc(2017, 7, 21, 2, 32, 0);
    QTest::newRow("slashes") << u"2017/7/21"_s << utc(2017, 7, 20, 16, 0, 0);
    QTest::newRow("iso offset") << u"2017-07-21T10:32:00+02:00"_s << utc(2017, 7, 21, 8, 32, 0);
    QTest::newRow("iso zulu") << u"2017-07-21T10:32:00Z"_s << utc(2017, 7, 21, 10, 32, 0);
    QTest::newRow("not a date") << u"昨天"_s << QDateTime();
    QTest::newRow("impossible date") << u"2017-02-30"_s << QDateTime();
}

void TestHtmlPageReader::parseTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(PortalInfoLine::parseTime(text, shanghai()), expected);
}

void TestHtmlPageReader::isHtmlFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("expected");
    QTest::newRow("html") << u"a/b.html"_s << true;
    QTest::newRow("HTM") << u"a/B.HTM"_s << true;
    QTest::newRow("shtml") << u"x.shtml"_s << true;
    QTest::newRow("xhtml") << u"x.xhtml"_s << true;
    QTest::newRow("markdown") << u"x.md"_s << false;
    QTest::newRow("no suffix") << u"html"_s << false;
}

void TestHtmlPageReader::isHtmlFile()
{
    QFETCH(QString, path);
    QFETCH(bool, expected);
    QCOMPARE(HtmlPageReader::isHtmlFile(path), expected);
}

QTEST_GUILESS_MAIN(TestHtmlPageReader)
#include "tst_htmlpagereader.moc"
