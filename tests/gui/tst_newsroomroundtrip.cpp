#include "common/dialogs.h"
#include "demo/demonewsroom.h"
#include "editor/articleeditor.h"
#include "editor/bodyeditor.h"
#include "editor/editortabs.h"
#include "export/exportdialog.h"
#include "export/exporter.h"
#include "library/librarysession.h"
#include "mainwindow/mainwindow.h"
#include "mainwindowfixture.h"
#include "people/signindialog.h"
#include "review/commentthreadview.h"
#include "review/reviewactions.h"
#include "review/reviewpanel.h"
#include "review/reviewqueueview.h"
#include "review/revisiondiffview.h"
#include "storage/library.h"
#include "typing.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The whole newsroom round trip in the window, offscreen, switching people through the sign-in
// dialog as a shared desktop would: an editor writes and submits, the chief editor returns it
// with a comment, the editor fixes and resubmits, the chief approves, and the export shows the
// chief as 责任编辑 on the page.
class TestNewsroomRoundTrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_gui.createDemoLibrary(u"newsroom.newsdesk"_s, 10);
        m_gui.openWindow(m_path);
    }

    void cleanupTestCase() { m_gui.closeWindow(); }

    void editorSubmits_chiefReturns_editorResubmits_chiefApproves_exportShowsTheChief()
    {
        // 林晓 writes a new article and submits it from the editor.
        switchTo(u"林晓"_s, QString());
        action(u"action.article.new"_s)->trigger();
        ArticleEditor *editor = window()->editorTabs()->currentEditor();
        QVERIFY(editor);
        auto *title = editor->findChild<QLineEdit *>(u"editor.title"_s);
        title->setFocus();
        Test::typeText(title, u"社区食堂开张"_s);
        QTextEdit *body = editor->bodyEditor()->textEdit();
        body->setFocus();
        Test::typeText(body, u"社区食堂今天开张，每份午餐十二元。"_s);
        QTest::mouseClick(button(editor, u"editor.submit"_s), Qt::LeftButton);
        const qint64 id = editor->articleId();
        QVERIFY(id > 0);
        QCOMPARE(article(id).status, ArticleStatus::Submitted);
        QCOMPARE(article(id).createdById, user(u"林晓"_s).id);
        QVERIFY(editor->isReadOnly()); // waiting for review
        QVERIFY(window()->editorTabs()->closeEditor(editor));

        // 北风 signs in with the password, finds it in the queue and returns it.
        switchTo(DemoNewsroom::ChiefEditor, DemoNewsroom::DemoPassword);
        QTRY_VERIFY(window()->reviewQueue()->isVisible());
        QVERIFY(queueIds().contains(id));
        ReviewPanel *panel = window()->reviewActions()->openReview(id);
        QVERIFY(panel);
        QVERIFY(panel->approveButton()->isEnabled());
        Dialogs::setNextText(u"请写明开张时间和地址。"_s);
        QTest::mouseClick(panel->returnButton(), Qt::LeftButton);
        QVERIFY2(panel->errorText().isEmpty(), qPrintable(panel->errorText()));
        QCOMPARE(article(id).status, ArticleStatus::Returned);
        panel->close();
        QVERIFY(!queueIds().contains(id));

        // 林晓 reads the comment, fixes the article and submits it again.
        switchTo(u"林晓"_s, QString());
        editor = window()->editorTabs()->openArticle(id);
        QVERIFY(editor);
        QVERIFY(!editor->isReadOnly());
        const QList<ReviewComment> comments = session()->library()->history().comments(id).value();
        QCOMPARE(comments.constLast().body, u"请写明开张时间和地址。"_s);
        body = editor->bodyEditor()->textEdit();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        Test::typeText(body, u"食堂位于和平路18号，上午十一点开门。"_s);
        QTest::mouseClick(button(editor, u"editor.submit"_s), Qt::LeftButton);
        QCOMPARE(article(id).status, ArticleStatus::Submitted);
        QVERIFY(article(id).body.contains(u"和平路18号"_s));
        QVERIFY(window()->editorTabs()->closeEditor(editor));

        // An editor cannot approve it, whatever the entry point.
        panel = window()->reviewActions()->openReview(id);
        QVERIFY(!panel->approveButton()->isEnabled());
        panel->close();

        // 北风 approves it from the queue's panel.
        switchTo(DemoNewsroom::ChiefEditor, DemoNewsroom::DemoPassword);
        QTRY_VERIFY(queueIds().contains(id));
        panel = window()->reviewActions()->openReview(id);
        QVERIFY(!panel->diffView()->diff().identical()); // the fix against what was returned
        QTest::mouseClick(panel->approveButton(), Qt::LeftButton);
        QVERIFY2(panel->errorText().isEmpty(), qPrintable(panel->errorText()));
        panel->close();
        const Article approved = article(id);
        QCOMPARE(approved.status, ArticleStatus::Approved);
        QCOMPARE(approved.approvedByName, DemoNewsroom::ChiefEditor);

        // The export publishes it, with 北风 as the page's 责任编辑.
        ExportOptions options;
        options.target = m_gui.dir().filePath(u"site"_s);
        options.user = session()->currentUser();
        const Result<ExportSummary> exported = Exporter::run(*session()->library(), options);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message()));
        QVERIFY(exported.value().published.contains(id));
        QCOMPARE(article(id).status, ArticleStatus::Published);
        const QString page = pageOf(options.target, id);
        QVERIFY2(!page.isEmpty(), "the article's page is in the bundle");
        const QString html = readText(page);
        QVERIFY(html.contains(u"和平路18号"_s));
        QVERIFY2(html.contains(u"责任编辑"_s) && html.contains(DemoNewsroom::ChiefEditor),
                 "the page names the approving chief editor");

        // The export itself is on the record, by the chief editor who ran it.
        AuditFilter exports;
        exports.action = u"export"_s;
        const QList<AuditRow> exportRows =
                session()->library()->history().auditLog(exports).value();
        QCOMPARE(exportRows.size(), 1);
        QCOMPARE(exportRows.first().entry.userId, user(DemoNewsroom::ChiefEditor).id);
        QVERIFY(exportRows.first().entry.detail.contains(options.target));

        // The record: every step, by whom.
        QStringList steps;
        for (const AuditEntry &e : session()->library()->history().auditFor(id).value())
            steps.append(e.action);
        for (const QString &step : {u"create"_s, u"submit"_s, u"return"_s, u"approve"_s,
                                    u"publish"_s})
            QVERIFY2(steps.contains(step), qPrintable(steps.join(u", "_s)));
    }

