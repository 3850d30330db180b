#include "search/searchindex.h"
#include "search/tsvectortext.h"
#include "storage/database.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
QSet<qint64> idsOf(const QList<SearchHit> &hits)
{
    QSet<qint64> ids;
    for (const SearchHit &hit : hits)
        ids.insert(hit.id);
    return ids;
}

QString messageOf(const Status &status)
{
    return status ? QString() : status.error().message();
}
} // namespace

// The search index on a small hand-built library: what each kind of query finds, ranking,
// snippets, and the index kept in step with the articles (transactions, rebuild, migration).
class TestSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = Test::createLibrary(m_dir, u"search.newsdesk"_s, false);
        m_library = Test::openLibrary(path);
        QVERIFY(m_library);
        m_channel = m_library->channels().all().value().first().id;
        m_user = m_library->users().all().value().first().id;
        // Ids 1 to 9, in this order; the newest is the highest id.
        add(u"东西部扶贫协作座谈会在银川召开"_s, u"<p>东西部扶贫协作是中国特色的扶贫故事。</p>"_s);
        add(u"教育新闻"_s, u"<p>学校开展扶贫助学活动。</p>"_s);
        add(u"Rural revitalisation policy"_s,
            u"<p>The 扶贫 (poverty alleviation) policy reached <em>every</em> county.</p>"_s);
        add(u"Revitalisation of rural areas"_s,
            u"<p>Policies for rural areas and their revitalisation.</p>"_s);
        add(u"全面建成小康社会"_s,
            u"<figure><img src=\"media:1\" alt=\"走访\"><figcaption>扶贫干部走访农户"
            "<small class=\"credit\">记者林晓摄</small></figcaption></figure><p>正文。</p>"_s,
            u"小康路上"_s);
        add(u"扶贫"_s, u"<p>短标题的文章。</p>"_s);
        add(u"Poverty fell again"_s, u"<p>Figures &amp; facts.</p>"_s);
        add(u"新闻"_s, u"<p>内容。</p>"_s, {}, {u"乡村振兴"_s});
        Article trashed = article(u"回收站里的稿件"_s, u"<p>旧闻。</p>"_s);
        trashed.trashedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_library->articles().create(trashed, m_user));
    }

    void search_finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("one character") << u"扶"_s << QList<qint64> {1, 2, 3, 5, 6};
        QTest::newRow("two characters") << u"扶贫"_s << QList<qint64> {1, 2, 3, 5, 6};
        QTest::newRow("three characters") << u"东西部"_s << QList<qint64> {1};
        QTest::newRow("four characters, not adjacent") << u"东西协作"_s << QList<qint64> {};
        QTest::newRow("four characters") << u"扶贫协作"_s << QList<qint64> {1};
        QTest::newRow("english word") << u"poverty"_s << QList<qint64> {3, 7};
        QTest::newRow("english prefix") << u"pov"_s << QList<qint64> {3, 7};
        QTest::newRow("english upper case") << u"POLICY"_s << QList<qint64> {3};
        QTest::newRow("full width") << u"ＲＵＲＡＬ"_s << QList<qint64> {3, 4};
        QTest::newRow("words anywhere") << u"rural revitalisation"_s << QList<qint64> {3, 4};
        QTest::newRow("exact phrase") << u"\"rural revitalisation\""_s << QList<qint64> {3};
        QTest::newRow("mixed") << u"扶贫 policy"_s << QList<qint64> {3};
        QTest::newRow("photo credit") << u"林晓"_s << QList<qint64> {5};
        QTest::newRow("caption") << u"扶贫干部"_s << QList<qint64> {5};
        QTest::newRow("subtitle") << u"小康路"_s << QList<qint64> {5};
        QTest::newRow("tag") << u"乡村"_s << QList<qint64> {8};
        QTest::newRow("inline markup") << u"every county"_s << QList<qint64> {3};
        QTest::newRow("entity") << u"facts"_s << QList<qint64> {7};
        QTest::newRow("trash stays indexed") << u"回收站"_s << QList<qint64> {9};
        QTest::newRow("nothing") << u"火星"_s << QList<qint64> {};
        QTest::newRow("operators only") << u"AND OR NOT"_s << QList<qint64> {};
    }

    void search_finds()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, expected);
        Result<QList<SearchHit>> hits = index().search(query, 20);
        QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().message()));
        QCOMPARE(idsOf(hits.value()), QSet<qint64>(expected.cbegin(), expected.cend()));
    }

    void search_hostileInput_neverFails_data()
    {
        QTest::addColumn<QString>("query");
        for (const QString &query : {u"\""_s,
                                     u"扶贫\""_s,
                                     u"AND"_s,
                                     u"-"_s,
                                     u"*"_s,
                                     u"NEAR("_s,
                                     u"\x01"_s,
                                     u"😀"_s,
                                     u"ＡＢＣ"_s,
                                     u"\"\"\""_s,
                                     u"{title}:扶贫"_s,
                                     u"title : 扶贫"_s,
                                     u"扶贫 NOT 小康"_s,
                                     u"(扶贫"_s,
                                     u"^"_s,
                                     u"NEAR(扶贫 小康, 2)"_s,
                                     u"'; DROP TABLE articles; --"_s,
                                     u"\\"_s,
                                     QString(5000, u'扶'),
                                     QString(300, u'"'),
                                     u"a*b*c"_s,
                                     QString()})
            QTest::newRow(qPrintable(query.left(20))) << query;
    }

    void search_hostileInput_neverFails()
    {
        QFETCH(QString, query);
        Result<QList<SearchHit>> hits = index().search(query, 20);
        QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().message()));
        for (const std::optional<SqlFragment> &filter :
             {SearchIndex::matchFilter(dialect(), query), SearchIndex::titleMatchFilter(dialect(), query)}) {
            if (!filter)
                continue;
            Result<QVariant> count = m_library->database().scalar(
                    u"SELECT count(*) FROM articles WHERE id IN ("_s + filter->sql + u')',
                    filter->values);
            QVERIFY2(count, qPrintable(count ? QString() : count.error().message()));
        }
        QCOMPARE(m_library->articles().count().value(), 9);
    }

    void search_ranksTitleMatchesFirst()
    {
        const QList<SearchHit> hits = index().search(u"扶贫"_s, 20).value();
        QCOMPARE(hits.size(), 5);
        // Title matches first, the short title "扶贫" best; then the others, newest first.
        QCOMPARE(hits.at(0).id, 6);
        QCOMPARE(hits.at(1).id, 1);
        QVERIFY(hits.at(0).titleMatch && hits.at(1).titleMatch);
        QVERIFY(hits.at(0).score > hits.at(1).score);
        QCOMPARE(hits.at(2).id, 5);
        QCOMPARE(hits.at(3).id, 3);
        QCOMPARE(hits.at(4).id, 2);
        for (qsizetype i = 0; i < hits.size(); ++i) {
            QCOMPARE(hits.at(i).titleMatch, i < 2);
            QVERIFY(hits.at(i).titleMatch ? hits.at(i).score >= 1.0 : hits.at(i).score < 1.0);
            if (i > 0)
                QVERIFY(hits.at(i).score < hits.at(i - 1).score);
        }
    }

    void search_hitsCarryTheArticle()
    {
        const QList<SearchHit> hits = index().search(u"回收站"_s, 20).value();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().title, u"回收站里的稿件"_s);
        QCOMPARE(hits.first().channelId, m_channel);
        QCOMPARE(hits.first().status, ArticleStatus::Draft);
        QVERIFY(hits.first().trashed);
    }

    void search_snippetsMarkTheMatch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("snippet");
        QTest::newRow("title") << u"扶贫"_s << qint64(6) << u"<mark>扶贫</mark>"_s;
        QTest::newRow("body") << u"扶贫"_s << qint64(2) << u"学校开展<mark>扶贫</mark>助学活动。"_s;
        QTest::newRow("caption") << u"扶贫"_s << qint64(5)
                                 << u"<mark>扶贫</mark>干部走访农户 记者林晓摄 正文。"_s;
        QTest::newRow("subtitle") << u"小康路"_s << qint64(5) << u"<mark>小康路</mark>上"_s;
        QTest::newRow("tag") << u"乡村"_s << qint64(8) << u"<mark>乡村</mark>振兴"_s;
        QTest::newRow("prefix and escaping")
                << u"fact"_s << qint64(7) << u"Figures &amp; <mark>facts</mark>."_s;
        QTest::newRow("two terms") << u"rural revit"_s << qint64(4)
                                   << u"<mark>Revitalisation</mark> of <mark>rural</mark> areas"_s;
    }

    void search_snippetsMarkTheMatch()
    {
        QFETCH(QString, query);
        QFETCH(qint64, id);
        QFETCH(QString, snippet);
        for (const SearchHit &hit : index().search(query, 20).value()) {
            if (hit.id == id) {
                QCOMPARE(hit.snippet, snippet);
                return;
            }
        }
        QFAIL("the article was not found");
    }

    void search_limit()
    {
        QCOMPARE(index().search(u"扶贫"_s, 2).value().size(), 2);
        QCOMPARE(index().search(u"扶贫"_s, 2).value().first().id, 6);
        QCOMPARE(index().search(u"扶贫"_s, 3).value().at(2).id, 5);
        QVERIFY(index().search(u"扶贫"_s, 0).value().isEmpty());
        QVERIFY(index().search(u"   "_s, 20).value().isEmpty());
    }

    void filters_blankQueryMeansNoSearch()
    {
        QVERIFY(!SearchIndex::matchFilter(dialect(), u" "_s));
        QVERIFY(!SearchIndex::titleMatchFilter(dialect(), QString()));
        const std::optional<SqlFragment> filter = SearchIndex::matchFilter(dialect(), u"扶贫"_s);
        QVERIFY(filter);
        if (dialect() == Database::Dialect::Sqlite) {
            QCOMPARE(filter->sql, u"SELECT rowid FROM search_index WHERE search_index MATCH ?"_s);
            QCOMPARE(filter->values, QVariantList {u"\"扶 贫\""_s});
        } else {
            QCOMPARE(filter->sql,
                     u"SELECT article_id FROM search_index WHERE words @@ ?::tsquery"_s);
            QCOMPARE(filter->values, QVariantList {u"'扶贫'"_s});
        }
    }

    void filters_selectMatchingArticles_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("all");
        QTest::addColumn<int>("titles");
        QTest::newRow("chinese") << u"扶贫"_s << 5 << 2;
        QTest::newRow("english") << u"rural"_s << 2 << 2;
        QTest::newRow("punctuation only") << u"！？"_s << 0 << 0;
    }

    void filters_selectMatchingArticles()
    {
        QFETCH(QString, query);
        QFETCH(int, all);
        QFETCH(int, titles);
        QCOMPARE(countWhereIdIn(*SearchIndex::matchFilter(dialect(), query)), all);
        QCOMPARE(countWhereIdIn(*SearchIndex::titleMatchFilter(dialect(), query)), titles);
    }

    void index_rolledBackSave_leavesNoHit()
    {
        const Status failed = m_library->database().transaction([&]() -> Status {
            Result<qint64> id = m_library->articles().create(article(u"撤回的保存"_s, {}), m_user);
            if (!id)
                return id.error();
            if (index().search(u"撤回"_s, 20).value().size() != 1)
                return Error(Error::Kind::Failed, u"not indexed inside the transaction"_s);
            return Error(Error::Kind::Failed, u"rolled back on purpose"_s);
        });
        QCOMPARE(failed.error().message(), u"rolled back on purpose"_s);
        QVERIFY(index().search(u"撤回"_s, 20).value().isEmpty());
        QVERIFY(integrityCheck());
    }

    void index_replacesAndRemoves()
    {
        Article a = article(u"旧标题甲乙"_s, u"<p>旧正文</p>"_s);
        a.id = m_library->articles().create(a, m_user).value();
        QCOMPARE(idsOf(index().search(u"甲乙"_s, 20).value()), QSet<qint64> {a.id});
        a.title = u"新标题丙丁"_s;
        QVERIFY2(index().index(a), qPrintable(messageOf(index().index(a))));
        QVERIFY(index().index(a)); // unchanged: nothing to do
        QVERIFY(index().search(u"甲乙"_s, 20).value().isEmpty());
        QCOMPARE(idsOf(index().search(u"丙丁"_s, 20).value()), QSet<qint64> {a.id});
        QCOMPARE(idsOf(index().search(u"旧正文"_s, 20).value()), QSet<qint64> {a.id});
        QVERIFY(integrityCheck());

        QVERIFY(index().remove(a.id));
        QVERIFY(index().remove(a.id)); // not indexed: nothing to do
        QVERIFY(index().search(u"丙丁"_s, 20).value().isEmpty());
        QVERIFY(integrityCheck());
        // reindex() reads the article as stored.
        QVERIFY(index().reindex(a.id));
        QCOMPARE(idsOf(index().search(u"甲乙"_s, 20).value()), QSet<qint64> {a.id});
        QCOMPARE(index().reindex(99999).error().kind(), Error::Kind::NotFound);
    }

    void index_damagedDocument_isReported()
    {
        if (dialect() != Database::Dialect::Sqlite)
            QSKIP("PostgreSQL's index keeps no copy of the indexed text to damage");
        Article a = article(u"损坏测试"_s, u"<p>正文</p>"_s);
        a.id = m_library->articles().create(a, m_user).value();
        QVERIFY(m_library->database().run(u"UPDATE search_documents SET body = x'ffff' "
                                          "WHERE article_id = ?"_s,
                                          {a.id}));
        const Status status = index().remove(a.id);
        QVERIFY(!status);
        QCOMPARE(status.error().kind(), Error::Kind::Corrupt);
        QVERIFY(status.error().message().contains(u"--rebuild"_s));
        QVERIFY(index().rebuild());
        QVERIFY(index().remove(a.id));
        QVERIFY(integrityCheck());
    }

    void rebuild_refillsTheIndex()
    {
        if (dialect() == Database::Dialect::Sqlite)
            QVERIFY(m_library->database().run(
                    u"INSERT INTO search_index (search_index) VALUES ('delete-all')"_s));
        QVERIFY(m_library->database().run(u"DELETE FROM "_s + documentsTable()));
        QVERIFY(index().search(u"扶贫"_s, 20).value().isEmpty());
        QList<std::pair<qint64, qint64>> calls;
        const Status rebuilt = index().rebuild([&](qint64 done, qint64 total) {
            calls.append({done, total});
        });
        QVERIFY2(rebuilt, qPrintable(messageOf(rebuilt)));
        const qint64 count = m_library->articles().count().value();
        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.last(), std::pair(count, count));
        QCOMPARE(idsOf(index().search(u"扶贫"_s, 20).value()), QSet<qint64>({1, 2, 3, 5, 6}));
        QCOMPARE(m_library->database()
                         .scalar(u"SELECT count(*) FROM "_s + documentsTable())
                         .value()
                         .toLongLong(),
                 count);
        QVERIFY(integrityCheck());
    }

    void index_many_inOneTransaction()
    {
        Article a = article(u"批量一号"_s, u"<p>甲</p>"_s);
        Article b = article(u"批量二号"_s, u"<p>乙</p>"_s);
        ArticleRepository bulk(m_library->database(), ArticleRepository::SearchIndexing::ByCaller);
        a.id = bulk.create(a, m_user).value();
        b.id = bulk.create(b, m_user).value();
        QVERIFY(index().search(u"批量"_s, 20).value().isEmpty()); // left to the caller
        QVERIFY(index().index(QList<Article> {a, b}));
        QCOMPARE(idsOf(index().search(u"批量"_s, 20).value()), QSet<qint64>({a.id, b.id}));
        b.title = u"改过的二号"_s;
        QVERIFY(index().index(QList<Article> {a, b}));
        QCOMPARE(idsOf(index().search(u"批量"_s, 20).value()), QSet<qint64>({a.id}));
        QVERIFY(integrityCheck());
    }

    void demo_indexesEveryArticle()
    {
        const QString path = Test::createLibrary(m_dir, u"demo.newsdesk"_s, true, 600);
        std::unique_ptr<Library> library = Test::openLibrary(path);
        QVERIFY(library);
        Database &db = library->database();
        const QString table = db.dialect() == Database::Dialect::Sqlite ? u"search_documents"_s
                                                                        : u"search_index"_s;
        QCOMPARE(db.scalar(u"SELECT count(*) FROM "_s + table).value().toLongLong(),
                 library->articles().count().value());
        QCOMPARE(db.scalar(u"SELECT count(*) FROM articles WHERE id NOT IN "
                           "(SELECT article_id FROM "_s
                           + table + u")"_s)
                         .value()
                         .toLongLong(),
                 0);
        const Article last = library->articles().byId(601).value();
        const QList<SearchHit> hits = SearchIndex(db).search(last.title, 600).value();
        QVERIFY(idsOf(hits).contains(601));
    }

    void migration_fillsTheIndexOfAVersion1Library()
    {
        if (Test::onPostgres())
            QSKIP("PostgreSQL libraries start at the current schema (issue 8)");
        const QString path = Test::createLibrary(m_dir, u"v1.newsdesk"_s, true, 20);
        {
            // What a library written before search looks like: schema version 1, no index.
            std::unique_ptr<Library> library = Test::openLibrary(path);
            QVERIFY(library);
            for (const QString &sql :
                 {u"DROP TABLE search_index"_s, u"DROP TABLE search_documents"_s,
                  u"DROP INDEX articles_pending"_s, u"ALTER TABLE articles DROP COLUMN pending"_s,
                  u"DROP TABLE leases"_s, u"DROP INDEX audit_log_at"_s,
                  u"DROP INDEX audit_log_user"_s, u"DROP TABLE import_sources"_s,
                  u"UPDATE newsdesk_meta SET value = '1' "
                  "WHERE key = 'schema_version'"_s})
                QVERIFY(library->database().execute(sql));
        }
        std::unique_ptr<Library> library = Test::openLibrary(path);
        QVERIFY(library);
        const QList<SearchHit> hits =
                SearchIndex(library->database()).search(u"扶贫"_s, 50).value();
        QVERIFY(idsOf(hits).contains(1));
        QCOMPARE(library->database()
                         .scalar(u"SELECT count(*) FROM search_documents"_s)
                         .value()
                         .toLongLong(),
                 library->articles().count().value());
    }

