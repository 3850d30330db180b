#include "demo/demonewsroom.h"
#include "editor/articleeditor.h"
#include "editor/editoraccess.h"
#include "editor/editortabs.h"
#include "editor/workflowbar.h"
#include "library/articlelistview.h"
#include "library/articletablemodel.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindowfixture.h"
#include "review/commentthreadview.h"
#include "review/reviewactions.h"
#include "review/reviewpanel.h"
#include "review/reviewqueueview.h"
#include "storage/changefeed.h"
#include "storage/library.h"
#include "testlibrary.h"
#include "workflow/workflow.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The window kept up to date with what another desktop does (issue 8, point 5): a second
// connection to the same library plays the other desktop. On SQLite the session's ChangeFeed
// is asked to look at once (it polls data_version every second by itself); the _pg run waits
// for PostgreSQL's notifications (NEWSDESK_TEST_BACKEND=postgres, see testlibrary.h). The list
// reloads keeping its selection, the review queue and the lease indicators follow, and an
// editor whose article someone else saved says who did.
class TestLiveUpdates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const QString path = m_gui.createDemoLibrary(u"live-%1.newsdesk"_s.arg(++m_count), 6);
        if (!m_gui.openWindow(path))
            return;
        QVERIFY(session()->changeFeed());
        QCOMPARE(session()->currentUser()->name, u"林晓"_s);
        m_other = Test::openLibrary(path);
        QVERIFY(m_other);
    }

    void cleanup()
    {
        m_other.reset();
        QVERIFY(m_gui.closeWindow());
    }

    void statusBar_saysTheWindowIsLive()
    {
        auto *live = window()->findChild<QLabel *>(u"status.live"_s);
        QVERIFY(live);
        QVERIFY(live->isVisible());
        QCOMPARE(live->text(), u"Live"_s);
        QVERIFY(!live->toolTip().isEmpty());
        session()->close();
        QVERIFY(!live->isVisible());
    }

    void list_reloadsOnceKeepingTheSelection()
    {
        ArticleTableModel *model = window()->libraryView()->articleModel();
        ArticleListView *list = window()->libraryView()->articleView();
        QVERIFY(model->rowCount() >= 4);
        const QList<qint64> chosen {model->idAt(1), model->idAt(3)};
        list->selectIds(chosen, chosen.constLast());
        QCOMPARE(list->selectedIds(), chosen);
        const qint64 renamed = model->idAt(2);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);

        // Three saves on the other desktop before this one looks.
        for (const QString &title : {u"一改"_s, u"二改"_s, u"三改"_s})
            rename(renamed, title);
        hear();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model->indexOf(renamed).data().toString(), u"三改"_s);
        QCOMPARE(list->selectedIds(), chosen);
        QCOMPARE(list->currentId(), chosen.constLast());
        // Nothing new: nothing reloads.
        hear();
        QCOMPARE(resets.count(), 1);
    }

    void list_followsByItself()
    {
        ArticleTableModel *model = window()->libraryView()->articleModel();
        const qint64 id = model->idAt(0);
        rename(id, u"自己跟上"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model->indexOf(id).data().toString(), u"自己跟上"_s,
                                  ChangeFeed::PollMs + 1000);
    }

    void reviewQueue_showsAnArticleSubmittedElsewhere()
    {
        const qint64 id = draftBy(u"陈静"_s, u"别处提交的"_s);
        QVERIFY(Workflow(*m_other, user(u"陈静"_s)).submit(id));
        hear();
        const QList<ReviewQueueEntry> &queue = window()->reviewQueue()->entries();
        QVERIFY(std::any_of(queue.cbegin(), queue.cend(),
                            [id](const ReviewQueueEntry &e) { return e.articleId == id; }));
    }

    void reviewPanel_showsACommentMadeElsewhere()
    {
        const qint64 id = window()->libraryView()->articleModel()->idAt(0);
        ReviewPanel *panel = window()->reviewActions()->openReview(id);
        QVERIFY(panel);
        const qsizetype before = panel->commentThread()->comments().size();
        QVERIFY(Workflow(*m_other, user(DemoNewsroom::ChiefEditor)).comment(id, u"别处的批注"_s));
        hear();
        QCOMPARE(panel->commentThread()->comments().size(), before + 1);
        QCOMPARE(panel->commentThread()->comments().constLast().body, u"别处的批注"_s);
        panel->close();
    }

    void leaseTakenElsewhere_showsInTheList()
    {
        ArticleTableModel *model = window()->libraryView()->articleModel();
        const qint64 id = draftBy(u"陈静"_s, u"有人在写"_s);
        hear();
        QVERIFY(!model->leases().contains(id));
        QVERIFY(Workflow(*m_other, user(u"陈静"_s)).takeLease(id));
        hear();
        QVERIFY(model->leases().contains(id));
        QCOMPARE(model->indexOf(id).data(ArticleTableModel::EditedByRole).toString(), u"陈静"_s);
    }

    void openEditor_notesWhoSavedTheArticle()
    {
        const qint64 id = draftBy(u"陈静"_s, u"陈静的稿子"_s);
        ArticleEditor *editor = window()->editorTabs()->openArticle(id);
        QVERIFY(editor);
        QVERIFY(editor->workflowBar()->noteText().isEmpty());
        Article edited = m_other->articles().byId(id).value();
        edited.title = u"陈静改过"_s;
        QVERIFY(Workflow(*m_other, user(u"陈静"_s)).save(edited));
        hear();
        const QString note = editor->workflowBar()->noteText();
        QVERIFY2(note.contains(u"陈静"_s), qPrintable(note));
        QVERIFY2(note.contains(u"version"_s), qPrintable(note));
        // An editor of another article is left alone.
        const qint64 mine = draftBy(u"林晓"_s, u"我的稿子"_s);
        ArticleEditor *other = window()->editorTabs()->openArticle(mine);
        hear();
        QVERIFY(other->workflowBar()->noteText().isEmpty());
    }

    void leaseTakenOverElsewhere_turnsTheEditorReadOnlyAtOnce()
    {
        const qint64 id = draftBy(u"林晓"_s, u"被接管"_s);
        ArticleEditor *editor = window()->editorTabs()->openArticle(id);
        QVERIFY(editor->access()->holdsLease());
        hear(); // the lease taken here is not news
        QVERIFY(editor->access()->isEditable());
        QVERIFY(Workflow(*m_other, user(DemoNewsroom::ChiefEditor)).takeOverLease(id));
        hear();
        QCOMPARE(editor->access()->mode(), EditorAccess::Mode::TakenOver);
        QVERIFY(editor->isReadOnly());
    }

