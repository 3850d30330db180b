#include "common/dialogs.h"
#include "config/paths.h"
#include "demo/demonewsroom.h"
#include "editor/articledocument.h"
#include "editor/articleeditor.h"
#include "editor/bodyeditor.h"
#include "editor/conflictdialog.h"
#include "editor/editortabs.h"
#include "editor/recoverydialog.h"
#include "editor/versioncompareview.h"
#include "library/articlelistview.h"
#include "library/articletablemodel.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindowfixture.h"
#include "people/signindialog.h"
#include "recovery/recoverystore.h"
#include "storage/library.h"
#include "typing.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// Offscreen tests of the article editor in the main window: real widgets typed into with
// QTest, actions triggered by object name, message boxes answered through the Dialogs seam.
class TestArticleEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_libraryPath = m_gui.createDemoLibrary(u"lib-%1.newsdesk"_s.arg(++m_count), 6);
        if (!m_gui.openWindow(m_libraryPath, Test::MainWindowFixture::Focus::Active))
            return;
        signInAsChief();
        m_articleId = library().articles().list({}).value().constFirst().id;
    }

    // Closes without questions, leaving no recovery entries behind.
    void cleanup() { QVERIFY(m_gui.closeWindow()); }

    void doubleClickInList_opensTheArticleOnce()
    {
        ArticleListView *list = window()->libraryView()->articleView();
        const QModelIndex first = list->model()->index(0, 0);
        const qint64 id = window()->libraryView()->articleModel()->idAt(0);
        const QRect rect = list->visualRect(first);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(tabs()->currentEditor());
        ArticleEditor *editor = tabs()->currentEditor();
        QCOMPARE(editor->articleId(), id);
        const Article stored = library().articles().byId(id).value();
        QCOMPARE(field<QLineEdit>(editor, u"editor.title"_s)->text(), stored.title);
        QCOMPARE(tabs()->tabText(tabs()->currentIndex()).left(5), stored.title.left(5));
        // Opening it again (Enter in the list, or the action) shows the same editor.
        tabs()->setCurrentIndex(0);
        list->setFocus();
        list->setCurrentIndex(first);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(tabs()->currentEditor(), editor);
        tabs()->setCurrentIndex(0);
        action(u"action.article.open"_s)->trigger();
        QCOMPARE(tabs()->currentEditor(), editor);
        QCOMPARE(tabs()->editors().size(), 1);
        QCOMPARE(tabs()->count(), 2);
    }

    void libraryTab_cannotBeClosed()
    {
        tabs()->openArticle(m_articleId);
        QCOMPARE(tabs()->count(), 2);
        Q_EMIT tabs()->tabCloseRequested(0);
        QCOMPARE(tabs()->count(), 2);
        QCOMPARE(tabs()->widget(0), static_cast<QWidget *>(window()->libraryView()));
        tabs()->tabBar()->moveTab(1, 0);
        QCOMPARE(tabs()->widget(0), static_cast<QWidget *>(window()->libraryView()));
    }

    void typingInFields_undoesAsOneStepPerField()
    {
        ArticleEditor *editor = tabs()->openArticle(m_articleId);
        QVERIFY(editor);
        const QString original = editor->currentArticle().title;
        auto *title = field<QLineEdit>(editor, u"editor.title"_s);
        title->setFocus();
        title->end(false);
        Test::typeText(title, u" 更新 update"_s);
        QCOMPARE(editor->currentArticle().title, original + u" 更新 update"_s);
        auto *author = field<QLineEdit>(editor, u"editor.author"_s);
        const QString originalAuthor = author->text();
        author->setFocus();
        author->selectAll();
        QTest::keyClick(author, Qt::Key_Backspace);
        Test::typeText(author, u"王小二"_s);
        QCOMPARE(editor->currentArticle().author, u"王小二"_s);
        QVERIFY(editor->isModified());
        QVERIFY(tabs()->tabText(tabs()->currentIndex()).endsWith(u" *"_s));

        // Ctrl+Z in a field undoes through the editor's stack, one field at a time.
        QTest::keyClick(author, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->currentArticle().author, originalAuthor);
        QCOMPARE(author->text(), originalAuthor);
        action(u"action.edit.undo"_s)->trigger();
        QCOMPARE(editor->currentArticle().title, original);
        QCOMPARE(title->text(), original);
        QVERIFY(!editor->isModified());
        action(u"action.edit.redo"_s)->trigger();
        QCOMPARE(title->text(), original + u" 更新 update"_s);
        QTest::keyClick(author, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(author->text(), u"王小二"_s);
    }

    void redirectUrl_isEnabledOnlyForTheRedirectFlag()
    {
        ArticleEditor *editor = tabs()->openArticle(m_articleId);
        auto *jump = field<QCheckBox>(editor, u"editor.flag.j"_s);
        auto *url = field<QLineEdit>(editor, u"editor.redirectUrl"_s);
        const bool was = jump->isChecked();
        if (was) {
            jump->click();
            QVERIFY(!url->isEnabled());
        }
        jump->click();
        QVERIFY(url->isEnabled());
        QVERIFY(editor->currentArticle().flags.testFlag(ArticleFlag::Redirect));
        editor->document()->undoStack()->undo();
        QVERIFY(!jump->isChecked());
        QVERIFY(!url->isEnabled());
    }

    void save_writesANewRevision()
    {
        ArticleEditor *editor = tabs()->openArticle(m_articleId);
        const Article before = library().articles().byId(m_articleId).value();
        const qsizetype revisions = library().history().revisions(m_articleId).value().size();
        auto *weight = field<QSpinBox>(editor, u"editor.weight"_s);
        weight->setValue(before.weight + 5);
        QTextEdit *body = editor->bodyEditor()->textEdit();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        Test::typeText(body, u"新的一句话。A new sentence."_s);
        QVERIFY(editor->isModified());

        action(u"action.article.save"_s)->trigger();
        QVERIFY(!editor->isModified());
        const Article after = library().articles().byId(m_articleId).value();
        QCOMPARE(after.version, before.version + 1);
        QCOMPARE(after.weight, before.weight + 5);
        QVERIFY(after.body.contains(u"新的一句话。A new sentence."_s));
        QCOMPARE(library().history().revisions(m_articleId).value().size(), revisions + 1);
        QVERIFY(!tabs()->tabText(tabs()->currentIndex()).endsWith(u" *"_s));
        // The next save starts from the saved version, without a conflict.
        field<QLineEdit>(editor, u"editor.keywords"_s)->setFocus();
        Test::typeText(field<QLineEdit>(editor, u"editor.keywords"_s), u"x"_s);
        action(u"action.article.save"_s)->trigger();
        QCOMPARE(library().articles().byId(m_articleId).value().version, before.version + 2);
    }

    void save_withBadFields_namesTheFields()
    {
        ArticleEditor *editor = tabs()->openArticle(m_articleId);
        const int version = library().articles().byId(m_articleId).value().version;
        auto *jump = field<QCheckBox>(editor, u"editor.flag.j"_s);
        if (!jump->isChecked())
            jump->click();
        auto *url = field<QLineEdit>(editor, u"editor.redirectUrl"_s);
        url->setFocus();
        url->selectAll();
        Test::typeText(url, u"javascript:alert(1)"_s);
        auto *file = field<QLineEdit>(editor, u"editor.fileName"_s);
        file->setFocus();
        Test::typeText(file, u"../etc/passwd"_s);
        editor->document()->change(ArticleField::PublishAt,
                                   QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC));
        editor->document()->change(ArticleField::ExpireAt,
                                   QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        action(u"action.article.save"_s)->trigger();
        const QString message = Dialogs::lastMessage();
        QVERIFY2(message.contains(u"Redirect URL"_s), qPrintable(message));
        QVERIFY2(message.contains(u"File name"_s), qPrintable(message));
        QVERIFY2(message.contains(u"Expiry"_s), qPrintable(message));
        QCOMPARE(library().articles().byId(m_articleId).value().version, version);
        QVERIFY(editor->isModified());
    }

    void conflict_saveMineAsCopy_keepsBothTexts()
    {
        ArticleEditor *editor = tabs()->openArticle(m_articleId);
        Article theirs = library().articles().byId(m_articleId).value();
        theirs.title = u"他们的标题 theirs"_s;
        theirs.body = u"<p>他们的正文 their body</p>"_s;
        QVERIFY(library().articles().save(theirs, session()->currentUser()->id, u"save"_s).ok());

        auto *title = field<QLineEdit>(editor, u"editor.title"_s);
        title->setFocus();
        title->selectAll();
        Test::typeText(title, u"我的标题 mine"_s);
        QTextEdit *body = editor->bodyEditor()->textEdit();
        body->setFocus();
        body->selectAll();
        Test::typeText(body, u"我的正文 my body"_s);

        ConflictDialog::setNextChoice(ConflictDialog::Choice::SaveCopy);
        action(u"action.article.save"_s)->trigger();
        QVERIFY(!editor->isModified());
        QVERIFY(editor->articleId() != m_articleId);
        const Article kept = library().articles().byId(m_articleId).value();
        QCOMPARE(kept.title, u"他们的标题 theirs"_s);
        QVERIFY(kept.body.contains(u"他们的正文"_s));
        const Article copy = library().articles().byId(editor->articleId()).value();
        QCOMPARE(copy.title, u"我的标题 mine"_s);
        QVERIFY(copy.body.contains(u"我的正文 my body"_s));
    }

    void conflict_merge_keepsBothPeoplesChanges()
    {
        ArticleEditor *editor = tabs()->openArticle(m_articleId);
        Article theirs = library().articles().byId(m_articleId).value();
        theirs.title = u"他们改的标题 theirs"_s;
        QVERIFY(library().articles().save(theirs, session()->currentUser()->id, u"save"_s).ok());
        QTextEdit *body = editor->bodyEditor()->textEdit();
        body->setFocus();
        body->selectAll();
        Test::typeText(body, u"我改的正文 my body"_s);

        ConflictDialog::setNextChoice(ConflictDialog::Choice::Merge);
        action(u"action.article.save"_s)->trigger();
        QVERIFY(!editor->isModified());
        const Article saved = library().articles().byId(m_articleId).value();
        QCOMPARE(saved.title, u"他们改的标题 theirs"_s);
        QVERIFY(saved.body.contains(u"我改的正文 my body"_s));
        // The editor shows what was saved, theirs included.
        QCOMPARE(field<QLineEdit>(editor, u"editor.title"_s)->text(), u"他们改的标题 theirs"_s);
        QVERIFY(body->toPlainText().contains(u"我改的正文 my body"_s));
        QCOMPARE(editor->currentArticle().version, saved.version);
    }

    void conflict_overwrite_keepsTheirsInTheRevisions()
    {
        ArticleEditor *editor = tabs()->openArticle(m_articleId);
        Article theirs = library().articles().byId(m_articleId).value();
        theirs.body = u"<p>他们的正文 their body</p>"_s;
        QVERIFY(library().articles().save(theirs, session()->currentUser()->id, u"save"_s).ok());
        QTextEdit *body = editor->bodyEditor()->textEdit();
        body->setFocus();
        body->selectAll();
        Test::typeText(body, u"我的正文 my body"_s);

        // Going back to editing saves nothing.
        ConflictDialog::setNextChoice(ConflictDialog::Choice::Cancel);
        action(u"action.article.save"_s)->trigger();
        QVERIFY(editor->isModified());
        QVERIFY(library().articles().byId(m_articleId).value().body.contains(u"他们的正文"_s));

        ConflictDialog::setNextChoice(ConflictDialog::Choice::Overwrite);
        action(u"action.article.save"_s)->trigger();
        QVERIFY(!editor->isModified());
        const Article saved = library().articles().byId(m_articleId).value();
        QVERIFY(saved.body.contains(u"我的正文 my body"_s));
        bool theirsKept = false;
        for (const Revision &revision : library().history().revisions(m_articleId).value())
            theirsKept =
                    theirsKept || QString::fromUtf8(revision.snapshot).contains(u"他们的正文"_s);
        QVERIFY(theirsKept);
    }

    void closeModified_asksAndCancelKeepsTheEditor()
    {
        ArticleEditor *editor = tabs()->openArticle(m_articleId);
        auto *subtitle = field<QLineEdit>(editor, u"editor.subtitle"_s);
        subtitle->setFocus();
        Test::typeText(subtitle, u"副标题"_s);
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        action(u"action.article.close"_s)->trigger();
        QVERIFY(Dialogs::lastMessage().contains(editor->displayTitle()));
        QCOMPARE(tabs()->editors().size(), 1);

        // Discard closes, and leaves nothing in the recovery store.
        QVERIFY(editor->writeRecovery());
        QCOMPARE(recoveryCount(), 1);
        Dialogs::setNextAnswer(QMessageBox::Discard);
        action(u"action.article.close"_s)->trigger();
        QCOMPARE(tabs()->editors().size(), 0);
        QCOMPARE(recoveryCount(), 0);
        QCOMPARE(library().articles().byId(m_articleId).value().subtitle.contains(u"副标题"_s),
                 false);
    }

    void closeModified_saveAnswer_savesFirst()
    {
        ArticleEditor *editor = tabs()->openArticle(m_articleId);
        auto *keywords = field<QLineEdit>(editor, u"editor.keywords"_s);
        keywords->setFocus();
        keywords->selectAll();
        Test::typeText(keywords, u"关键词"_s);
        Dialogs::setNextAnswer(QMessageBox::Save);
        QVERIFY(tabs()->closeEditor(editor));
        QCOMPARE(library().articles().byId(m_articleId).value().keywords, u"关键词"_s);
    }

    void newArticle_isCreatedOnTheFirstSave()
    {
        const qint64 before = library().articles().count().value();
        action(u"action.article.new"_s)->trigger();
        ArticleEditor *editor = tabs()->currentEditor();
        QVERIFY(editor);
        QCOMPARE(editor->articleId(), 0);
        auto *title = field<QLineEdit>(editor, u"editor.title"_s);
        title->setFocus();
        Test::typeText(title, u"新文章 New article"_s);
        auto *tags = field<QLineEdit>(editor, u"editor.tags"_s);
        tags->setFocus();
        Test::typeText(tags, u"扶贫, 小康"_s);
        if (tags->completer())
            tags->completer()->popup()->hide();
        QTextEdit *body = editor->bodyEditor()->textEdit();
        body->setFocus();
        Test::typeText(body, u"第一段。"_s);
        QTest::mouseClick(field<QPushButton>(editor, u"editor.suggestSummary"_s), Qt::LeftButton);
        QCOMPARE(editor->currentArticle().summary, u"第一段。"_s);
        action(u"action.article.save"_s)->trigger();
        QVERIFY(editor->articleId() > 0);
        QCOMPARE(library().articles().count().value(), before + 1);
        const Article saved = library().articles().byId(editor->articleId()).value();
        QCOMPARE(saved.title, u"新文章 New article"_s);
        QCOMPARE(saved.tags, (QStringList {u"扶贫"_s, u"小康"_s}));
        QCOMPARE(saved.summary, u"第一段。"_s);
    }

    void typing_isAutosavedWithinFiveSeconds()
    {
        ArticleEditor *editor = tabs()->openArticle(m_articleId);
        QSignalSpy edited(editor, &ArticleEditor::edited);
        QTextEdit *body = editor->bodyEditor()->textEdit();
        body->setFocus();
        Test::typeText(body, u"自动保存 autosave"_s);
        QVERIFY(edited.count() > 0);
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(recoveryCount(), 1, 5000);
        QVERIFY(timer.elapsed() < 5000);
        const RecoveryEntry entry =
                tabs()->recoveryStore()->entries(m_libraryPath).value().constFirst();
        QVERIFY(entry.article.body.contains(u"自动保存 autosave"_s));
        QCOMPARE(entry.article.id, m_articleId);
        action(u"action.article.save"_s)->trigger();
        QCOMPARE(recoveryCount(), 0);
    }

    void recoveredEdits_areOfferedWhenTheLibraryOpens()
    {
        Article edited = library().articles().byId(m_articleId).value();
        const int version = edited.version;
        edited.title = u"恢复的标题 recovered"_s;
        edited.body = u"<p>恢复的正文</p>"_s;
        RecoveryEntry entry;
        entry.library = m_libraryPath;
        entry.key = RecoveryStore::articleKey(m_articleId);
        entry.baseVersion = version;
        entry.article = edited;
        QVERIFY(tabs()->recoveryStore()->write(entry).ok());

        // Later keeps it; it is offered again.
        RecoveryDialog::setNextAction(RecoveryDialog::Action::Later);
        reopenLibrary();
        QTest::qWait(50);
        QCOMPARE(tabs()->editors().size(), 0);
        QCOMPARE(recoveryCount(), 1);

        RecoveryDialog::setNextAction(RecoveryDialog::Action::Restore);
        reopenLibrary();
        QTRY_COMPARE(tabs()->editors().size(), 1);
        ArticleEditor *editor = tabs()->currentEditor();
        QCOMPARE(editor->articleId(), m_articleId);
        QVERIFY(editor->isModified());
        QCOMPARE(field<QLineEdit>(editor, u"editor.title"_s)->text(), u"恢复的标题 recovered"_s);
        QVERIFY(editor->currentArticle().body.contains(u"恢复的正文"_s));
        action(u"action.article.save"_s)->trigger();
        QCOMPARE(library().articles().byId(m_articleId).value().version, version + 1);
        QCOMPARE(recoveryCount(), 0);
    }

    void recoveredEdits_discard_removesThem()
    {
        Article edited = library().articles().byId(m_articleId).value();
        RecoveryEntry entry;
        entry.library = m_libraryPath;
        entry.key = RecoveryStore::newDraftKey();
        edited.id = 0;
        entry.article = edited;
        QVERIFY(tabs()->recoveryStore()->write(entry).ok());
        RecoveryDialog::setNextAction(RecoveryDialog::Action::Discard);
        reopenLibrary();
        QTRY_COMPARE(recoveryCount(), 0);
        QCOMPARE(tabs()->editors().size(), 0);
    }

    void recoveryDialog_restoresAndDiscardsWhatThePersonChooses()
    {
        Article one = library().articles().byId(m_articleId).value();
        one.body = u"<p>恢复一</p>"_s;
        Article two;
        two.title = u"草稿二"_s;
        RecoveryEntry first {m_libraryPath, RecoveryStore::articleKey(one.id), one.version, one,
                             QDateTime::currentDateTimeUtc()};
        RecoveryEntry second {m_libraryPath, RecoveryStore::newDraftKey(), 0, two,
                              QDateTime::currentDateTimeUtc()};
        RecoveryDialog dialog({first, second}, {});
        auto *list = dialog.findChild<QTreeWidget *>(u"recovery.list"_s);
        QCOMPARE(list->topLevelItemCount(), 2);
        list->setCurrentItem(list->topLevelItem(1));
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        dialog.findChild<QPushButton *>(u"recovery.discard"_s)->click();
        QCOMPARE(list->topLevelItemCount(), 2); // not confirmed: kept
        Dialogs::setNextAnswer(QMessageBox::Discard);
        dialog.findChild<QPushButton *>(u"recovery.discard"_s)->click();
        QCOMPARE(list->topLevelItemCount(), 1);
        list->setCurrentItem(list->topLevelItem(0));
        dialog.findChild<QPushButton *>(u"recovery.restore"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actions().value(first.key), RecoveryDialog::Action::Restore);
        QCOMPARE(dialog.actions().value(second.key), RecoveryDialog::Action::Discard);
    }

    void conflictDialog_showsBothVersions()
    {
        Article theirs = library().articles().byId(m_articleId).value();
        Article mine = theirs;
        theirs.body = u"<p>他们的正文</p>"_s;
        mine.body = u"<p>我的正文</p>"_s;
        mine.title = u"我的标题"_s;
        ConflictDialog dialog(theirs, mine, {});
        auto *view = dialog.findChild<VersionCompareView *>();
        QVERIFY(view);
        QCOMPARE(view->leftBody()->toPlainText(), u"他们的正文"_s);
        QCOMPARE(view->rightBody()->toPlainText(), u"我的正文"_s);
        QCOMPARE(view->fields()->item(0, 1)->text(), theirs.title);
        QCOMPARE(view->fields()->item(0, 2)->text(), u"我的标题"_s);
        dialog.findChild<QPushButton *>(u"conflict.copy"_s)->click();
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::SaveCopy);
    }

