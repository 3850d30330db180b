#include "diff/articlediff.h"
#include "diff/articlemerge.h"
#include "diff/diffhtml.h"
#include "diff/textdiff.h"
#include "review/revisiondiffview.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QRandomGenerator>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

using Kind = DiffSegment::Kind;
using Segments = QList<DiffSegment>;

namespace {

DiffSegment same(const QString &text)
{
    return {Kind::Same, text};
}
DiffSegment removed(const QString &text)
{
    return {Kind::Removed, text};
}
DiffSegment added(const QString &text)
{
    return {Kind::Added, text};
}

QString describe(const Segments &segments)
{
    QStringList parts;
    for (const DiffSegment &segment : segments) {
        const QChar sign = segment.kind == Kind::Same ? u'='
                : segment.kind == Kind::Removed       ? u'-'
                                                      : u'+';
        parts.append(sign + u'[' + segment.text + u']');
    }
    return parts.join(u' ');
}

// What every diff must be: both texts back, no empty segment, no two neighbours of one kind,
// and between unchanged stretches a removal before an addition.
void checkWellFormed(const Segments &segments, const QString &before, const QString &after)
{
    QCOMPARE(TextDiff::beforeText(segments), before);
    QCOMPARE(TextDiff::afterText(segments), after);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const bool empty = segments.at(i).text.isEmpty();
        const bool repeated = i > 0 && segments.at(i - 1).kind == segments.at(i).kind;
        const bool addedFirst = i > 0 && segments.at(i - 1).kind == Kind::Added
                && segments.at(i).kind == Kind::Removed;
        if (empty || repeated || addedFirst)
            QFAIL(qPrintable(u"segment %1 of %2"_s.arg(i).arg(describe(segments).left(2000))));
    }
}

// Pseudo-Chinese paragraphs of common Han characters and punctuation, one a line.
QString generatedText(quint32 seed, qsizetype characters)
{
    QRandomGenerator random(seed);
    QString text;
    text.reserve(characters + characters / 100);
    while (text.size() < characters) {
        const int paragraph = 80 + random.bounded(240);
        for (int i = 0; i < paragraph; ++i) {
            const int r = random.bounded(20);
            text += r == 0   ? u'，'
                    : r == 1 ? u'。'
                             : QChar(char16_t(0x4E00 + random.bounded(3000)));
        }
        text += u'\n';
    }
    return text;
}

Article baseArticle()
{
    Article article;
    article.id = 7;
    article.title = u"今天北京下雨"_s;
    article.channelId = 3;
    article.secondaryChannelIds = {4};
    article.tags = {u"天气"_s, u"北京"_s};
    article.flags = ArticleFlag::Headline;
    article.author = u"张三"_s;
    article.publishAt = QDateTime(QDate(2026, 3, 1), QTime(8, 30), Qt::UTC);
    article.body = u"<p>第一段。</p>\n<p>第二段。</p>"_s;
    return article;
}

QString channelName(qint64 id)
{
    switch (id) {
    case 3:
        return u"资讯"_s;
    case 4:
        return u"热点"_s;
    case 5:
        return u"国内"_s;
    default:
        return {};
    }
}

