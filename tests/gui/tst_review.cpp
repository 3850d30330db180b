#include "common/dialogs.h"
#include "config/settings.h"
#include "demo/demonewsroom.h"
#include "library/articlelistview.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "mainwindow/mainwindow.h"
#include "review/commentthreadview.h"
#include "review/historyview.h"
#include "review/reviewactions.h"
#include "review/reviewpanel.h"
#include "review/reviewqueueview.h"
#include "review/revisiondiffview.h"
#include "storage/library.h"
#include "testlibrary.h"
#include "workflow/workflow.h"

#include <QAction>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The review side of the workflow in the window, offscreen on a demo library: the queue, the
// review panel's Approve and Return, the role and staleness checks, history and restore, and
// the Article menu's review actions.
class TestReview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = Test::createLibrary(m_dir, u"review-%1.newsdesk"_s.arg(++m_created), true, 20);
        m_settings =
                std::make_unique<Settings>(m_dir.filePath(u"settings-%1.ini"_s.arg(m_created)));
        m_session = std::make_unique<LibrarySession>(*m_settings);
        QVERIFY(m_session->open(m_path));
        m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_settings.reset();
    }

    void queue_listsSubmittedOldestFirst_withWhoAndWhen()
    {
        signInAs(u"林晓"_s);
        QVERIFY(!m_window->reviewQueue()->isVisible()); // not in an editor's way
        const qint64 first = submitted(u"先交的稿"_s);
        const qint64 second = submitted(u"后交的稿"_s);
        // One second apart at least, so that the order is the submissions' and not the ids'.
        QVERIFY(library().history().audit({0,
                                           QDateTime::currentDateTimeUtc().addSecs(30),
                                           user(u"陈静"_s).id,
                                           u"submit"_s,
                                           first,
                                           {}}));
        signInAs(DemoNewsroom::ChiefEditor);
        ReviewQueueView *queue = m_window->reviewQueue();
        QVERIFY(queue->isVisible()); // shown for chief editors
        QVERIFY(m_window->action(Actions::Id::ToggleReviewQueue)->isChecked());
        const int size = library().review().queueSize().value();
        QVERIFY(size >= 3); // the demo's own and these two
        QCOMPARE(queue->list()->topLevelItemCount(), size);
        QCOMPARE(queue->windowTitle(), u"Review Queue (%1)"_s.arg(size));
        QList<qint64> order;
        QDateTime previous;
        for (const ReviewQueueEntry &e : queue->entries()) {
            QVERIFY(!previous.isValid() || previous <= e.submittedAt);
            previous = e.submittedAt;
            order << e.articleId;
        }
        QCOMPARE(order.mid(order.size() - 2), (QList<qint64> {second, first}));
        QTreeWidgetItem *last = queue->list()->topLevelItem(size - 1);
        QCOMPARE(last->text(ReviewQueueView::TitleColumn), u"先交的稿"_s);
        QCOMPARE(last->text(ReviewQueueView::SubmittedByColumn), u"陈静"_s);
        QVERIFY(!last->text(ReviewQueueView::WhenColumn).isEmpty());
        QVERIFY(!last->toolTip(ReviewQueueView::WhenColumn).isEmpty());
        QVERIFY(!last->text(ReviewQueueView::ChannelColumn).isEmpty());
    }

    void chief_approvesFromPanel_openedFromTheQueue()
    {
        const qint64 id = submitted(u"待审稿件"_s);
        QVERIFY(Workflow(library(), user(u"林晓"_s)).comment(id, u"请审阅"_s));
        signInAs(DemoNewsroom::ChiefEditor);
        QTreeWidget *list = m_window->reviewQueue()->list();
        QTreeWidgetItem *item = itemFor(list, id);
        QVERIFY(item);
        list->setCurrentItem(item);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(m_window->reviewActions()->panel(id));
        ReviewPanel *panel = m_window->reviewActions()->panel(id);
        QVERIFY(QTest::qWaitForWindowExposed(panel));
        QCOMPARE(panel->article().title, u"待审稿件"_s);
        // The first revision against what was submitted: the body was written at creation.
        QCOMPARE(panel->beforeVersion(), 1);
        QCOMPARE(panel->afterVersion(), panel->shownVersion());
        QCOMPARE(panel->commentThread()->comments().size(), 1);
        QVERIFY(panel->approveButton()->isEnabled());
        QVERIFY(panel->returnButton()->isEnabled());

        QTest::mouseClick(panel->approveButton(), Qt::LeftButton);
        QVERIFY2(panel->errorText().isEmpty(), qPrintable(panel->errorText()));
        const Article approved = library().articles().byId(id).value();
        QCOMPARE(approved.status, ArticleStatus::Approved);
        QCOMPARE(approved.approvedByName, DemoNewsroom::ChiefEditor);
        QCOMPARE(panel->commentThread()->comments().size(), 1);
        QCOMPARE(library().review().commentsOf(id).value().size(), 1);
        QVERIFY(!panel->approveButton()->isEnabled());
        QVERIFY(!panel->noticeText().isEmpty());
        QVERIFY(!itemFor(m_window->reviewQueue()->list(), id)); // left the queue
    }

    void panel_comparesWithThePreviousReview_orTheLiveApproval()
    {
        // Returned, fixed and resubmitted: the resubmission against the return.
        const qint64 id = submitted(u"来回的稿"_s); // v1 create, v2 submit
        Workflow chief(library(), user(DemoNewsroom::ChiefEditor));
        Workflow lin(library(), user(u"林晓"_s));
        QVERIFY(chief.returnToAuthor(id, u"补充数据"_s)); // v3
        Article fixed = library().articles().byId(id).value();
        fixed.body = u"<p>补充了数据的正文。</p>"_s;
        QVERIFY(lin.save(fixed)); // v4
        QVERIFY(lin.submit(id)); // v5
        signInAs(DemoNewsroom::ChiefEditor);
        ReviewPanel *panel = m_window->reviewActions()->openReview(id);
        QCOMPARE(panel->beforeVersion(), 3);
        QCOMPARE(panel->afterVersion(), 5);
        QVERIFY(!panel->diffView()->diff().identical());

        // Approved, then edited and submitted again: the staged edit against what is live.
        QTest::mouseClick(panel->approveButton(), Qt::LeftButton); // v6, approved
        const Article live = library().articles().byId(id).value();
        QCOMPARE(live.status, ArticleStatus::Approved);
        Article edit = live;
        edit.title = u"来回的稿（更新）"_s;
        QVERIFY(chief.save(edit)); // v7, a staged edit
        QVERIFY(chief.submit(id)); // v8
        panel->reload();
        QVERIFY(panel->article().pending.has_value());
        QCOMPARE(panel->beforeVersion(), 6);
        QCOMPARE(panel->afterVersion(), 8);
        QVERIFY(panel->approveButton()->isEnabled());
        // Any two revisions on request.
        panel->compare(1, 2);
        QCOMPARE(panel->beforeVersion(), 1);
        QCOMPARE(panel->afterVersion(), 2);
    }

    void return_requiresAComment_whichReachesThreadAndAuditLog()
    {
        const qint64 id = submitted(u"要退回的稿"_s);
        signInAs(DemoNewsroom::ChiefEditor);
        ReviewPanel *panel = m_window->reviewActions()->openReview(id);
        QVERIFY(panel);
        Dialogs::setNextText(u"  "_s);
        QTest::mouseClick(panel->returnButton(), Qt::LeftButton);
        QVERIFY2(panel->errorText().contains(u"comment"_s), qPrintable(panel->errorText()));
        QCOMPARE(library().articles().byId(id).value().status, ArticleStatus::Submitted);

        Dialogs::setNextText(u"请补充消息来源。"_s);
        QTest::mouseClick(panel->returnButton(), Qt::LeftButton);
        QVERIFY2(panel->errorText().isEmpty(), qPrintable(panel->errorText()));
        QCOMPARE(library().articles().byId(id).value().status, ArticleStatus::Returned);
        QVERIFY(panel->commentThread()->thread()->toPlainText().contains(u"请补充消息来源。"_s));
        QCOMPARE(panel->commentThread()->comments().constLast().authorName,
                 DemoNewsroom::ChiefEditor);
        bool audited = false;
        for (const AuditEntry &e : library().history().auditFor(id).value())
            audited = audited || (e.action == u"return"_s && e.detail == u"请补充消息来源。"_s);
        QVERIFY(audited);
        QVERIFY(!panel->returnButton()->isEnabled());
    }

    void savedOnce_isComparedWithNothing_soAllOfItShows()
    {
        // An article that came in submitted in one save (an import, the demo): the panel
        // shows all of it as new rather than "no changes".
        Article a;
        a.title = u"一次成稿"_s;
        a.channelId = library().channels().all().value().at(1).id;
        a.body = u"<p>全新的正文。</p>"_s;
        a.status = ArticleStatus::Submitted;
        const qint64 id = library().articles().create(a, user(u"林晓"_s).id).value();
        signInAs(DemoNewsroom::ChiefEditor);
        ReviewPanel *panel = m_window->reviewActions()->openReview(id);
        QVERIFY(panel);
        QCOMPARE(panel->beforeVersion(), 0);
        QCOMPARE(panel->afterVersion(), 1);
        QVERIFY(!panel->diffView()->diff().identical());
        QVERIFY(panel->diffView()->diff().body.changed);
    }

    void editor_seesApproveDisabled_withTheReason()
    {
        const qint64 id = submitted(u"编辑看的稿"_s);
        signInAs(u"陈静"_s);
        ReviewPanel *panel = m_window->reviewActions()->openReview(id);
        QVERIFY(panel);
        QVERIFY(!panel->approveButton()->isEnabled());
        QVERIFY(!panel->returnButton()->isEnabled());
        QVERIFY(!panel->approveButton()->toolTip().isEmpty());
        m_window->libraryView()->articleView()->selectIds({id}, id);
        QAction *approve = m_window->action(Actions::Id::Approve);
        QVERIFY(!approve->isEnabled());
        QVERIFY(approve->statusTip().contains(u"陈静"_s));
        QVERIFY(m_window->action(Actions::Id::History)->isEnabled());
        // The chief editor signing in on the same window may.
        signInAs(DemoNewsroom::ChiefEditor);
        QVERIFY(panel->approveButton()->isEnabled());
        QVERIFY(approve->isEnabled());
    }

    void stalePanel_refusesToApprove_andReloads()
    {
        const qint64 id = submitted(u"会变的稿"_s);
        signInAs(DemoNewsroom::ChiefEditor);
        ReviewPanel *panel = m_window->reviewActions()->openReview(id);
        QVERIFY(panel);
        const int shown = panel->shownVersion();
        // Someone changes it after the panel was opened.
        Article changed = library().articles().byId(id).value();
        changed.title = u"会变的稿（改）"_s;
        QVERIFY(library().articles().save(changed, user(u"林晓"_s).id, u"save"_s));

        QTest::mouseClick(panel->approveButton(), Qt::LeftButton);
        QVERIFY2(panel->errorText().contains(u"changed while you reviewed"_s),
                 qPrintable(panel->errorText()));
        QCOMPARE(library().articles().byId(id).value().status, ArticleStatus::Submitted);
        QCOMPARE(panel->shownVersion(), shown + 1);
        QCOMPARE(panel->article().title, u"会变的稿（改）"_s);
        // What it shows now may be approved.
        QTest::mouseClick(panel->approveButton(), Qt::LeftButton);
        QCOMPARE(library().articles().byId(id).value().status, ArticleStatus::Approved);
    }

    void history_restoreCreatesANewRevision()
    {
        signInAs(u"林晓"_s);
        Workflow lin(library(), user(u"林晓"_s));
        const qint64 id = create(lin, u"原来的标题"_s);
        Article edited = library().articles().byId(id).value();
        edited.title = u"改过的标题"_s;
        QVERIFY(lin.save(edited));
        m_window->libraryView()->refresh();
        m_window->libraryView()->articleView()->selectIds({id}, id);
        QAction *history = m_window->action(Actions::Id::History);
        QVERIFY(history->isEnabled());
        history->trigger();
        ReviewPanel *panel = m_window->reviewActions()->panel(id);
        QVERIFY(panel);
        QCOMPARE(panel->tabs()->currentWidget(), panel->historyView());
        HistoryView *view = panel->historyView();
        QCOMPARE(view->entries().size(), 2);
        view->selectVersions({1, 2});
        QVERIFY(!view->diffView()->diff().identical());
        view->selectVersions({1});
        QVERIFY(view->restoreButton()->isEnabled());
        QTest::mouseClick(view->restoreButton(), Qt::LeftButton);
        QVERIFY2(panel->errorText().isEmpty(), qPrintable(panel->errorText()));
        const Article restored = library().articles().byId(id).value();
        QCOMPARE(restored.title, u"原来的标题"_s);
        QCOMPARE(restored.version, 3);
        QCOMPARE(view->entries().size(), 3);
        QVERIFY(view->entries().constLast().detail.contains(u'1'));

        // A restore the person may not make is refused, and says why.
        signInAs(u"陈静"_s);
        view->selectVersions({2});
        QTest::mouseClick(view->restoreButton(), Qt::LeftButton);
        QVERIFY(panel->errorText().contains(u"not restored"_s));
        QCOMPARE(library().articles().byId(id).value().version, 3);
    }

    void approveAction_onSeveral_isAllOrNothing()
    {
        const qint64 a = submitted(u"甲稿"_s);
        const qint64 b = submitted(u"乙稿"_s);
        Workflow lin(library(), user(u"林晓"_s));
        const qint64 draft = create(lin, u"丙稿"_s);
        signInAs(DemoNewsroom::ChiefEditor);
        m_window->libraryView()->refresh();
        m_window->libraryView()->articleView()->selectIds({a, b, draft}, a);
        QCOMPARE(m_window->libraryView()->selectedIds().size(), 3);
        QAction *approve = m_window->action(Actions::Id::Approve);
        QVERIFY(approve->isEnabled());
        Dialogs::setNextAnswer(QMessageBox::Ok);
        approve->trigger();
        QVERIFY2(Dialogs::lastMessage().contains(u"refused"_s), qPrintable(Dialogs::lastMessage()));
        for (qint64 id : {a, b})
            QCOMPARE(library().articles().byId(id).value().status, ArticleStatus::Submitted);

        m_window->libraryView()->articleView()->selectIds({a, b}, a);
        approve->trigger();
        for (qint64 id : {a, b})
            QCOMPARE(library().articles().byId(id).value().status, ArticleStatus::Approved);
        QVERIFY(!itemFor(m_window->reviewQueue()->list(), a));
    }

    void withdrawAction_asksAReason_andConfirms()
    {
        const qint64 id = submitted(u"要撤的稿"_s);
        QVERIFY(Workflow(library(), user(DemoNewsroom::ChiefEditor)).approve(id));
        signInAs(DemoNewsroom::ChiefEditor);
        m_window->libraryView()->refresh();
        m_window->libraryView()->articleView()->selectIds({id}, id);
        QAction *withdraw = m_window->action(Actions::Id::Withdraw);
        QVERIFY(withdraw->isEnabled());
        // Not confirmed: nothing changes.
        Dialogs::setNextText(u"信息有误"_s);
        Dialogs::setNextAnswer(QMessageBox::No);
        withdraw->trigger();
        QCOMPARE(library().articles().byId(id).value().status, ArticleStatus::Approved);
        Dialogs::setNextText(u"信息有误"_s);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        withdraw->trigger();
        QCOMPARE(library().articles().byId(id).value().status, ArticleStatus::Withdrawn);
        QCOMPARE(library().review().commentsOf(id).value().constLast().body, u"信息有误"_s);
    }

    void relativeTime_data()
    {
        QTest::addColumn<int>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << 20 << u"just now"_s;
        QTest::newRow("minutes") << 5 * 60 + 10 << u"5 min ago"_s;
        QTest::newRow("hours") << 3 * 3600 << u"3 h ago"_s;
        QTest::newRow("days") << 4 * 24 * 3600 << u"4 day(s) ago"_s;
        QTest::newRow("future clock skew") << -30 << u"just now"_s;
    }

    void relativeTime()
    {
        QFETCH(int, secondsAgo);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC);
        QCOMPARE(ReviewQueueView::relativeTime(now.addSecs(-secondsAgo), now), expected);
    }

private:
    Library &library() { return *m_session->library(); }
    User user(const QString &name) { return library().users().byName(name).value(); }
    void signInAs(const QString &name) { m_session->setCurrentUser(user(name)); }

    qint64 create(Workflow &workflow, const QString &title)
    {
        Article article;
        article.title = title;
        article.author = u"记者"_s;
        article.channelId = library().channels().all().value().constLast().id;
        article.body = u"<p>%1的正文。</p>"_s.arg(title);
        const Result<qint64> id = workflow.create(article);
        if (!id)
            qWarning("%s", qPrintable(id.error().message()));
        return id.valueOr(0);
    }

    // An article written and submitted by 林晓.
    qint64 submitted(const QString &title)
    {
        Workflow lin(library(), user(u"林晓"_s));
        const qint64 id = create(lin, title);
        const Result<Article> done = lin.submit(id);
        if (!done)
            qWarning("%s", qPrintable(done.error().message()));
        m_window->reviewQueue()->refresh();
        m_window->libraryView()->refresh();
        return id;
    }

    static QTreeWidgetItem *itemFor(QTreeWidget *list, qint64 id)
    {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            if (item->data(ReviewQueueView::TitleColumn, Qt::UserRole).toLongLong() == id)
                return item;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_created = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
