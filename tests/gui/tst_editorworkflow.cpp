#include "common/dialogs.h"
#include "demo/demonewsroom.h"
#include "editor/articleeditor.h"
#include "editor/bodyeditor.h"
#include "editor/editoraccess.h"
#include "editor/editortabs.h"
#include "editor/workflowbar.h"
#include "library/articletablemodel.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindowfixture.h"
#include "storage/leaserepository.h"
#include "storage/library.h"
#include "storage/publicationrepository.h"
#include "testlibrary.h"
#include "typing.h"
#include "workflow/workflow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The article editor under the editorial workflow, offscreen in the main window: saves go
// through the Workflow as the person signed in, opening takes the edit lease, and what the
// person may not do leaves the editor read-only with the reason. A second connection to the
// same library file plays the other desktop.
class TestEditorWorkflow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_libraryPath = m_gui.createDemoLibrary(u"lib-%1.newsdesk"_s.arg(++m_count), 4);
        if (!m_gui.openWindow(m_libraryPath))
            return;
        // The demo library opens signed in as an editor.
        QVERIFY(session()->currentUser());
        QCOMPARE(session()->currentUser()->name, u"林晓"_s);
        m_other = Test::openLibrary(m_libraryPath);
        QVERIFY(m_other);
    }

    void cleanup()
    {
        m_other.reset();
        QVERIFY(m_gui.closeWindow());
    }

    void othersArticle_opensReadOnlyWithTheReason()
    {
        const qint64 id = draftBy(u"陈静"_s, u"陈静的稿子"_s);
        ArticleEditor *editor = tabs()->openArticle(id);
        QVERIFY(editor);
        QVERIFY(editor->isReadOnly());
        QVERIFY2(banner(editor).contains(u"only its author or a chief editor"_s),
                 qPrintable(banner(editor)));
        QVERIFY(!field<QLineEdit>(editor, u"editor.title"_s)->isEnabled());
        QTextEdit *body = editor->bodyEditor()->textEdit();
        QVERIFY(body->isReadOnly());
        QVERIFY(!editor->canUndo());
        // The text can still be copied.
        body->selectAll();
        body->copy();
        QCOMPARE(QApplication::clipboard()->text(), u"正文。"_s);
        QVERIFY(!button(editor, u"editor.submit"_s)->isEnabled());
        // Nobody leases what they may not edit.
        QVERIFY(!leaseOf(id));
        // Ctrl+S does nothing (nothing was changed, so no copy is offered).
        QVERIFY(!editor->save());
    }

    void submittedArticle_isReadOnlyForItsAuthor()
    {
        const qint64 id = draftBy(u"林晓"_s, u"待审稿"_s);
        QVERIFY(Workflow(*m_other, user(u"林晓"_s)).submit(id));
        ArticleEditor *editor = tabs()->openArticle(id);
        QVERIFY(editor->isReadOnly());
        QVERIFY2(banner(editor).contains(u"waiting for review"_s), qPrintable(banner(editor)));
    }

    void open_takesTheLease_andClose_releasesIt()
    {
        const qint64 id = draftBy(u"林晓"_s, u"我的稿子"_s);
        ArticleEditor *editor = tabs()->openArticle(id);
        QVERIFY(!editor->isReadOnly());
        const std::optional<Lease> lease = leaseOf(id);
        QVERIFY(lease);
        QCOMPARE(lease->userName, u"林晓"_s);
        QVERIFY(lease->isActiveAt(QDateTime::currentDateTimeUtc()));
        QVERIFY(editor->access()->holdsLease());
        QVERIFY(tabs()->closeEditor(editor));
        QVERIFY(!leaseOf(id));
    }

    void leasedBySomeoneElse_opensReadOnly_andListShowsWho()
    {
        const qint64 id = draftBy(u"林晓"_s, u"被占用的稿子"_s);
        QVERIFY(Workflow(*m_other, user(DemoNewsroom::ChiefEditor)).takeLease(id));
        ArticleEditor *editor = tabs()->openArticle(id);
        QVERIFY(editor->isReadOnly());
        QVERIFY2(banner(editor).startsWith(u"Being edited by 北风 since "_s),
                 qPrintable(banner(editor)));
        QVERIFY(button(editor, u"editor.tryAgain"_s)->isVisibleTo(editor));
        QVERIFY(!button(editor, u"editor.takeOver"_s)->isVisibleTo(editor));
        // The library list marks it.
        window()->libraryView()->refreshLeases();
        ArticleTableModel *model = window()->libraryView()->articleModel();
        const QModelIndex index = model->indexOf(id);
        QVERIFY(index.isValid());
        QCOMPARE(model->data(index, ArticleTableModel::EditedByRole).toString(), u"北风"_s);
        QVERIFY(model->data(index, Qt::ToolTipRole).toString().contains(u"being edited by 北风"_s));
        QVERIFY(!model->data(index, Qt::DecorationRole).isNull());
        // Once they close it, Try Again makes the editor editable.
        QVERIFY(Workflow(*m_other, user(DemoNewsroom::ChiefEditor)).releaseLease(id));
        QTest::mouseClick(button(editor, u"editor.tryAgain"_s), Qt::LeftButton);
        QVERIFY(!editor->isReadOnly());
        QCOMPARE(leaseOf(id)->userName, u"林晓"_s);
        // One's own lease is no indicator.
        window()->libraryView()->refreshLeases();
        QVERIFY(model->data(index, ArticleTableModel::EditedByRole).toString().isEmpty());
    }

    void chiefTakesOver_editorTurnsReadOnly_keepsTextAndSavesACopy()
    {
        const qint64 id = draftBy(u"林晓"_s, u"接管前"_s);
        ArticleEditor *editor = tabs()->openArticle(id);
        QVERIFY(!editor->isReadOnly());
        auto *title = field<QLineEdit>(editor, u"editor.title"_s);
        title->setFocus();
        title->end(false);
        Test::typeText(title, u" 未保存"_s);
        QVERIFY(editor->isModified());
        QVERIFY(Workflow(*m_other, user(DemoNewsroom::ChiefEditor)).takeOverLease(id));
        editor->access()->renew(); // what the renewal timer does
        QVERIFY(editor->isReadOnly());
        QVERIFY2(banner(editor).contains(u"北风 took over"_s), qPrintable(banner(editor)));
        QCOMPARE(editor->currentArticle().title, u"接管前 未保存"_s);
        QVERIFY(editor->isModified());
        QVERIFY(!editor->access()->holdsLease());
        QCOMPARE(leaseOf(id)->userName, u"北风"_s);
        QPushButton *saveCopy = button(editor, u"editor.saveCopy"_s);
        QVERIFY(saveCopy->isVisibleTo(editor));
        QTest::mouseClick(saveCopy, Qt::LeftButton);
        QVERIFY(editor->articleId() != id);
        QCOMPARE(library().articles().byId(editor->articleId()).value().title, u"接管前 未保存"_s);
        QCOMPARE(library().articles().byId(id).value().title, u"接管前"_s);
        // The copy is the person's own draft: editable, and leased.
        QVERIFY(!editor->isReadOnly());
        QCOMPARE(leaseOf(editor->articleId())->userName, u"林晓"_s);
    }

    void saveWhileSomeoneElseHoldsTheLease_offersACopy()
    {
        const qint64 id = draftBy(u"林晓"_s, u"抢先"_s);
        ArticleEditor *editor = tabs()->openArticle(id);
        auto *title = field<QLineEdit>(editor, u"editor.title"_s);
        title->setFocus();
        title->end(false);
        Test::typeText(title, u"!"_s);
        // Taken over, and saved before the renewal noticed.
        QVERIFY(Workflow(*m_other, user(DemoNewsroom::ChiefEditor)).takeOverLease(id));
        Dialogs::setNextAnswer(QMessageBox::No);
        QVERIFY(!editor->save());
        QVERIFY2(Dialogs::lastMessage().contains(u"being edited by 北风"_s),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(editor->currentArticle().title, u"抢先!"_s);
        QCOMPARE(library().articles().byId(id).value().title, u"抢先"_s);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(editor->save());
        QVERIFY(editor->articleId() != id);
        QCOMPARE(library().articles().byId(editor->articleId()).value().title, u"抢先!"_s);
    }

    void chief_takeOverButton_confirmsAndMakesTheEditorEditable()
    {
        const qint64 id = draftBy(u"林晓"_s, u"林晓在写"_s);
        QVERIFY(Workflow(*m_other, user(u"林晓"_s)).takeLease(id));
        session()->setCurrentUser(user(DemoNewsroom::ChiefEditor));
        ArticleEditor *editor = tabs()->openArticle(id);
        QVERIFY(editor->isReadOnly());
        QVERIFY(banner(editor).startsWith(u"Being edited by 林晓"_s));
        QPushButton *takeOver = button(editor, u"editor.takeOver"_s);
        QVERIFY(takeOver->isVisibleTo(editor));
        Dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(takeOver, Qt::LeftButton);
        QVERIFY(editor->isReadOnly());
        QCOMPARE(leaseOf(id)->userName, u"林晓"_s);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(takeOver, Qt::LeftButton);
        QVERIFY(!editor->isReadOnly());
        QCOMPARE(leaseOf(id)->userName, u"北风"_s);
        QVERIFY(field<QLineEdit>(editor, u"editor.title"_s)->isEnabled());
    }

    void stagedEdit_keepsThePublishedVersionLive()
    {
        const qint64 id = draftBy(u"林晓"_s, u"已发布的稿子"_s);
        const User chief = user(DemoNewsroom::ChiefEditor);
        QVERIFY(Workflow(*m_other, user(u"林晓"_s)).submit(id));
        Result<Article> approved = Workflow(*m_other, chief).approve(id);
        QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message()));
        const QList<PublicationRepository::Exported> exported {{id, approved.value().version}};
        QVERIFY(m_other->publication().markPublished(exported, chief.id, u"test"_s));
        ArticleEditor *editor = tabs()->openArticle(id);
        QVERIFY(!editor->isReadOnly());
        QVERIFY(banner(editor).contains(u"the published version stays live"_s));
        auto *title = field<QLineEdit>(editor, u"editor.title"_s);
        title->setFocus();
        title->selectAll();
        Test::typeText(title, u"改过的标题"_s);
        QVERIFY(editor->save());
        const Article stored = library().articles().byId(id).value();
        QCOMPARE(stored.status, ArticleStatus::Published);
        QVERIFY(stored.pending == ArticleStatus::Draft);
        QCOMPARE(stored.title, u"改过的标题"_s);
        Result<Article> live = library().publication().approvedVersion(id);
        QVERIFY2(live, live ? "" : qPrintable(live.error().message()));
        QCOMPARE(live.value().title, u"已发布的稿子"_s);
        QVERIFY2(banner(editor).startsWith(
                         u"Published version stays live until this edit is approved"_s),
                 qPrintable(banner(editor)));
        QVERIFY(stateText(editor).contains(u"edit"_s));
        // The staged edit can go to review from the editor.
        QVERIFY(button(editor, u"editor.submit"_s)->isEnabled());
    }

    void editor_cannotToggleTheFrontPage_chiefCan()
    {
        const qint64 id = draftBy(u"林晓"_s, u"头条候选"_s);
        ArticleEditor *editor = tabs()->openArticle(id);
        auto *headline = field<QCheckBox>(editor, u"editor.flag.h"_s);
        QVERIFY(!headline->isEnabled());
        QCOMPARE(headline->toolTip(), u"Only a chief editor arranges the front page"_s);
        QVERIFY(!field<QSpinBox>(editor, u"editor.weight"_s)->isEnabled());
        QTest::mouseClick(headline, Qt::LeftButton);
        QVERIFY(!headline->isChecked());
        // Flags that are not the front page's stay the editor's.
        QVERIFY(field<QCheckBox>(editor, u"editor.flag.b"_s)->isEnabled());
        QVERIFY(tabs()->closeEditor(editor));

        session()->setCurrentUser(user(DemoNewsroom::ChiefEditor));
        editor = tabs()->openArticle(id);
        headline = field<QCheckBox>(editor, u"editor.flag.h"_s);
        QVERIFY(headline->isEnabled());
        QTest::mouseClick(headline, Qt::LeftButton);
        QVERIFY(headline->isChecked());
        QVERIFY(editor->save());
        QVERIFY(library().articles().byId(id).value().flags.testFlag(ArticleFlag::Headline));
    }

    void submit_savesFirstThenSubmits()
    {
        const qint64 id = draftBy(u"林晓"_s, u"要提交的"_s);
        ArticleEditor *editor = tabs()->openArticle(id);
        QVERIFY(stateText(editor).contains(u"Draft"_s));
        auto *title = field<QLineEdit>(editor, u"editor.title"_s);
        title->setFocus();
        title->end(false);
        Test::typeText(title, u"稿"_s);
        QPushButton *submit = button(editor, u"editor.submit"_s);
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        const Article stored = library().articles().byId(id).value();
        QCOMPARE(stored.status, ArticleStatus::Submitted);
        QCOMPARE(stored.title, u"要提交的稿"_s);
        QVERIFY(!editor->isModified());
        // Waiting for review: no longer the editor's to change.
        QVERIFY(editor->isReadOnly());
        QVERIFY(stateText(editor).contains(u"Submitted"_s));
        QVERIFY(!submit->isEnabled());
        QVERIFY(!leaseOf(id));
    }

    void refusedSave_showsTheReasonAndKeepsTheText()
    {
        const qint64 id = draftBy(u"林晓"_s, u"将被退回"_s);
        ArticleEditor *editor = tabs()->openArticle(id);
        auto *title = field<QLineEdit>(editor, u"editor.title"_s);
        title->setFocus();
        title->end(false);
        Test::typeText(title, u"再改"_s);
        // Meanwhile it went to review from elsewhere (the lease does not stop state changes).
        QVERIFY(Workflow(*m_other, user(u"林晓"_s)).submit(id));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!editor->save());
        QVERIFY2(Dialogs::lastMessage().contains(u"waiting for review"_s),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(editor->currentArticle().title, u"将被退回再改"_s);
        QVERIFY(editor->isModified());
    }

    void switchingUser_releasesTheLeaseAndDecidesAgain()
    {
        const qint64 id = draftBy(u"林晓"_s, u"换人"_s);
        ArticleEditor *editor = tabs()->openArticle(id);
        QCOMPARE(leaseOf(id)->userName, u"林晓"_s);
        session()->setCurrentUser(user(u"陈静"_s));
        QVERIFY(editor->isReadOnly());
        QVERIFY(!leaseOf(id));
        session()->setCurrentUser(user(DemoNewsroom::ChiefEditor));
        QVERIFY(!editor->isReadOnly());
        QCOMPARE(leaseOf(id)->userName, u"北风"_s);
    }

