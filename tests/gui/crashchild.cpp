// A helper of tst_crashrecovery, built only for tests: opens the main window on a library,
// edits an article by typing (title and body), waits until the autosave has reached the
// recovery store, prints AUTOSAVED and keeps running until the test kills it with SIGKILL.
//
//     newsdesk_crashchild LIBRARY SETTINGS ARTICLE_ID TITLE_TEXT BODY_TEXT

#include "config/settings.h"
#include "editor/articleeditor.h"
#include "editor/bodyeditor.h"
#include "editor/editortabs.h"
#include "library/librarysession.h"
#include "mainwindow/mainwindow.h"
#include "recovery/recoverystore.h"
#include "typing.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The same application name as the test, so both find the same recovery store.
    QCoreApplication::setApplicationName(u"tst_crashrecovery"_s);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: newsdesk_crashchild LIBRARY SETTINGS ID TITLE BODY\n");
        return 2;
    }
    Settings settings(args.at(2));
    LibrarySession session(settings);
    MainWindow window(session, settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openLibrary(args.at(1)))
        return 1;
    ArticleEditor *editor = window.editorTabs()->openArticle(args.at(3).toLongLong());
    if (!editor)
        return 1;
    auto *title = editor->findChild<QLineEdit *>(u"editor.title"_s);
    title->setFocus();
    title->end(false);
    Test::typeText(title, args.at(4));
    QTextEdit *body = editor->bodyEditor()->textEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    Test::typeText(body, args.at(5));

    RecoveryStore *store = window.editorTabs()->recoveryStore();
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000) {
        QTest::qWait(50);
        const Result<QList<RecoveryEntry>> entries = store->entries(session.location());
        if (entries && !entries.value().isEmpty()
            && entries.value().constFirst().article.body.contains(args.at(5))) {
            std::printf("AUTOSAVED after %lld ms\n", static_cast<long long>(waited.elapsed()));
            std::fflush(stdout);
            return QApplication::exec();
        }
    }
    std::fprintf(stderr, "the autosave did not come\n");
    return 1;
}
