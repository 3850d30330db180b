#include "library/articlelistmodel.h"
#include "library/channeltreemodel.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
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
        m_library = Test::openLibrary(Test::createLibrary(m_dir, u"demo.newsdesk"_s, true, 60));
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

    void articleList_passesModelTesterAndSorts()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<ArticleSummary> articles = m_library->articles().list({}).value();
        QHash<qint64, QString> names;
        for (const Channel &c : m_library->channels().all().value())
            names.insert(c.id, c.name);
        model.setArticles(articles, names);
        QCOMPARE(model.rowCount(), articles.size());
        QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));

        const QModelIndex reference = model.indexOf(1);
        QVERIFY(reference.isValid());
        QCOMPARE(reference.data().toString(), u"一年来,习近平推动东西扶贫协作再上新台阶"_s);
        QCOMPARE(model.index(reference.row(), ArticleListModel::ChannelColumn).data().toString(),
                 u"热点"_s);
        QCOMPARE(model.index(reference.row(), ArticleListModel::StatusColumn).data().toString(),
                 ArticleStatuses::displayName(ArticleStatus::Published));
        QCOMPARE(reference.data(ArticleListModel::ArticleIdRole).toLongLong(), 1);

        // A persistent index follows its article through a sort.
        const QPersistentModelIndex followed(reference);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.sort(ArticleListModel::ClicksColumn, Qt::DescendingOrder);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(followed.data(ArticleListModel::ArticleIdRole).toLongLong(), 1);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1, ArticleListModel::ClicksColumn)
                            .data(ArticleListModel::SortRole)
                            .toLongLong()
                    >= model.index(row, ArticleListModel::ClicksColumn)
                               .data(ArticleListModel::SortRole)
                               .toLongLong());
        }
        model.sort(ArticleListModel::PublishColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong() > 0, true);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexOf(1).isValid());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