private:
    SearchIndex index() { return SearchIndex(m_library->database()); }
    Database::Dialect dialect() const { return m_library->database().dialect(); }

    Article article(const QString &title, const QString &body, const QString &subtitle = {},
                    const QStringList &tags = {}) const
    {
        Article a;
        a.title = title;
        a.subtitle = subtitle;
        a.body = body;
        a.tags = tags;
        a.channelId = m_channel;
        return a;
    }

    void add(const QString &title, const QString &body, const QString &subtitle = {},
             const QStringList &tags = {})
    {
        Result<qint64> id =
                m_library->articles().create(article(title, body, subtitle, tags), m_user);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message()));
    }

    int countWhereIdIn(const SqlFragment &filter)
    {
        return m_library->database()
                .scalar(u"SELECT count(*) FROM articles WHERE id IN ("_s + filter.sql + u')',
                        filter.values)
                .value()
                .toInt();
    }

    // FTS5's own check on SQLite; on PostgreSQL, every row belongs to an article and holds a
    // tsvector that reads back as itself.
    bool integrityCheck()
    {
        Database &db = m_library->database();
        if (dialect() == Database::Dialect::Sqlite)
            return bool(db.run(
                    u"INSERT INTO search_index (search_index) VALUES ('integrity-check')"_s));
        const Result<QVariant> bad = db.scalar(
                u"SELECT count(*) FROM search_index s LEFT JOIN articles a ON a.id = s.article_id "
                "WHERE a.id IS NULL OR s.words::text::tsvector <> s.words "
                "OR s.title_words::text::tsvector <> s.title_words"_s);
        return bad && bad.value().toInt() == 0;
    }

    // The table with one row per indexed article.
    QString documentsTable() const
    {
        return dialect() == Database::Dialect::Sqlite ? u"search_documents"_s
                                                      : u"search_index"_s;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_channel = 0;
    qint64 m_user = 0;
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
