#include "html/bodytext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// Plain text and 字数 of canonical bodies.
class TestBodyText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plain_blocksOnLinesWithoutFigures()
    {
        const QString body =
                u"<figure><img src=\"media:1\" alt=\"x\"><figcaption>图片说明<small "
                u"class=\"credit\">"
                u"记者摄</small></figcaption></figure>\n<h2>标题</h2>\n<p>第一段 "
                u"<strong>加粗</strong>"
                u"&amp;<br>第二行</p>\n<ul><li>一</li><li>二</li></ul>\n<hr class=\"page-break\">\n"
                u"<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>"_s;
        QCOMPARE(BodyText::plain(body), u"标题\n第一段 加粗&\n第二行\n一\n二\na b"_s);
        QCOMPARE(BodyText::plain(QString()), QString());
    }

    void count_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("characters");
        QTest::addColumn<int>("words");
        QTest::newRow("empty") << QString() << 0 << 0;
        QTest::newRow("han") << u"脱贫攻坚，全国一盘棋。"_s << 9 << 0;
        QTest::newRow("latin words") << u"The council voted on Tuesday."_s << 0 << 5;
        QTest::newRow("joined words") << u"don't stop COVID-19 at 3.14"_s << 0 << 5;
        QTest::newRow("mixed") << u"习近平在G20峰会上发表讲话"_s << 11 << 1;
        QTest::newRow("numbers") << u"267个发达县 406个"_s << 5 << 2;
        QTest::newRow("extension b") << u"𠀀𠀁 ok"_s << 2 << 1;
        QTest::newRow("kana and hangul") << u"ひらがな 한국"_s << 6 << 0;
    }

    void count()
    {
        QFETCH(QString, text);
        QFETCH(int, characters);
        QFETCH(int, words);
        const BodyText::Count count = BodyText::countText(text);
        QCOMPARE(count.characters, characters);
        QCOMPARE(count.words, words);
        QCOMPARE(count.total(), characters + words);
    }

    void count_ofHtmlSkipsMarkup()
    {
        const BodyText::Count count =
                BodyText::count(u"<p>扶贫 <a href=\"https://x.example/\">link text</a></p>"_s);
        QCOMPARE(count.characters, 2);
        QCOMPARE(count.words, 2);
    }
};

QTEST_GUILESS_MAIN(TestBodyText)
#include "tst_bodytext.moc"