private:
    MainWindow *window() const { return m_gui.window(); }
    LibrarySession *session() const { return m_gui.session(); }

    void switchTo(const QString &name, const QString &password)
    {
        SignInDialog::setAutoAnswer(name, password);
        action(u"action.file.switchUser"_s)->trigger();
        QTRY_VERIFY(session()->currentUser() && session()->currentUser()->name == name);
    }

    QAction *action(const QString &name) const
    {
        auto *found = window()->findChild<QAction *>(name);
        if (!found)
            qFatal("no action %s", qPrintable(name));
        return found;
    }

    static QPushButton *button(QWidget *parent, const QString &name)
    {
        return parent->findChild<QPushButton *>(name);
    }

    Article article(qint64 id) const { return session()->library()->articles().byId(id).value(); }
    User user(const QString &name) const
    {
        return session()->library()->users().byName(name).value();
    }

    QList<qint64> queueIds() const
    {
        QList<qint64> ids;
        for (const ReviewQueueEntry &item : session()->library()->review().queue().value())
            ids.append(item.articleId);
        return ids;
    }

    static QString pageOf(const QString &site, qint64 id)
    {
        QDirIterator it(site, {u"%1.html"_s.arg(id)}, QDir::Files, QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

    static QString readText(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    Test::MainWindowFixture m_gui;
    QString m_path;
};

QTEST_MAIN(TestNewsroomRoundTrip)
#include "tst_newsroomroundtrip.moc"