private:
    MainWindow *window() const { return m_gui.window(); }
    LibrarySession *session() const { return m_gui.session(); }

    // These tests edit whichever article comes first, whoever wrote it and whatever its state:
    // as the chief editor, who may (tst_editorworkflow has the other roles). A library opens
    // signed in as an editor.
    void signInAsChief()
    {
        Result<User> chief = library().users().byName(DemoNewsroom::ChiefEditor);
        QVERIFY(chief);
        session()->setCurrentUser(chief.value());
    }

    // Opens the library again: the chief editor, remembered for it, signs in with a password
    // (the sign-in dialog is answered once the event loop runs).
    void reopenLibrary()
    {
        SignInDialog::setAutoAnswer(DemoNewsroom::ChiefEditor, DemoNewsroom::DemoPassword);
        QVERIFY(window()->openLibrary(m_libraryPath));
        QTRY_VERIFY(session()->currentUser().has_value());
        SignInDialog::clearAutoAnswer();
        QCOMPARE(session()->currentUser()->name, DemoNewsroom::ChiefEditor);
    }

    EditorTabs *tabs() const { return window()->editorTabs(); }
    Library &library() const { return *session()->library(); }
    QAction *action(const QString &name) const { return window()->findChild<QAction *>(name); }
    int recoveryCount() { return tabs()->recoveryStore()->count(m_libraryPath).valueOr(-1); }

    template<typename T>
    T *field(ArticleEditor *editor, const QString &name)
    {
        T *widget = editor->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    Test::MainWindowFixture m_gui;
    QString m_libraryPath;
    int m_count = 0;
    qint64 m_articleId = 0;
};

QTEST_MAIN(TestArticleEditor)
#include "tst_articleeditor.moc"
