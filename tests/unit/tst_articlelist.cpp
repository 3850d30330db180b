#include "storage/library.h"
#include "testlibrary.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The library list's queries: every filter, filters combined, counts and windows agree.
class TestArticleList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = Test::openLibrary(Test::createLibrary(m_dir, u"list.newsdesk"_s, false));
        QVERIFY(m_library);
        m_home = m_library->channels().all().value().constFirst().id;
        Channel news;
        news.parentId = m_home;
        news.slug = u"zixun"_s;
        news.name = u"资讯"_s;
        m_news = m_library->channels().add(news).value();
        Channel sport = news;
        sport.slug = u"tiyu"_s;
        sport.name = u"体育"_s;
        m_sport = m_library->channels().add(sport).value();

        // 12 articles with known fields.
        for (int i = 0; i < 12; ++i) {
            Article a;
            a.title = u"文章 %1"_s.arg(i, 2, 10, QChar(u'0'));
            a.channelId = i % 3 == 0 ? m_sport : m_news;
            a.status = i % 2 ? ArticleStatus::Published : ArticleStatus::Draft;
            a.author = i < 6 ? u"张华"_s : u"李明"_s;
            a.editor = i % 4 == 0 ? u"北风"_s : u"林晓"_s;
            a.source = i % 5 == 0 ? u"新华社"_s : u"央视网"_s;
            a.tags = i % 2 ? QStringList {u"扶贫"_s} : QStringList {u"体育"_s, u"扶贫"_s};
            a.flags = i == 7
                    ? ArticleFlags(ArticleFlag::Headline | ArticleFlag::Recommended)
                    : (i % 3 == 1 ? ArticleFlags(ArticleFlag::Recommended) : ArticleFlags());
            a.publishAt = QDate(2026, 1, 1 + i).startOfDay().addSecs(3600);
            a.clicks = 100 - i;
            if (i == 11)
                a.trashedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(m_library->articles().create(a, 0));
        }
    }

    void filters_matchTheExpectedArticles_data()
    {
        QTest::addColumn<QString>("filterJson");
        QTest::addColumn<QStringList>("titles");
        const auto titles = [](std::initializer_list<int> numbers) {
            QStringList list;
            for (int n : numbers)
                list.append(u"文章 %1"_s.arg(n, 2, 10, QChar(u'0')));
            return list;
        };
        QTest::newRow("everything but the trash")
                << u"{}"_s << titles({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        QTest::newRow("trash") << u"{\"scope\":\"trash\"}"_s << titles({11});
        QTest::newRow("status") << u"{\"status\":\"published\"}"_s << titles({1, 3, 5, 7, 9});
        QTest::newRow("author") << u"{\"author\":\"李明\"}"_s << titles({6, 7, 8, 9, 10});
        QTest::newRow("editor") << u"{\"editor\":\"北风\"}"_s << titles({0, 4, 8});
        QTest::newRow("source") << u"{\"source\":\"新华社\"}"_s << titles({0, 5, 10});
        QTest::newRow("tag") << u"{\"tag\":\"体育\"}"_s << titles({0, 2, 4, 6, 8, 10});
        QTest::newRow("flag") << u"{\"flags\":\"c\"}"_s << titles({1, 4, 7, 10});
        QTest::newRow("two flags") << u"{\"flags\":\"hc\"}"_s << titles({7});
        QTest::newRow("dates") << u"{\"from\":\"2026-01-03\",\"until\":\"2026-01-05\"}"_s
                               << titles({2, 3, 4});
        QTest::newRow("combined")
                << u"{\"status\":\"draft\",\"author\":\"李明\",\"tag\":\"体育\",\"from\":\"2026-01-09\"}"_s
                << titles({8, 10});
        QTest::newRow("nothing") << u"{\"author\":\"无名氏\"}"_s << QStringList();
    }

    void filters_matchTheExpectedArticles()
    {
        QFETCH(QString, filterJson);
        QFETCH(QStringList, titles);
        const ArticleFilter filter =
                ArticleFilter::fromJson(QJsonDocument::fromJson(filterJson.toUtf8()).object());
        QCOMPARE(ArticleFilter::fromJson(filter.toJson()), filter);
        ArticleListRepository &list = m_library->articleList();
        QCOMPARE(list.count(filter).value(), titles.size());
        QStringList found;
        for (const ArticleSummary &s :
             list.window(filter, {ArticleSortKey::Title, false}, 0, 100).value())
            found.append(s.title);
        QCOMPARE(found, titles);
    }

    void channelFilter_takesTheChannelsGiven()
    {
        ArticleFilter filter;
        filter.channelIds = {m_sport};
        QCOMPARE(m_library->articleList().count(filter).value(), 4); // 0 3 6 9
        filter.channelIds = {m_sport, m_news};
        QCOMPARE(m_library->articleList().count(filter).value(), 11);
    }

    void window_pagesThroughTheListInOrder()
    {
        const ArticleSort byClicks {ArticleSortKey::Clicks, true};
        QList<qint64> paged;
        for (int offset = 0; offset < 11; offset += 4) {
            for (const ArticleSummary &s :
                 m_library->articleList().window({}, byClicks, offset, 4).value())
                paged.append(s.id);
        }
        QCOMPARE(paged, m_library->articleList().ids({}, byClicks, 0, 100).value());
        QCOMPARE(paged.size(), 11);
        const QHash<qint64, int> rows =
                m_library->articleList().rowsOf(paged, {}, byClicks).value();
        for (int i = 0; i < paged.size(); ++i)
            QCOMPARE(rows.value(paged.at(i)), i);
    }

    void window_carriesTagsInOrder()
    {
        ArticleFilter filter;
        filter.tag = u"体育"_s;
        const QList<ArticleSummary> rows =
                m_library->articleList().window(filter, {}, 0, 1).value();
        QCOMPARE(rows.first().tags, (QStringList {u"体育"_s, u"扶贫"_s}));
    }

    void values_listAuthorsMostUsedFirst()
    {
        const QStringList authors =
                m_library->articleList().values(ArticleListRepository::Field::Author).value();
        QCOMPARE(authors.size(), 2);
        QVERIFY(authors.contains(u"张华"_s));
        QCOMPARE(m_library->articleList()
                         .values(ArticleListRepository::Field::Source)
                         .value()
                         .first(),
                 u"央视网"_s);
    }

    void search_combinesWithFiltersAndRanksTitlesFirst()
    {
        ArticleFilter filter;
        filter.search = u"体育"_s; // a tag of the even articles
        QCOMPARE(m_library->articleList().count(filter).value(), 6);
        filter.status = ArticleStatus::Published;
        QCOMPARE(m_library->articleList().count(filter).value(), 0);

        // In a library of its own: one article has the word in its title, two only in the text.
        std::unique_ptr<Library> library =
                Test::openLibrary(Test::createLibrary(m_dir, u"relevance.newsdesk"_s, false));
        const qint64 home = library->channels().all().value().constFirst().id;
        const auto add = [&](const QString &title, const QString &body) {
            Article a;
            a.title = title;
            a.body = u"<p>"_s + body + u"</p>"_s;
            a.channelId = home;
            return library->articles().create(a, 0).value();
        };
        const qint64 first = add(u"乡村新闻"_s, u"扶贫协作的故事"_s);
        const qint64 titled = add(u"扶贫再上新台阶"_s, u"正文"_s);
        const qint64 last = add(u"城市新闻"_s, u"东西部扶贫"_s);
        add(u"体育新闻"_s, u"足球"_s);
        ArticleFilter search;
        search.search = u"扶贫"_s;
        const QList<ArticleSummary> rows =
                library->articleList()
                        .window(search, {ArticleSortKey::Relevance, true}, 0, 10)
                        .value();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).id, titled);
        QCOMPARE(rows.at(1).id, last);
        QCOMPARE(rows.at(2).id, first);
        // Any other order sorts the matches only.
        QCOMPARE(library->articleList().count(search).value(), 3);
        search.search = u"\"扶贫 AND"_s; // unbalanced quote and an operator: plain text
        QVERIFY(library->articleList().count(search));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_home = 0;
    qint64 m_news = 0;
    qint64 m_sport = 0;
};

QTEST_GUILESS_MAIN(TestArticleList)
#include "tst_articlelist.moc"