private:
    MainWindow *window() const { return m_gui.window(); }
    LibrarySession *session() const { return m_gui.session(); }

    Library &library() { return *session()->library(); }
    EditorTabs *tabs() { return window()->editorTabs(); }

    User user(const QString &name)
    {
        Result<User> found = m_other->users().byName(name);
        if (!found)
            qFatal("no user %s", qPrintable(name));
        return found.value();
    }

    // A new draft written by name, through the other connection.
    qint64 draftBy(const QString &name, const QString &title)
    {
        Article a;
        a.title = title;
        a.body = u"<p>正文。</p>"_s;
        a.channelId = m_other->channels().all().value().constFirst().id;
        Result<qint64> id = Workflow(*m_other, user(name)).create(a);
        if (!id)
            qFatal("cannot create: %s", qPrintable(id.error().message()));
        window()->libraryView()->refresh();
        return id.value();
    }

    std::optional<Lease> leaseOf(qint64 id)
    {
        Result<std::optional<Lease>> lease = LeaseRepository(m_other->database()).of(id);
        if (!lease)
            qFatal("leases: %s", qPrintable(lease.error().message()));
        return lease.value();
    }

    template<typename T>
    T *field(ArticleEditor *editor, const QString &name)
    {
        T *widget = editor->findChild<T *>(name);
        if (!widget)
            qFatal("no field %s", qPrintable(name));
        return widget;
    }

    QPushButton *button(ArticleEditor *editor, const QString &name)
    {
        return field<QPushButton>(editor, name);
    }

    QString banner(ArticleEditor *editor) { return editor->workflowBar()->bannerText(); }
    QString stateText(ArticleEditor *editor) { return editor->workflowBar()->stateText(); }

    Test::MainWindowFixture m_gui;
    int m_count = 0;
    QString m_libraryPath;
    std::unique_ptr<Library> m_other;
};

QTEST_MAIN(TestEditorWorkflow)
#include "tst_editorworkflow.moc"