const FieldDiff *field(const ArticleDiff &diff, const QString &key)
{
    for (const FieldDiff &f : diff.fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

// The word-level, Chinese-aware diff of revisions: tokens, text diffs, article diffs, their
// HTML and the view that shows them.
class TestDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merge_differentFields_keepsBoth()
    {
        Article base;
        base.id = 7;
        base.version = 3;
        base.title = u"原标题"_s;
        base.summary = u"原摘要"_s;
        base.tags = {u"扶贫"_s};
        base.body = u"<p>第一段</p>\n<p>第二段</p>\n<p>第三段</p>"_s;
        Article theirs = base;
        theirs.version = 4;
        theirs.title = u"他们改的标题"_s;
        theirs.body = u"<p>第一段，他们改过</p>\n<p>第二段</p>\n<p>第三段</p>"_s;
        Article mine = base;
        mine.summary = u"我改的摘要"_s;
        mine.tags = {u"扶贫"_s, u"小康"_s};
        mine.body = u"<p>第一段</p>\n<p>第二段</p>\n<p>第三段，我改过</p>\n<p>我加的第四段</p>"_s;
        const ArticleMerge merge = ArticleMerge::merge(base, theirs, mine);
        QVERIFY2(merge.conflicts.isEmpty(), qPrintable(merge.conflicts.join(u", "_s)));
        QCOMPARE(merge.merged.id, 7);
        QCOMPARE(merge.merged.version, 4); // theirs: the save checks against it
        QCOMPARE(merge.merged.title, u"他们改的标题"_s);
        QCOMPARE(merge.merged.summary, u"我改的摘要"_s);
        QCOMPARE(merge.merged.tags, (QStringList {u"扶贫"_s, u"小康"_s}));
        QCOMPARE(merge.merged.body,
                 u"<p>第一段，他们改过</p>\n<p>第二段</p>\n<p>第三段，我改过</p>\n"
                 "<p>我加的第四段</p>"_s);
    }

    void merge_sameFieldChangedDifferently_isAConflictKeepingMine()
    {
        Article base;
        base.title = u"原标题"_s;
        base.body = u"<p>同一段</p>"_s;
        Article theirs = base;
        theirs.title = u"他们的标题"_s;
        theirs.body = u"<p>同一段，他们的</p>"_s;
        Article mine = base;
        mine.title = u"我的标题"_s;
        mine.body = u"<p>同一段，我的</p>"_s;
        const ArticleMerge merge = ArticleMerge::merge(base, theirs, mine);
        QCOMPARE(merge.conflicts, (QStringList {u"title"_s, u"body"_s}));
        QCOMPARE(merge.merged.title, u"我的标题"_s);
        QCOMPARE(merge.merged.body, u"<p>同一段，我的</p>"_s);
        QVERIFY(!ArticleMerge::fieldName(u"title"_s).isEmpty());
        QVERIFY(ArticleMerge::fieldName(u"title"_s) != ArticleMerge::fieldName(u"body"_s));
    }

    void merge_sameChangeOnBothSides_isNoConflict()
    {
        Article base;
        base.title = u"原标题"_s;
        Article theirs = base;
        theirs.title = u"一样的新标题"_s;
        theirs.publishAt = QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);
        const ArticleMerge merge = ArticleMerge::merge(base, theirs, theirs);
        QVERIFY(merge.conflicts.isEmpty());
        QCOMPARE(merge.merged.title, u"一样的新标题"_s);
        QCOMPARE(merge.merged.publishAt, theirs.publishAt);
    }

    void tokenize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("han one by one")
                << u"今天北京"_s << QStringList {u"今"_s, u"天"_s, u"北"_s, u"京"_s};
        QTest::newRow("latin words")
                << u"hello  world"_s << QStringList {u"hello"_s, u"  "_s, u"world"_s};
        QTest::newRow("digits") << u"3.14 and 1,000"_s
                                << QStringList {u"3.14"_s, u" "_s, u"and"_s, u" "_s, u"1,000"_s};
        QTest::newRow("hyphen splits")
                << u"COVID-19"_s << QStringList {u"COVID"_s, u"-"_s, u"19"_s};
        QTest::newRow("apostrophe") << u"don't"_s << QStringList {u"don't"_s};
        QTest::newRow("trailing full stop") << u"end."_s << QStringList {u"end"_s, u"."_s};
        QTest::newRow("punctuation")
                << u"“你好，”"_s << QStringList {u"“"_s, u"你"_s, u"好"_s, u"，"_s, u"”"_s};
        QTest::newRow("extension b") << u"𠀀𠀁a"_s << QStringList {u"𠀀"_s, u"𠀁"_s, u"a"_s};
        QTest::newRow("mixed") << u"用iPhone 15拍摄"_s
                               << QStringList {u"用"_s, u"iPhone"_s, u" "_s,
                                               u"15"_s, u"拍"_s,     u"摄"_s};
        QTest::newRow("tabs and spaces") << u"a \t b"_s << QStringList {u"a"_s, u" \t "_s, u"b"_s};
        QTest::newRow("line breaks")
                << u"a\nb\r\n\nc\u2028"_s
                << QStringList {u"a"_s, u"\n"_s, u"b"_s, u"\r\n"_s, u"\n"_s, u"c"_s, u"\u2028"_s};
        QTest::newRow("combining mark")
                << u"cafe\u0301 x"_s << QStringList {u"cafe\u0301"_s, u" "_s, u"x"_s};
        QTest::newRow("kana and hangul")
                << u"カナ한국"_s << QStringList {u"カ"_s, u"ナ"_s, u"한"_s, u"국"_s};
    }

    void tokenize()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        const QStringList result = TextDiff::tokenize(text);
        QCOMPARE(result, tokens);
        QCOMPARE(result.join(QString()), text);
    }

    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<Segments>("segments");
        QTest::newRow("chinese word") << u"今天北京下雨"_s << u"今天上海下雨"_s
                                      << Segments {same(u"今天"_s), removed(u"北京"_s),
                                                   added(u"上海"_s), same(u"下雨"_s)};
        QTest::newRow("chinese insertion")
                << u"会议在北京召开。"_s << u"会议今天在北京召开。"_s
                << Segments {same(u"会议"_s), added(u"今天"_s), same(u"在北京召开。"_s)};
        QTest::newRow("english word")
                << u"The quick brown fox jumps"_s << u"The quick red fox jumps"_s
                << Segments {same(u"The quick "_s), removed(u"brown"_s), added(u"red"_s),
                             same(u" fox jumps"_s)};
        QTest::newRow("english rewrite folds spaces")
                << u"the quick brown fox"_s << u"a slow red fox"_s
                << Segments {removed(u"the quick brown"_s), added(u"a slow red"_s),
                             same(u" fox"_s)};
        QTest::newRow("number after hyphen") << u"COVID-19 cases"_s << u"COVID-20 cases"_s
                                             << Segments {same(u"COVID-"_s), removed(u"19"_s),
                                                          added(u"20"_s), same(u" cases"_s)};
        QTest::newRow("identical")
                << u"相同的文字"_s << u"相同的文字"_s << Segments {same(u"相同的文字"_s)};
        QTest::newRow("both empty") << QString() << QString() << Segments {};
        QTest::newRow("empty to text") << QString() << u"新的"_s << Segments {added(u"新的"_s)};
        QTest::newRow("text to empty") << u"旧的"_s << QString() << Segments {removed(u"旧的"_s)};
        QTest::newRow("paragraph removed")
                << u"一段\n二段\n三段"_s << u"一段\n三段"_s
                << Segments {same(u"一段\n"_s), removed(u"二段\n"_s), same(u"三段"_s)};
        QTest::newRow("extension b character")
                << u"𠀀字"_s << u"𠀁字"_s
                << Segments {removed(u"𠀀"_s), added(u"𠀁"_s), same(u"字"_s)};
    }

    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(Segments, segments);
        bool coarse = true;
        const Segments result = TextDiff::diff(before, after, &coarse);
        QVERIFY2(result == segments, qPrintable(describe(result)));
        QVERIFY(!coarse);
        checkWellFormed(result, before, after);
    }

    void diff_rewrittenChineseSentence_isOneChange()
    {
        // Only 的 and the comma are shared: no confetti of single characters.
        const QString before = u"他的书很好看，我喜欢。"_s;
        const QString after = u"她的笔不太好用，我喜欢。"_s;
        const Segments result = TextDiff::diff(before, after);
        checkWellFormed(result, before, after);
        QCOMPARE(result.size(), 3);
        QCOMPARE(result.last(), same(u"，我喜欢。"_s));
    }

    void diff_randomEdits_areWellFormed()
    {
        QRandomGenerator random(42);
        for (int round = 0; round < 200; ++round) {
            const QString before = generatedText(quint32(round), 120);
            QString after = before;
            for (int edit = random.bounded(6); edit >= 0; --edit) {
                const qsizetype at = random.bounded(int(after.size()) + 1);
                if (random.bounded(2) == 0 && at < after.size())
                    after.remove(at, random.bounded(8));
                else
                    after.insert(at,
                                 generatedText(quint32(1000 + round), 5).left(random.bounded(6)));
            }
            checkWellFormed(TextDiff::diff(before, after), before, after);
        }
    }

    void characterCounts_skipWhitespace()
    {
        const Segments segments = TextDiff::diff(u"今天 北京"_s, u"今天 上海 hello"_s);
        QCOMPARE(TextDiff::removedCharacters(segments), 2);
        QCOMPARE(TextDiff::addedCharacters(segments), 7);
    }

    void diff_hugeRewrittenBody_fallsBackQuickly_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("coarse");
        const QString body = generatedText(1, 200'000);
        QTest::newRow("rewritten paragraphs") << body << generatedText(2, 200'000) << true;
        QString oneLine = body;
        oneLine.replace(u'\n', u'，');
        QString otherLine = generatedText(2, 200'000);
        otherLine.replace(u'\n', u'，');
        QTest::newRow("rewritten single paragraph") << oneLine << otherLine << true;
        // As many paragraphs, each rewritten: compared pairwise until the work budget is spent.
        QString rewritten = generatedText(3, 220'000);
        rewritten.remove(u'\n');
        const QStringList lines = body.split(u'\n');
        qsizetype at = 0;
        QString sameShape;
        for (const QString &line : lines) {
            sameShape += rewritten.mid(at, line.size()) + u'\n';
            at += line.size();
        }
        sameShape.chop(1);
        QTest::newRow("rewritten, same paragraph lengths") << body << sameShape << true;
        QString edited = body;
        for (qsizetype at = 500; at < edited.size(); at += 5000)
            edited.replace(at, 2, u"改动"_s);
        QTest::newRow("scattered edits") << body << edited << false;
        QStringList everyLine = body.split(u'\n');
        for (QString &line : everyLine) {
            if (line.size() > 10)
                line.replace(line.size() / 2, 2, u"改动"_s);
        }
        QTest::newRow("an edit in every paragraph") << body << everyLine.join(u'\n') << false;
    }

    void diff_hugeRewrittenBody_fallsBackQuickly()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, coarse);
        QElapsedTimer timer;
        timer.start();
        bool wasCoarse = !coarse;
        const Segments result = TextDiff::diff(before, after, &wasCoarse);
        const qint64 elapsed = timer.elapsed();
        qInfo("%lld ms for %lld and %lld characters, %lld segments", elapsed, qint64(before.size()),
              qint64(after.size()), qint64(result.size()));
        QVERIFY2(elapsed < 1000, qPrintable(u"%1 ms"_s.arg(elapsed)));
        QCOMPARE(wasCoarse, coarse);
        checkWellFormed(result, before, after);
    }

    void articleDiff_fieldsInFormOrder()
    {
        const ArticleDiff diff = ArticleDiff::compare(baseArticle(), baseArticle());
        QStringList keys;
        for (const FieldDiff &f : diff.fields)
            keys.append(f.key);
        QCOMPARE(keys, (QStringList {u"title"_s,      u"shortTitle"_s, u"subtitle"_s,
                                     u"titleColor"_s, u"titleBold"_s,  u"summary"_s,
                                     u"keywords"_s,   u"channel"_s,    u"secondaryChannels"_s,
                                     u"tags"_s,       u"flags"_s,      u"redirectUrl"_s,
                                     u"weight"_s,     u"coverMedia"_s, u"source"_s,
                                     u"author"_s,     u"editor"_s,     u"publishAt"_s,
                                     u"expireAt"_s,   u"fileName"_s,   u"status"_s}));
        QCOMPARE(diff.body.key, u"body"_s);
        QVERIFY(diff.identical());
        QCOMPARE(diff.changedFieldCount(), 0);
        QCOMPARE(diff.addedChars, 0);
        QCOMPARE(diff.removedChars, 0);
        QCOMPARE(field(diff, u"title"_s)->segments, Segments {same(u"今天北京下雨"_s)});
        QCOMPARE(field(diff, u"title"_s)->label, u"Title"_s);
    }

    void articleDiff_metadata()
    {
        const Article before = baseArticle();
        Article after = before;
        after.title = u"今天上海下雨"_s;
        after.channelId = 5;
        after.secondaryChannelIds = {4, 3};
        after.tags = {u"天气"_s, u"上海"_s};
        after.flags = ArticleFlag::Headline | ArticleFlag::Recommended;
        after.publishAt = before.publishAt.addSecs(3600);
        after.expireAt = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
        after.titleBold = true;
        after.status = ArticleStatus::Submitted;
        const ArticleDiff diff = ArticleDiff::compare(before, after, &channelName);

        const FieldDiff *channel = field(diff, u"channel"_s);
        QCOMPARE(channel->before, u"资讯"_s);
        QCOMPARE(channel->after, u"国内"_s);
        QVERIFY(channel->changed);
        QCOMPARE(field(diff, u"secondaryChannels"_s)->after, u"热点, 资讯"_s);
        QCOMPARE(field(diff, u"tags"_s)->segments,
                 (Segments {same(u"天气, "_s), removed(u"北京"_s), added(u"上海"_s)}));
        QCOMPARE(field(diff, u"flags"_s)->before,
                 ArticleFlagsText::displayNames(ArticleFlag::Headline));
        QCOMPARE(field(diff, u"flags"_s)->after,
                 ArticleFlagsText::displayNames(ArticleFlag::Headline | ArticleFlag::Recommended));
        const FieldDiff *publish = field(diff, u"publishAt"_s);
        QCOMPARE(publish->before, before.publishAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        QCOMPARE(publish->after, after.publishAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        QVERIFY(publish->changed);
        QVERIFY(field(diff, u"expireAt"_s)->before.isEmpty());
        QVERIFY(field(diff, u"expireAt"_s)->changed);
        QCOMPARE(field(diff, u"titleBold"_s)->after, u"yes"_s);
        QCOMPARE(field(diff, u"status"_s)->before,
                 ArticleStatuses::displayName(ArticleStatus::Draft));
        QVERIFY(!field(diff, u"author"_s)->changed);
        QVERIFY(!diff.body.changed);
        QVERIFY(!diff.identical());
        QCOMPARE(diff.changedFieldCount(), 9);
    }

    void articleDiff_channelWithoutResolver_showsId()
    {
        Article after = baseArticle();
        after.channelId = 9;
        const ArticleDiff diff = ArticleDiff::compare(baseArticle(), after);
        QCOMPARE(field(diff, u"channel"_s)->before, u"#3"_s);
        QCOMPARE(field(diff, u"channel"_s)->after, u"#9"_s);
    }

    void articleDiff_timesDifferingInSeconds_showSeconds()
    {
        Article after = baseArticle();
        after.publishAt = after.publishAt.addSecs(20);
        const ArticleDiff diff = ArticleDiff::compare(baseArticle(), after);
        QVERIFY(field(diff, u"publishAt"_s)->changed);
        QVERIFY(field(diff, u"publishAt"_s)->after.endsWith(u":20"_s));
    }

    void articleDiff_bodyFigureCaption()
    {
        Article before = baseArticle();
        before.body = u"<figure><img src=\"media:42\" alt=\"会场\"><figcaption>会议在北京召开。"
                      u"<small class=\"credit\">新华社记者摄</small></figcaption></figure>\n"
                      u"<p>第一段。</p>"_s;
        Article after = before;
        after.body.replace(u"北京"_s, u"上海"_s);
        QCOMPARE(ArticleDiff::bodyText(before.body),
                 u"[Image #42: 会议在北京召开。新华社记者摄]\n第一段。"_s);
        const ArticleDiff diff = ArticleDiff::compare(before, after);
        QVERIFY(diff.body.changed);
        QCOMPARE(diff.body.segments,
                 (Segments {same(u"[Image #42: 会议在"_s), removed(u"北京"_s), added(u"上海"_s),
                            same(u"召开。新华社记者摄]\n第一段。"_s)}));
        QCOMPARE(diff.addedChars, 2);
        QCOMPARE(diff.removedChars, 2);
        QCOMPARE(diff.changedFieldCount(), 1);

        Article swapped = before;
        swapped.body.replace(u"media:42"_s, u"media:43"_s);
        QVERIFY(ArticleDiff::compare(before, swapped).body.changed);
    }

    void articleDiff_pageBreakTitle()
    {
        QCOMPARE(
                ArticleDiff::bodyText(
                        u"<p>一</p>\n<hr class=\"page-break\" data-title=\"第二页\">\n<p>二</p>"_s),
                u"一\n[Page break: 第二页]\n二"_s);
    }

    void articleDiff_formattingOnly_isNotIdentical()
    {
        Article after = baseArticle();
        after.body = u"<p><strong>第一段。</strong></p>\n<p>第二段。</p>"_s;
        const ArticleDiff diff = ArticleDiff::compare(baseArticle(), after);
        QVERIFY(!diff.body.changed);
        QVERIFY(diff.bodyFormattingChanged);
        QVERIFY(!diff.identical());
        QVERIFY(plainText(DiffHtml::inlineHtml(diff)).contains(u"formatting changed"_s));
    }

    void html_escapesArticleText_data()
    {
        QTest::addColumn<bool>("sideBySide");
        QTest::newRow("inline") << false;
        QTest::newRow("side by side") << true;
    }

    void html_escapesArticleText()
    {
        QFETCH(bool, sideBySide);
        Article before = baseArticle();
        Article after = before;
        after.title = u"<script>alert(1)</script> & <b>x</b>"_s;
        after.body = u"<p>&lt;script&gt;evil()&lt;/script&gt;</p>\n<p>第二段。</p>"_s;
        const ArticleDiff diff = ArticleDiff::compare(before, after);
        const QString html = sideBySide ? DiffHtml::sideBySideHtml(diff, u"<i>v1</i>"_s, u"v2"_s)
                                        : DiffHtml::inlineHtml(diff);
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<b>x"_s));
        QVERIFY(!html.contains(u"<i>v1"_s));
        const QString text = plainText(html);
        QVERIFY2(text.contains(u"<script>alert(1)</script> & <b>x</b>"_s), qPrintable(text));
        QVERIFY(text.contains(u"<script>evil()</script>"_s));
        if (sideBySide)
            QVERIFY(text.contains(u"<i>v1</i>"_s));
    }

    void html_marksRemovedAndAdded()
    {
        Article after = baseArticle();
        after.title = u"今天上海下雨"_s;
        const ArticleDiff diff = ArticleDiff::compare(baseArticle(), after);
        const QString html = DiffHtml::inlineHtml(diff);
        QVERIFY(html.contains(u"text-decoration:line-through;\">北京</span></s>"_s));
        QVERIFY(html.contains(u"color:#055d20;\">上海</span>"_s));
        QVERIFY(!plainText(html).contains(u"Author"_s));
        // As QTextBrowser shows it: struck through on red, added on green.
        QTextDocument document;
        document.setHtml(html);
        const QTextCursor removedText = document.find(u"北京"_s);
        const QTextCursor addedText = document.find(u"上海"_s);
        QVERIFY(!removedText.isNull() && !addedText.isNull());
        QTextCursor at(&document);
        at.setPosition(removedText.selectionEnd());
        QVERIFY(at.charFormat().fontStrikeOut());
        QCOMPARE(at.charFormat().background().color(), QColor(u"#ffd7d5"_s));
        at.setPosition(addedText.selectionEnd());
        QVERIFY(!at.charFormat().fontStrikeOut());
        QCOMPARE(at.charFormat().background().color(), QColor(u"#ccffd8"_s));
        DiffHtml::Options options;
        options.showUnchangedFields = true;
        QVERIFY(plainText(DiffHtml::inlineHtml(diff, options)).contains(u"Author"_s));

        const QString sides = DiffHtml::sideBySideHtml(diff, u"A"_s, u"B"_s);
        // The left column never shows added text, the right never removed text.
        const qsizetype removedAt = sides.indexOf(u"北京</span>"_s);
        const qsizetype addedAt = sides.indexOf(u"上海</span>"_s);
        QVERIFY(removedAt > 0 && addedAt > removedAt);
        QCOMPARE(sides.count(u"上海"_s), 1);
        QCOMPARE(sides.count(u"北京"_s), 1);
    }

    void html_collapsesUnchangedBody()
    {
        Article before = baseArticle();
        QString body;
        for (int i = 1; i <= 30; ++i)
            body += u"<p>第%1段。</p>\n"_s.arg(i);
        before.body = body.trimmed();
        Article after = before;
        after.body.replace(u"第15段"_s, u"第十五段"_s);
        const ArticleDiff diff = ArticleDiff::compare(before, after);
        DiffHtml::Options options;
        options.contextLines = 2;
        for (const QString &html : {DiffHtml::inlineHtml(diff, options),
                                    DiffHtml::sideBySideHtml(diff, u"A"_s, u"B"_s, options)}) {
            const QString text = plainText(html);
            QVERIFY2(text.contains(u"第13段"_s) && text.contains(u"第17段"_s), qPrintable(text));
            QVERIFY(!text.contains(u"第12段"_s));
            QVERIFY(!text.contains(u"第18段"_s));
            QVERIFY(text.contains(u"…"_s));
        }
        const QString all = plainText(DiffHtml::inlineHtml(diff));
        QVERIFY(all.contains(u"第1段"_s) && all.contains(u"第30段"_s));
    }

    void view_switchesModes()
    {
        RevisionDiffView view;
        view.resize(900, 600);
        view.show();
        Article after = baseArticle();
        after.title = u"今天上海下雨"_s;
        after.body = u"<p>第一段。</p>\n<p>第二段，补充。</p>"_s;
        view.setArticles(baseArticle(), u"Revision 3"_s, after, u"Revision 4"_s, &channelName);

        auto *inlineButton = view.findChild<QToolButton *>(u"diffModeInline"_s);
        auto *sideButton = view.findChild<QToolButton *>(u"diffModeSideBySide"_s);
        auto *unchanged = view.findChild<QCheckBox *>(u"diffShowUnchanged"_s);
        QVERIFY(inlineButton && sideButton && unchanged);
        QVERIFY(!inlineButton->accessibleName().isEmpty());
        QVERIFY(!sideButton->accessibleName().isEmpty());
        QVERIFY(!unchanged->accessibleName().isEmpty());
        QVERIFY(inlineButton->isChecked());
        QCOMPARE(view.mode(), RevisionDiffView::Mode::Inline);

        QString text = view.browser()->toPlainText();
        QVERIFY2(text.contains(u"今天北京上海下雨"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Revision 3"_s));
        QVERIFY(view.summaryText().contains(u"5"_s));
        QVERIFY(view.summaryText().contains(u"2"_s));

        QTest::mouseClick(sideButton, Qt::LeftButton);
        QCOMPARE(view.mode(), RevisionDiffView::Mode::SideBySide);
        QVERIFY(!inlineButton->isChecked());
        text = view.browser()->toPlainText();
        QVERIFY2(text.contains(u"Revision 3"_s) && text.contains(u"Revision 4"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"今天北京下雨"_s));
        QVERIFY(text.contains(u"今天上海下雨"_s));
        QVERIFY(!text.contains(u"Author"_s));

        QTest::mouseClick(unchanged, Qt::LeftButton);
        QVERIFY(view.showsUnchangedFields());
        QVERIFY(view.browser()->toPlainText().contains(u"Author"_s));
        QVERIFY(view.browser()->toPlainText().contains(u"张三"_s));

        QTest::mouseClick(inlineButton, Qt::LeftButton);
        QCOMPARE(view.mode(), RevisionDiffView::Mode::Inline);
        QVERIFY(view.browser()->toPlainText().contains(u"今天北京上海下雨"_s));
        QVERIFY(!view.browser()->toPlainText().contains(u"Revision 4"_s));
    }

    void view_identicalRevisions_sayNoChanges()
    {
        RevisionDiffView view;
        view.setArticles(baseArticle(), u"A"_s, baseArticle(), u"B"_s);
        QCOMPARE(view.summaryText(), u"No changes"_s);
        QVERIFY(view.browser()->toPlainText().contains(u"identical"_s));
    }
};

QTEST_MAIN(TestDiff)
#include "tst_diff.moc"
