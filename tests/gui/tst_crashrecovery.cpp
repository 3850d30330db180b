#include "common/dialogs.h"
#include "config/paths.h"
#include "config/settings.h"
#include "demo/demonewsroom.h"
#include "editor/articleeditor.h"
#include "editor/editortabs.h"
#include "editor/recoverydialog.h"
#include "library/librarysession.h"
#include "mainwindow/mainwindow.h"
#include "people/signindialog.h"
#include "recovery/recoverystore.h"
#include "storage/library.h"
#include "testlibrary.h"
#include "workflow/workflow.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// Never lose a word: a child process types into an editor, is killed with SIGKILL once its
// autosave is written, and the next start offers the typed text and restores it.
class TestCrashRecovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(u"tst_crashrecovery"_s);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void killedAfterTyping_offersAndRestoresTheText()
    {
        const QString libraryPath = Test::createLibrary(m_dir, u"crash.newsdesk"_s, true, 4);
        qint64 articleId = 0;
        Article before;
        {
            auto library = Test::openLibrary(libraryPath);
            QVERIFY(library);
            // A draft of the editor a demo library opens signed in as, which they may edit.
            const User editor = library->users().byName(u"林晓"_s).value();
            Article draft;
            draft.title = u"崩溃测试"_s;
            draft.body = u"<p>原来的正文。</p>"_s;
            draft.channelId = library->channels().all().value().constFirst().id;
            Result<qint64> created = Workflow(*library, editor).create(draft);
            QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
            articleId = created.value();
            before = library->articles().byId(articleId).value();
        }
        const QString typedTitle = u" 续"_s;
        const QString typedBody = u"崩溃之前写的话 words before the crash"_s;

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(NEWSDESK_CRASH_CHILD),
                    {libraryPath, m_dir.filePath(u"child.ini"_s), QString::number(articleId),
                     typedTitle, typedBody});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (!output.contains("AUTOSAVED") && timer.elapsed() < 60000
               && child.state() == QProcess::Running) {
            child.waitForReadyRead(200);
            output += child.readAllStandardOutput();
        }
        QVERIFY2(output.contains("AUTOSAVED"), output.constData());
        qInfo("child: %s", output.trimmed().constData());
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The library is untouched; the recovery store holds the typed text.
        {
            auto library = Test::openLibrary(libraryPath);
            QCOMPARE(library->articles().byId(articleId).value().version, before.version);
        }
        {
            auto store = RecoveryStore::open(Paths::recoveryStore());
            QVERIFY(store.ok());
            const QList<RecoveryEntry> entries = store.value()->entries(libraryPath).value();
            QCOMPARE(entries.size(), 1);
            QVERIFY(entries.constFirst().article.body.contains(typedBody));
            QCOMPARE(entries.constFirst().article.title, before.title + typedTitle);
            QCOMPARE(entries.constFirst().baseVersion, before.version);
        }

        // The next start offers it; restoring opens an editor with the text, modified.
        Settings settings(m_dir.filePath(u"settings.ini"_s));
        LibrarySession session(settings);
        MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RecoveryDialog::setNextAction(RecoveryDialog::Action::Restore);
        QVERIFY(window.openLibrary(libraryPath));
        QTRY_COMPARE(window.editorTabs()->editors().size(), 1);
        ArticleEditor *editor = window.editorTabs()->currentEditor();
        QCOMPARE(editor->articleId(), articleId);
        QVERIFY(editor->isModified());
        QVERIFY(editor->currentArticle().body.contains(typedBody));
        QCOMPARE(editor->findChild<QLineEdit *>(u"editor.title"_s)->text(),
                 before.title + typedTitle);
        QVERIFY(editor->save());
        QVERIFY(session.library()->articles().byId(articleId).value().body.contains(typedBody));
        QCOMPARE(window.editorTabs()->recoveryStore()->count(libraryPath).value(), 0);
        QVERIFY(window.editorTabs()->closeAll());
    }

    // Someone with a password worked on the library: on the next start the sign-in comes first,
    // and their unsaved edits are offered once they are signed in, not in a dialog over the
    // sign-in nor to nobody.
    void passwordUser_signsInBeforeRecoveryIsOffered()
    {
        const QString libraryPath = Test::createLibrary(m_dir, u"signin.newsdesk"_s, true, 4);
        Article article;
        {
            auto library = Test::openLibrary(libraryPath);
            QVERIFY(library);
            const qint64 id = library->articles().list({}).value().constFirst().id;
            article = library->articles().byId(id).value();
        }
        RecoveryEntry entry;
        entry.library = libraryPath;
        entry.key = RecoveryStore::articleKey(article.id);
        entry.baseVersion = article.version;
        entry.article = article;
        entry.article.title += u"（未保存）"_s;
        entry.savedAt = QDateTime::currentDateTimeUtc();
        {
            auto store = RecoveryStore::open(Paths::recoveryStore());
            QVERIFY(store.ok());
            QVERIFY(store.value()->write(entry).ok());
        }

        Settings settings(m_dir.filePath(u"signin.ini"_s));
        settings.setUserForLibrary(libraryPath, DemoNewsroom::ChiefEditor);
        LibrarySession session(settings);
        MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RecoveryDialog::setNextAction(RecoveryDialog::Action::Restore);
        bool signInShown = false;
        qsizetype editorsDuringSignIn = -1;
        QTimer watcher;
        watcher.setInterval(50);
        connect(&watcher, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            watcher.stop();
            signInShown = true;
            QTest::qWait(300); // time for anything else to pop up over it
            editorsDuringSignIn = window.editorTabs()->editors().size();
            dialog->passwordEdit()->setText(DemoNewsroom::DemoPassword);
            dialog->accept();
        });
        watcher.start();
        QVERIFY(window.openLibrary(libraryPath));
        QTRY_VERIFY(signInShown);
        QCOMPARE(editorsDuringSignIn, 0);
        QTRY_COMPARE(window.editorTabs()->editors().size(), 1);
        ArticleEditor *editor = window.editorTabs()->currentEditor();
        QCOMPARE(session.currentUser()->name, DemoNewsroom::ChiefEditor);
        QVERIFY(!editor->isReadOnly());
        QVERIFY(editor->isModified());
        QCOMPARE(editor->findChild<QLineEdit *>(u"editor.title"_s)->text(), entry.article.title);
        Dialogs::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window.editorTabs()->closeAll());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