private:
    MainWindow *window() const { return m_gui.window(); }
    LibrarySession *session() const { return m_gui.session(); }

    // Lets the window hear what the other desktop did: SQLite's data_version is read at once
    // (the feed polls it every second by itself), PostgreSQL's notifications arrive within
    // the feed's gathering delay.
    void hear()
    {
        if (!Test::onPostgres()) {
            session()->changeFeed()->poll();
            return;
        }
        QSignalSpy batch(session(), &LibrarySession::changedElsewhere);
        (void)batch.wait(ChangeFeed::MaxDelayMs + 500);
    }

    User user(const QString &name) const { return m_other->users().byName(name).value(); }

    void rename(qint64 id, const QString &title)
    {
        Article article = m_other->articles().byId(id).value();
        article.title = title;
        const Result<Article> saved =
                m_other->articles().save(article, user(DemoNewsroom::ChiefEditor).id, u"save"_s);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
    }

    qint64 draftBy(const QString &name, const QString &title)
    {
        Article a;
        a.title = title;
        a.body = u"<p>正文。</p>"_s;
        a.channelId = m_other->channels().all().value().constFirst().id;
        Result<qint64> id = Workflow(*m_other, user(name)).create(a);
        if (!id)
            qFatal("cannot create: %s", qPrintable(id.error().message()));
        return id.value();
    }

    Test::MainWindowFixture m_gui;
    int m_count = 0;
    std::unique_ptr<Library> m_other;
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
