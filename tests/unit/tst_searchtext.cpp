#include "search/htmltext.h"
#include "search/searchquery.h"
#include "search/snippet.h"
#include "search/textsegmenter.h"
#include "search/tsvectortext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The text side of search, without a library: segmentation, query parsing (including what a
// hostile or clumsy person types), body text and snippets.
class TestSearchText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // PostgreSQL libraries (TsvectorText): the words and their positions, title weighted A,
    // pairs of adjacent Han characters as words of their own.
    void tsvector_document_hasWordsAndPairs()
    {
        const QString doc = TsvectorText::document(u"扶 贫 news"_s, u"脱 贫 it's"_s);
        const QStringList words = doc.split(u' ');
        QVERIFY2(words.contains(u"'扶':1"_s), qPrintable(doc));
        QVERIFY2(words.contains(u"'贫':2,13"_s), qPrintable(doc));
        QVERIFY2(words.contains(u"'扶贫':1"_s), qPrintable(doc));
        QVERIFY2(words.contains(u"'news':3"_s), qPrintable(doc));
        QVERIFY2(words.contains(u"'脱贫':12"_s), qPrintable(doc));
        QVERIFY2(words.contains(u"'it''s':14"_s), qPrintable(doc)); // quotes doubled
        QVERIFY2(!doc.contains(u"'贫news'"_s) && !doc.contains(u"'贫脱'"_s), qPrintable(doc));
        const QStringList title = TsvectorText::title(u"扶 贫"_s).split(u' ');
        QCOMPARE(title.size(), 3);
        for (const QString &word : {u"'扶':1"_s, u"'扶贫':1"_s, u"'贫':2"_s})
            QVERIFY2(title.contains(word), qPrintable(title.join(u' ')));
    }

    void tsvector_query_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one character") << u"扶"_s << u"'扶'"_s;
        QTest::newRow("pair") << u"扶贫"_s << u"'扶贫'"_s;
        QTest::newRow("four characters") << u"脱贫攻坚"_s << u"('脱贫' <-> '贫攻' <-> '攻坚')"_s;
        QTest::newRow("prefix") << u"polic"_s << u"'polic':*"_s;
        QTest::newRow("two terms") << u"扶贫 covid-19"_s << u"'扶贫' & ('covid' <-> '19':*)"_s;
        QTest::newRow("pair then word") << u"\"中国 policy\""_s << u"('中国' <2> 'policy')"_s;
        QTest::newRow("lone character between words")
                << u"\"a 中 b\""_s << u"('a' <-> '中' <-> 'b')"_s;
        QTest::newRow("quote in a word") << u"\"it's\""_s << u"('it' <-> 's')"_s;
        QTest::newRow("nothing") << u"！？"_s << QString();
    }

    void tsvector_query()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(TsvectorText::query(SearchQuery::parse(query)), expected);
    }

    void segment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("segmented");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("chinese") << u"扶贫工作"_s << u"扶 贫 工 作"_s;
        QTest::newRow("chinese punctuation") << u"脱贫攻坚，全国一盘棋；全面小康！"_s
                                             << u"脱 贫 攻 坚 全 国 一 盘 棋 全 面 小 康"_s;
        QTest::newRow("mixed") << u"扶贫Policy 2017年"_s << u"扶 贫 policy 2017 年"_s;
        QTest::newRow("full width latin") << u"ＡＢＣ１２３"_s << u"abc123"_s;
        QTest::newRow("full width quote") << u"＂扶贫＂"_s << u"扶 贫"_s;
        QTest::newRow("diacritics") << u"Café naïve Ångström"_s << u"cafe naive angstrom"_s;
        QTest::newRow("decomposed accent") << u"Cafe\u0301s"_s << u"cafes"_s;
        QTest::newRow("ligature") << u"ﬁnance"_s << u"finance"_s;
        QTest::newRow("extension A") << u"\u3400\u4DB5"_s << u"\u3400 \u4DB5"_s;
        QTest::newRow("extension B") << u"\U00020000x"_s << u"\U00020000 x"_s;
        QTest::newRow("compatibility ideograph") << u"\uF900"_s << u"\u8C48"_s;
        QTest::newRow("iteration mark") << u"人々"_s << u"人 々"_s;
        QTest::newRow("enclosed ideograph") << u"㈱"_s << u"株"_s;
        QTest::newRow("emoji") << u"扶贫😀脱贫👍🏽"_s << u"扶 贫 脱 贫"_s;
        QTest::newRow("control characters") << u"a\x01"
                                               "b\tc\u200Bd"_s
                                            << u"a b c d"_s;
        QTest::newRow("fts5 operators")
                << u"NEAR(a, b) AND -c* ^d {title}:e"_s << u"near a b and c d title e"_s;
        QTest::newRow("quotes") << u"\"扶贫\" 'x'"_s << u"扶 贫 x"_s;
        QTest::newRow("apostrophe") << u"don't"_s << u"don t"_s;
        QTest::newRow("only punctuation") << u"！？……——「」"_s << QString();
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u"ab"_s << u"ab"_s;
        QTest::newRow("greek and cyrillic") << u"ΑΘΗΝΑ Москва"_s << u"αθηνα москва"_s;
    }

    void segment()
    {
        QFETCH(QString, text);
        QFETCH(QString, segmented);
        QCOMPARE(TextSegmenter::segment(text), segmented);
        QStringList tokens;
        for (const TextSegmenter::Token &token : TextSegmenter::tokenize(text))
            tokens.append(token.text);
        QCOMPARE(tokens.join(u' '), segmented);
    }

    void tokenize_keepsPlacesInTheOriginalText()
    {
        const QString text = u"《扶贫》 ＰＯＬＩＣＹ-x"_s;
        const QList<TextSegmenter::Token> tokens = TextSegmenter::tokenize(text);
        QCOMPARE(tokens.size(), 4);
        QCOMPARE(text.sliced(tokens.at(0).begin, tokens.at(0).end - tokens.at(0).begin), u"扶"_s);
        QVERIFY(tokens.at(1).han);
        QCOMPARE(tokens.at(2).text, u"policy"_s);
        QVERIFY(!tokens.at(2).han);
        QCOMPARE(text.sliced(tokens.at(2).begin, tokens.at(2).end - tokens.at(2).begin),
                 u"ＰＯＬＩＣＹ"_s);
        QCOMPARE(tokens.at(3).begin, text.size() - 1);
    }

    void query_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("one character") << u"扶"_s << u"\"扶\""_s;
        QTest::newRow("two characters") << u"扶贫"_s << u"\"扶 贫\""_s;
        QTest::newRow("four characters") << u"东西协作"_s << u"\"东 西 协 作\""_s;
        QTest::newRow("english word") << u"Poverty"_s << u"\"poverty\"*"_s;
        QTest::newRow("one letter") << u"a"_s << u"\"a\""_s;
        QTest::newRow("quoted phrase")
                << u"\"rural revitalisation\""_s << u"\"rural revitalisation\""_s;
        QTest::newRow("chinese quotes") << u"“扶贫 协作”"_s << u"\"扶 贫 协 作\""_s;
        QTest::newRow("mixed") << u"扶贫 policy"_s << u"\"扶 贫\" AND \"policy\"*"_s;
        QTest::newRow("mixed without space") << u"扶贫policy"_s << u"\"扶 贫\" AND \"policy\"*"_s;
        QTest::newRow("chinese words") << u"扶贫 小康"_s << u"\"扶 贫\" AND \"小 康\""_s;
        QTest::newRow("chinese comma") << u"扶贫，小康"_s << u"\"扶 贫\" AND \"小 康\""_s;
        QTest::newRow("hyphenated") << u"COVID-19"_s << u"\"covid 19\"*"_s;
        QTest::newRow("phrase and word")
                << u"\"rural areas\" pov"_s << u"\"rural areas\" AND \"pov\"*"_s;
        QTest::newRow("full width") << u"ＡＢＣ"_s << u"\"abc\"*"_s;
        // Hostile and clumsy input: plain text, never an FTS5 syntax error.
        QTest::newRow("lone quote") << u"\""_s << u"\"\""_s;
        QTest::newRow("three quotes") << u"\"\"\""_s << u"\"\""_s;
        QTest::newRow("unbalanced quote") << u"扶贫\""_s << u"\"扶 贫\""_s;
        QTest::newRow("unbalanced quote first")
                << u"\"扶贫 policy"_s << u"\"扶 贫\" AND \"policy\"*"_s;
        QTest::newRow("AND") << u"AND"_s << u"\"and\"*"_s;
        QTest::newRow("OR between")
                << u"扶贫 OR 小康"_s << u"\"扶 贫\" AND \"or\"* AND \"小 康\""_s;
        QTest::newRow("NOT first") << u"NOT x"_s << u"\"not\"* AND \"x\""_s;
        QTest::newRow("minus") << u"-"_s << u"\"\""_s;
        QTest::newRow("star") << u"*"_s << u"\"\""_s;
        QTest::newRow("caret and plus") << u"^扶贫 +"_s << u"\"扶 贫\""_s;
        QTest::newRow("NEAR(") << u"NEAR("_s << u"\"near\"*"_s;
        QTest::newRow("column filter") << u"title:扶贫"_s << u"\"title\"* AND \"扶 贫\""_s;
        QTest::newRow("braces") << u"{title body}: x"_s << u"\"title\"* AND \"body\"* AND \"x\""_s;
        QTest::newRow("control character") << u"\x01"_s << u"\"\""_s;
        QTest::newRow("emoji") << u"😀"_s << u"\"\""_s;
        QTest::newRow("emoji inside") << u"扶😀贫"_s << u"\"扶\" AND \"贫\""_s;
        QTest::newRow("blank") << u"  \t "_s << u"\"\""_s;
    }

    void query()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        const SearchQuery query = SearchQuery::parse(typed);
        QCOMPARE(query.matchExpression(), expression);
        QCOMPARE(query.hasTerms(), expression != u"\"\""_s);
        if (query.hasTerms())
            QCOMPARE(query.titleMatchExpression(), u"{title} : ("_s + expression + u')');
        else
            QCOMPARE(query.titleMatchExpression(), u"\"\""_s);
    }

    void query_blankOnlyForWhiteSpace()
    {
        QVERIFY(SearchQuery::parse(QString()).isBlank());
        QVERIFY(SearchQuery::parse(u" \n\u3000"_s).isBlank());
        QVERIFY(!SearchQuery::parse(u"-"_s).isBlank());
        QVERIFY(!SearchQuery::parse(u"-"_s).hasTerms());
    }

    void query_longInput_isCut()
    {
        const SearchQuery query = SearchQuery::parse(QString(10000, u'扶'));
        QCOMPARE(query.terms().size(), 1);
        QCOMPARE(query.terms().first().tokens.size(), SearchQuery::MaxLength);
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs") << u"<p>一</p>\n<p>二</p>"_s << u" 一 \n 二 "_s;
        QTest::newRow("inline joins") << u"co<strong>op</strong>e<em>r</em>"_s << u"cooper"_s;
        QTest::newRow("figure")
                << u"<figure><img src=\"media:1\" alt=\"会场\"><figcaption>会议召开"
                   "<small class=\"credit\">新华社记者鞠鹏摄</small></figcaption></figure>"_s
                << u"   会议召开 新华社记者鞠鹏摄   "_s;
        QTest::newRow("references")
                << u"A&amp;B &lt;i&gt; &quot;x&quot; &#25206;&#x8D2B; &nbsp;&hellip;"_s
                << u"A&B <i> \"x\" 扶贫 \u00A0…"_s;
        QTest::newRow("unknown reference") << u"a &bogus; & b"_s << u"a &bogus; & b"_s;
        QTest::newRow("quoted >") << u"<img alt=\"a > b\">x"_s << u" x"_s;
        QTest::newRow("comment and script")
                << u"a<!-- hidden -->b<script>alert(1)</script>c"_s << u"a b c"_s;
        QTest::newRow("unclosed tag") << u"a <b"_s << u"a <b"_s;
    }

    void plainText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlText::toPlainText(html), text);
    }

    void snippet_marksMatchesAndEscapes()
    {
        const SearchQuery query = SearchQuery::parse(u"扶贫 pov"_s);
        const QString text = u"<A&B> 扶贫 and poverty"_s;
        const TermMatcher::Scan scan = TermMatcher(query).scan(text);
        QCOMPARE(scan.matches.size(), 2);
        QCOMPARE(Snippet::around(text, scan.matches),
                 u"&lt;A&amp;B&gt; <mark>扶贫</mark> and <mark>poverty</mark>"_s);
    }

    void snippet_cutsAroundTheFirstMatch()
    {
        const QString text = QString(200, u'甲') + u"扶贫"_s + QString(200, u'乙');
        const TermMatcher::Scan scan = TermMatcher(SearchQuery::parse(u"扶贫"_s)).scan(text);
        const QString snippet = Snippet::around(text, scan.matches);
        QVERIFY2(snippet.startsWith(u"…甲"_s), qPrintable(snippet));
        QVERIFY(snippet.endsWith(u"乙…"_s));
        QVERIFY(snippet.contains(u"<mark>扶贫</mark>"_s));
        const qsizetype visible = snippet.size() - qsizetype(strlen("<mark></mark>"));
        QVERIFY2(visible >= Snippet::Length && visible <= Snippet::Length + 2,
                 qPrintable(QString::number(visible)));
    }

    void snippet_doesNotCutLatinWords()
    {
        const QString text = u"alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
                             "nu xi omicron pi rho sigma tau upsilon phi chi psi omega poverty "
                             "alleviation programme across the rural areas of the western "
                             "provinces and beyond"_s;
        const TermMatcher::Scan scan = TermMatcher(SearchQuery::parse(u"poverty"_s)).scan(text);
        const QString snippet = Snippet::around(text, scan.matches);
        QVERIFY2(snippet.startsWith(u"…"_s) && !snippet.startsWith(u"… "_s), qPrintable(snippet));
        QVERIFY2(snippet.endsWith(u"…"_s) && !snippet.endsWith(u" …"_s), qPrintable(snippet));
        const QString words = snippet.mid(1).chopped(1).trimmed();
        for (const QString &word : words.split(u' ', Qt::SkipEmptyParts)) {
            const QString plain = QString(word).remove(u"<mark>"_s).remove(u"</mark>"_s);
            QVERIFY2(text.split(u' ').contains(plain), qPrintable(plain));
        }
    }

    void snippet_withoutMatch_isTheBeginning()
    {
        QCOMPARE(Snippet::around(u"短文"_s, {}), u"短文"_s);
        const QString snippet = Snippet::beginning(QString(100, u'字'));
        QCOMPARE(snippet, QString(Snippet::Length, u'字') + u"…"_s);
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
