#include "library/articletablemodel.h"
#include "library/channeltreemodel.h"
#include "storage/changefeed.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The library view's models, checked by QAbstractItemModelTester on demo data.
class TestModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = Test::openLibrary(Test::createLibrary(m_dir, u"demo.newsdesk"_s, true, 300));
        QVERIFY(m_library);
    }

    void channelTree_passesModelTesterAndCountsSubtrees()
    {
        ChannelTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QList<Channel> channels = m_library->channels().all().value();
        const QHash<qint64, int> counts = m_library->articles().countsByChannel().value();
        model.setChannels(channels, counts);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1); // 首页
        const QModelIndex home = model.index(0, ChannelTreeModel::NameColumn);
        QCOMPARE(home.data().toString(), u"首页"_s);
        int total = 0;
        for (int count : counts)
            total += count;
        QCOMPARE(model.index(0, ChannelTreeModel::CountColumn).data().toInt(), total);

        qint64 hotId = 0;
        for (const Channel &c : channels) {
            if (c.name == u"热点"_s)
                hotId = c.id;
        }
        const QModelIndex hot = model.indexOf(hotId);
        QVERIFY(hot.isValid());
        QCOMPARE(hot.data(ChannelTreeModel::PathRole).toString(), u"zixun/redian"_s);
        QCOMPARE(model.displayPath(hotId), u"首页 > 资讯 > 热点"_s);
        QCOMPARE(hot.parent().data().toString(), u"资讯"_s);
        QCOMPARE(model.channelAt(hot)->id, hotId);
        QCOMPARE(model.subtreeIds(hotId), QList<qint64> {hotId});
        QCOMPARE(model.subtreeIds(home.data(ChannelTreeModel::ChannelIdRole).toLongLong()).size(),
                 channels.size());
        const QModelIndex news = hot.parent();
        QCOMPARE(
                news.data(ChannelTreeModel::SubtreeCountRole).toInt(),
                news.data(ChannelTreeModel::OwnCountRole).toInt() + [&] {
                    int sum = 0;
                    for (int r = 0; r < model.rowCount(news); ++r)
                        sum += model.index(r, 0, news)
                                       .data(ChannelTreeModel::SubtreeCountRole)
                                       .toInt();
                    return sum;
                }());

        model.setChannels({}, {});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexOf(hotId).isValid());
    }

    void articleTable_passesModelTesterAcrossWindows()
    {
        ArticleTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &ArticleTableModel::countChanged);
        model.setLibrary(m_library.get());
        const int total = int(m_library->articles().list({}).value().size());
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(counted.last().first().toInt(), total);
        QCOMPARE(model.columnCount(), int(ArticleTableModel::ColumnCount));
        // Every row, across several windows, holds a distinct article.
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(ArticleTableModel::ArticleIdRole).toLongLong());
        QCOMPARE(ids.size(), total);
        QVERIFY(!model.index(total, 0).isValid());
    }

    void articleTable_showsTheReferenceArticle()
    {
        ArticleTableModel model;
        model.setLibrary(m_library.get());
        QHash<qint64, QString> names;
        for (const Channel &c : m_library->channels().all().value())
            names.insert(c.id, c.name);
        model.setChannelNames(names);
        const QModelIndex reference = model.indexOf(1);
        QVERIFY(reference.isValid());
        QCOMPARE(reference.data().toString(), u"一年来,习近平推动东西扶贫协作再上新台阶"_s);
        const auto cell = [&](int column) {
            return model.index(reference.row(), column).data().toString();
        };
        QCOMPARE(cell(ArticleTableModel::ChannelColumn), u"热点"_s);
        QCOMPARE(cell(ArticleTableModel::StatusColumn),
                 ArticleStatuses::displayName(ArticleStatus::Published));
        QCOMPARE(cell(ArticleTableModel::SourceColumn), u"央视网"_s);
        QVERIFY(cell(ArticleTableModel::TagsColumn).contains(u"扶贫"_s));
        QVERIFY(cell(ArticleTableModel::PublishColumn).startsWith(u"2017-07-2"_s));
        QVERIFY(model.index(reference.row(), ArticleTableModel::StatusColumn)
                        .data(Qt::DecorationRole)
                        .canConvert<QColor>());
    }

    void articleTable_sortsEveryColumnButTags_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int column = 0; column < ArticleTableModel::ColumnCount; ++column) {
            if (!ArticleTableModel::sortKeyFor(column))
                continue;
            for (bool descending : {false, true})
                QTest::addRow("column %d %s", column, descending ? "desc" : "asc")
                        << column << descending;
        }
    }

    void articleTable_sortsEveryColumnButTags()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        ArticleTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLibrary(m_library.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QCOMPARE(model.articleSort().key, *ArticleTableModel::sortKeyFor(column));
        QCOMPARE(reset.count(), model.articleSort() == ArticleSort {} ? 0 : 1);
        // Compare each row with the next through the stored article.
        QList<ArticleSummary> rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows.append(*model.articleAt(model.index(row, 0)));
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const ArticleSummary &a = rows.at(i - 1);
            const ArticleSummary &b = rows.at(i);
            const auto inOrder = [&](auto x, auto y) {
                return descending ? !(x < y) : !(y < x);
            };
            switch (column) {
            case ArticleTableModel::TitleColumn:
                QVERIFY(inOrder(a.title.toUtf8(), b.title.toUtf8()));
                break;
            case ArticleTableModel::ClicksColumn:
                QVERIFY(inOrder(a.clicks, b.clicks));
                break;
            case ArticleTableModel::UpdatedColumn:
                QVERIFY(inOrder(a.updatedAt, b.updatedAt));
                break;
            case ArticleTableModel::StatusColumn:
                QVERIFY(inOrder(int(a.status), int(b.status)));
                break;
            case ArticleTableModel::AuthorColumn:
                QVERIFY(inOrder(a.author.toUtf8(), b.author.toUtf8()));
                break;
            default:
                break;
            }
        }
        // rowsOf agrees with the rows.
        const QHash<qint64, int> positions = model.rowsOf({rows.first().id, rows.last().id});
        QCOMPARE(positions.value(rows.first().id), 0);
        QCOMPARE(positions.value(rows.last().id), int(rows.size() - 1));
        QCOMPARE(model.idsInRows(1, 3),
                 (QList<qint64> {rows.at(1).id, rows.at(2).id, rows.at(3).id}));
    }

    void articleTable_sortByTags_isIgnored()
    {
        ArticleTableModel model;
        model.setLibrary(m_library.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(ArticleTableModel::TagsColumn, Qt::AscendingOrder);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.articleSort().key, ArticleSortKey::Updated);
    }

    // Another desktop saves an article, which moves it to the top of the list: the list's
    // feed says so, the model reloads once, and until then the rows are what was shown (a
    // view keeps its selection by those ids across the reload).
    void articleTable_reloadsOnAFeedSignal()
    {
        ArticleTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLibrary(m_library.get());
        ChangeFeed feed(*m_library);
        connect(&feed, &ChangeFeed::articlesChanged, &model, &ArticleTableModel::refresh);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.articleSort().key, ArticleSortKey::Updated);
        const QList<qint64> shown {model.idAt(3), model.idAt(4), model.idAt(5)};
        const qint64 moved = model.idAt(10);

        std::unique_ptr<Library> other = Test::openLibrary(m_library->location());
        QVERIFY(other);
        Article article = other->articles().byId(moved).value();
        article.title = u"另一台电脑改的"_s;
        QVERIFY(other->articles().save(article, article.createdById, u"save"_s));
        QCOMPARE(model.idsInRows(3, 5), shown);
        QCOMPARE(reset.count(), 0);

        feed.poll();
        QCOMPARE(reset.count(), 1);
        // Among the newest now (a demo article or two may be dated later than now).
        const QModelIndex now = model.indexOf(moved);
        QVERIFY2(now.isValid() && now.row() < 3, qPrintable(QString::number(now.row())));
        QCOMPARE(now.data().toString(), u"另一台电脑改的"_s);
        QCOMPARE(model.idsInRows(4, 6), shown);
        // Nothing more changed: no reload.
        feed.poll();
        QCOMPARE(reset.count(), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
