#include "common/dialogs.h"
#include "config/settings.h"
#include "library/articledetailspane.h"
#include "library/articlelistview.h"
#include "library/articletablemodel.h"
#include "library/channeltreemodel.h"
#include "library/filterbar.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindowfixture.h"
#include "manage/channeldialog.h"
#include "manage/tagmanagerdialog.h"
#include "storage/library.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The library view driven as an editor drives it: filters, selection across refreshes, bulk
// actions, saved searches, channel and tag management.
class TestLibraryView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_template = m_gui.createDemoLibrary(u"template.newsdesk"_s, 400); }

    void init()
    {
        // Each test works on its own copy: bulk actions change the library.
        m_path = m_gui.dir().filePath(u"library-%1.newsdesk"_s.arg(++m_copies));
        QVERIFY(QFile::copy(m_template, m_path));
        if (!m_gui.openWindow(m_path))
            return;
        // Bulk changes to everyone's articles, channels and tags: an administrator's work.
        session()->setCurrentUser(library()->users().byName(u"admin"_s).value());
    }

    void cleanup() { m_gui.closeWindow(); }

    void list_showsEveryArticleOutsideTheTrash()
    {
        QCOMPARE(model()->rowCount(), visibleCount());
        QVERIFY(model()->rowCount() > ArticleTableModel::WindowSize * 2);
    }

    void statusFilter_trashAndAuthorCombine()
    {
        auto *status = view()->filterBar()->findChild<QComboBox *>(u"filter.status"_s);
        status->setCurrentIndex(status->findData(u"published"_s));
        ArticleFilter published;
        published.status = ArticleStatus::Published;
        QCOMPARE(model()->rowCount(), library()->articleList().count(published).value());

        auto *author = view()->filterBar()->findChild<QComboBox *>(u"filter.author"_s);
        author->setEditText(u"央视网"_s);
        published.author = u"央视网"_s;
        QTRY_COMPARE(model()->rowCount(), library()->articleList().count(published).value());
        QVERIFY(model()->rowCount() > 0);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->index(row, ArticleTableModel::AuthorColumn).data().toString(),
                     u"央视网"_s);

        status->setCurrentIndex(status->findData(u"trash"_s));
        ArticleFilter trash;
        trash.scope = ArticleFilter::Scope::Trash;
        trash.author = u"央视网"_s;
        QCOMPARE(model()->rowCount(), library()->articleList().count(trash).value());
    }

    void search_listsMatchesBestFirstWithSnippets()
    {
        ArticleListView *list = view()->articleView();
        QVERIFY(list->isColumnHidden(ArticleTableModel::MatchColumn));
        QLineEdit *search = view()->filterBar()->searchField();
        // Typed as an input method commits Chinese: key events carrying the text.
        QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, u"扶贫"_s, Qt::NoModifier);
        ArticleFilter filter;
        filter.search = u"扶贫"_s;
        QTRY_COMPARE(model()->filter().search, u"扶贫"_s);
        QCOMPARE(model()->rowCount(), library()->articleList().count(filter).value());
        QVERIFY(model()->rowCount() > 0);
        QCOMPARE(model()->articleSort().key, ArticleSortKey::Relevance);
        QVERIFY(!list->isColumnHidden(ArticleTableModel::MatchColumn));
        QCOMPARE(list->header()->sortIndicatorSection(), int(ArticleTableModel::MatchColumn));
        // The best match has the word in its title; each row says where it matched.
        QVERIFY(model()->index(0, ArticleTableModel::TitleColumn)
                        .data()
                        .toString()
                        .contains(u"扶贫"_s));
        QVERIFY(model()->index(0, ArticleTableModel::MatchColumn)
                        .data()
                        .toString()
                        .contains(u"<mark>"_s));
        QVERIFY(!list->grab().isNull()); // the snippet delegate paints

        search->clear();
        QTRY_VERIFY(!model()->filter().hasSearch());
        QCOMPARE(model()->articleSort().key, ArticleSortKey::Updated);
        QVERIFY(list->isColumnHidden(ArticleTableModel::MatchColumn));
        QCOMPARE(model()->rowCount(), visibleCount());
    }

    void channelSelection_listsTheSubtree()
    {
        const QModelIndex news = view()->channelModel()->indexOf(channelId(u"资讯"_s));
        view()->channelView()->setCurrentIndex(news);
        ArticleFilter filter;
        filter.channelIds = view()->channelModel()->subtreeIds(channelId(u"资讯"_s));
        QCOMPARE(model()->rowCount(), library()->articleList().count(filter).value());
        QCOMPARE(model()->rowCount(), news.data(ChannelTreeModel::SubtreeCountRole).toInt());
    }

    void refresh_keepsSelectionAndScroll()
    {
        ArticleListView *list = view()->articleView();
        list->scrollTo(model()->index(200, 0), QAbstractItemView::PositionAtTop);
        list->selectionModel()->select(
                QItemSelection(model()->index(201, 0),
                               model()->index(203, ArticleTableModel::ColumnCount - 1)),
                QItemSelectionModel::ClearAndSelect);
        list->selectionModel()->setCurrentIndex(model()->index(202, 0),
                                                QItemSelectionModel::NoUpdate);
        const QList<qint64> selected = list->selectedIds();
        const qint64 current = list->currentId();
        const int scroll = list->verticalScrollBar()->value();
        QCOMPARE(selected.size(), 3);
        window()->findChild<QAction *>(u"action.view.refresh"_s)->trigger();
        QCOMPARE(list->selectedIds(), selected);
        QCOMPARE(list->currentId(), current);
        QCOMPARE(list->verticalScrollBar()->value(), scroll);
        QCOMPARE(view()->detailsPane()->articleId(), current);
    }

    void sort_keepsTheCurrentArticle()
    {
        ArticleListView *list = view()->articleView();
        list->setCurrentIndex(model()->index(42, 0));
        const qint64 current = list->currentId();
        list->sortByColumn(ArticleTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model()->articleSort().key, ArticleSortKey::Title);
        QCOMPARE(list->currentId(), current);
        // Tags cannot be sorted: the indicator goes back to the title.
        list->header()->setSortIndicator(ArticleTableModel::TagsColumn, Qt::AscendingOrder);
        QCOMPARE(list->header()->sortIndicatorSection(), int(ArticleTableModel::TitleColumn));
        QCOMPARE(model()->articleSort().key, ArticleSortKey::Title);
    }

    void bulkTrashAndRestore_throughTheActions()
    {
        ArticleListView *list = view()->articleView();
        list->selectionModel()->select(
                QItemSelection(model()->index(0, 0),
                               model()->index(4, ArticleTableModel::ColumnCount - 1)),
                QItemSelectionModel::ClearAndSelect);
        const QList<qint64> ids = list->selectedIds();
        const int before = model()->rowCount();
        QAction *trash = window()->findChild<QAction *>(u"action.article.trash"_s);
        QVERIFY(trash->isEnabled());
        trash->trigger();
        QCOMPARE(model()->rowCount(), before - 5);
        for (qint64 id : ids)
            QVERIFY(library()->articles().byId(id).value().isTrashed());

        auto *status = view()->filterBar()->findChild<QComboBox *>(u"filter.status"_s);
        status->setCurrentIndex(status->findData(u"trash"_s));
        list->selectIds(ids, ids.first());
        QCOMPARE(list->selectedIds().size(), 5);
        window()->findChild<QAction *>(u"action.article.restore"_s)->trigger();
        for (qint64 id : ids)
            QVERIFY(!library()->articles().byId(id).value().isTrashed());
    }

    void bulkSubmit_reportsSkippedArticles()
    {
        ArticleListView *list = view()->articleView();
        list->selectAll();
        Dialogs::setNextAnswer(QMessageBox::Ok);
        window()->findChild<QAction *>(u"action.article.submit"_s)->trigger();
        QVERIFY(Dialogs::lastMessage().contains(u"Article"_s));
        ArticleFilter drafts;
        drafts.status = ArticleStatus::Draft;
        QCOMPARE(library()->articleList().count(drafts).value(), 0);
    }

    void savedSearch_restoresFilterAndChannel()
    {
        view()->channelView()->setCurrentIndex(
                view()->channelModel()->indexOf(channelId(u"热点"_s)));
        auto *status = view()->filterBar()->findChild<QComboBox *>(u"filter.status"_s);
        status->setCurrentIndex(status->findData(u"published"_s));
        const ArticleFilter saved = view()->currentFilter();
        Dialogs::setNextText(u"热点已发布"_s);
        window()->findChild<QAction *>(u"action.view.saveSearch"_s)->trigger();
        QCOMPARE(settings()->savedSearches(m_path).size(), 1);

        view()->filterBar()->clear();
        view()->channelView()->setCurrentIndex(view()->channelModel()->index(0, 0));
        QVERIFY(view()->currentFilter() != saved);
        QAction *apply = view()->findChild<QAction *>(u"savedSearch.1"_s);
        QVERIFY(apply);
        apply->trigger();
        QCOMPARE(view()->currentFilter(), saved);
        QCOMPARE(model()->rowCount(), library()->articleList().count(saved).value());
    }

    void deleteEmptyChannel_afterConfirming()
    {
        Channel empty;
        empty.parentId = channelId(u"首页"_s);
        empty.slug = u"kong"_s;
        empty.name = u"空栏目"_s;
        const qint64 id = library()->channels().add(empty).value();
        view()->refresh();
        view()->channelView()->setCurrentIndex(view()->channelModel()->indexOf(id));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        window()->findChild<QAction *>(u"action.channel.delete"_s)->trigger();
        QVERIFY(Dialogs::lastMessage().contains(u"空栏目"_s));
        QVERIFY(!library()->channels().byId(id));
        QVERIFY(!view()->channelModel()->indexOf(id).isValid());
    }

    void channelDialog_suggestsPinyinUntilEdited()
    {
        ChannelDialog dialog(Channel {}, u"New"_s);
        dialog.setName(u"国际新闻"_s);
        QCOMPARE(dialog.channel().slug, u"guojixinwen"_s);
        dialog.findChild<QLineEdit *>(u"channel.slug"_s)->setText(u"world"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"channel.slug"_s), u"x"_s);
        dialog.setName(u"国际"_s);
        QCOMPARE(dialog.channel().slug, u"worldx"_s);
    }

    void tagManager_renamesATag()
    {
        TagManagerDialog dialog(*session());
        QTableWidget *table = dialog.table();
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == u"扶贫"_s)
                row = r;
        }
        QVERIFY(row >= 0);
        const int articles = table->item(row, 1)->data(Qt::DisplayRole).toInt();
        QVERIFY(articles > 0);
        table->selectRow(row);
        Dialogs::setNextText(u"精准扶贫"_s);
        dialog.renameTag();
        ArticleFilter tagged;
        tagged.tag = u"精准扶贫"_s;
        tagged.scope = ArticleFilter::Scope::Library;
        ArticleFilter trashed = tagged;
        trashed.scope = ArticleFilter::Scope::Trash;
        QCOMPARE(library()->articleList().count(tagged).value()
                         + library()->articleList().count(trashed).value(),
                 articles);
        QVERIFY(!library()->tags().names().value().contains(u"扶贫"_s));
    }

private:
    MainWindow *window() const { return m_gui.window(); }
    LibrarySession *session() const { return m_gui.session(); }
    Settings *settings() const { return m_gui.settings(); }

    LibraryView *view() const { return window()->libraryView(); }
    ArticleTableModel *model() const { return view()->articleModel(); }
    Library *library() const { return session()->library(); }

    int visibleCount() const { return library()->articleList().count({}).value(); }

    qint64 channelId(const QString &name) const
    {
        for (const Channel &c : library()->channels().all().value()) {
            if (c.name == name)
                return c.id;
        }
        return 0;
    }

    Test::MainWindowFixture m_gui;
    QString m_template;
    QString m_path;
    int m_copies = 0;
};

QTEST_MAIN(TestLibraryView)
#include "tst_libraryview.moc"
