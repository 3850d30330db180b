#include "config/buildinfo.h"
#include "demo/demonewsroom.h"
#include "editor/articleeditor.h"
#include "editor/editortabs.h"
#include "help/aboutdialog.h"
#include "help/manualbrowser.h"
#include "help/manualwindow.h"
#include "help/shortcutsdialog.h"
#include "library/librarysession.h"
#include "mainwindow/mainwindow.h"
#include "mainwindowfixture.h"
#include "storage/library.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {

bool windowLevel(const QAction *action)
{
    return action->shortcutContext() == Qt::WindowShortcut
            || action->shortcutContext() == Qt::ApplicationShortcut;
}

// Whether Qt would match the action's shortcut now: enabled, and on a shown widget or a menu.
bool live(const QAction *action)
{
    if (!action->isEnabled() || action->shortcuts().isEmpty())
        return false;
    const QList<QObject *> objects = action->associatedObjects();
    for (const QObject *object : objects) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        if (widget && (qobject_cast<const QMenu *>(widget) || widget->isVisible()))
            return true;
    }
    return false;
}

QString describe(const QAction *action)
{
    return u"%1 (%2)"_s.arg(action->objectName(), ShortcutsDialog::plainText(action));
}

} // namespace

// Help > About Newsdesk and Help > Keyboard Shortcuts on a demo library, offscreen: what they
// show, and that no two actions of the window answer the same keys at once.
class TestHelpDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_libraryPath = m_gui.createDemoLibrary(u"demo.newsdesk"_s, 6); }

    // Fresh settings each time (the fixture's): the last test's user, the chief editor, who
    // has a password, is not remembered, so opening the library asks for no sign-in.
    void init() { m_gui.openWindow(m_libraryPath); }

    void cleanup() { m_gui.closeWindow(); }

    void about_showsVersionLicenceAndLibraries()
    {
        bool shown = false;
        withDialog<AboutDialog>(u"action.help.about"_s, [&](AboutDialog *dialog) {
            shown = true;
            const auto *name = dialog->findChild<QLabel *>(u"about.name"_s);
            QVERIFY(name && name->text().contains(QStringLiteral(NEWSDESK_VERSION)));
            const auto *licence = dialog->findChild<QLabel *>(u"about.licence"_s);
            QVERIFY(licence && licence->text().contains(u"MIT"_s));
            QVERIFY(dialog->findChild<QLabel *>(u"about.manual"_s)->text().contains(u"href"_s));
            QTreeWidget *libraries = dialog->librariesView();
            QStringList names;
            for (int i = 0; i < libraries->topLevelItemCount(); ++i)
                names.append(libraries->topLevelItem(i)->text(0));
            for (const QString &expected : {u"Qt"_s, u"SQLite"_s, u"ICU"_s, u"libarchive"_s,
                                            u"cmark-gfm"_s, u"libsodium"_s, u"libpq"_s})
                QVERIFY2(names.contains(expected), qPrintable(expected));
            QCOMPARE(libraries->topLevelItem(0)->text(1), QString::fromLatin1(qVersion()));
        });
        QVERIFY(shown);
    }

    // F1 opens the manual in its window (once, however often it is asked for); About's
    // "Read the manual" opens the same.
    void manual_opensFromF1AndFromAbout()
    {
        QVERIFY(!window()->findChild<ManualWindow *>());
        QTest::keyClick(window(), Qt::Key_F1);
        auto *manual = window()->findChild<ManualWindow *>();
        QVERIFY(manual && manual->isVisible());
        QVERIFY(manual->browser()->source().path().endsWith(u"/index.md"_s));
        manual->close(); // deleted on close
        QTRY_VERIFY(!window()->findChild<ManualWindow *>());

        withDialog<AboutDialog>(u"action.help.about"_s, [](AboutDialog *dialog) {
            auto *link = dialog->findChild<QLabel *>(u"about.manual"_s);
            QVERIFY(link);
            Q_EMIT link->linkActivated(u"manual"_s);
        });
        QTRY_VERIFY(window()->findChild<ManualWindow *>());
        window()->findChild<QAction *>(u"action.help.manual"_s)->trigger();
        QCOMPARE(window()->findChildren<ManualWindow *>().size(), 1);
        window()->findChild<ManualWindow *>()->close();
    }

    void buildInfo_sqliteAndLibraryVersionsAreRead()
    {
        const QList<BuildInfo::LibraryInfo> libraries = BuildInfo::libraries();
        for (const BuildInfo::LibraryInfo &library : libraries) {
            if (library.name == u"Kainjow Mustache"_s)
                continue; // says no version
            QVERIFY2(!library.version.isEmpty() && library.version.at(0).isDigit(),
                     qPrintable(library.name + u": "_s + library.version));
        }
    }

    void about_copy_putsTheVersionsOnTheClipboard()
    {
        QApplication::clipboard()->clear();
        withDialog<AboutDialog>(u"action.help.about"_s, [](AboutDialog *dialog) {
            auto *copy = dialog->findChild<QPushButton *>(u"about.copy"_s);
            QVERIFY(copy);
            QTest::mouseClick(copy, Qt::LeftButton);
        });
        const QString text = QApplication::clipboard()->text();
        QVERIFY(text.startsWith(u"Newsdesk "_s + QStringLiteral(NEWSDESK_VERSION)));
        QVERIFY(text.contains(u"\nQt "_s + QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(u"\nSQLite 3."_s));
    }

    void shortcuts_listEveryActionWithAShortcut_data()
    {
        QTest::addColumn<bool>("withEditor");
        QTest::newRow("library") << false;
        QTest::newRow("editor open") << true;
    }

    void shortcuts_listEveryActionWithAShortcut()
    {
        QFETCH(bool, withEditor);
        if (withEditor)
            QVERIFY(openEditor());
        QHash<QString, QString> listed; // "text\nkeys" → group
        withDialog<ShortcutsDialog>(u"action.help.shortcuts"_s, [&](ShortcutsDialog *dialog) {
            QTreeWidget *tree = dialog->tree();
            for (int g = 0; g < tree->topLevelItemCount(); ++g) {
                const QTreeWidgetItem *group = tree->topLevelItem(g);
                for (int i = 0; i < group->childCount(); ++i) {
                    listed.insert(group->child(i)->text(0) + u'\n' + group->child(i)->text(1),
                                  group->text(0));
                }
            }
        });
        QVERIFY(!listed.isEmpty());
        const QList<QAction *> actions = window()->findChildren<QAction *>();
        int checked = 0;
        for (const QAction *action : actions) {
            if (action->shortcuts().isEmpty())
                continue;
            ++checked;
            const QString key = ShortcutsDialog::plainText(action) + u'\n'
                    + ShortcutsDialog::shortcutText(action);
            QVERIFY2(listed.contains(key), qPrintable(describe(action)));
        }
        QVERIFY(checked > 15);
        // The Format menu's shortcuts are listed with or without an editor, under Format.
        const QString bold = u"Bold\n"_s
                + QKeySequence(QKeySequence::Bold).toString(QKeySequence::NativeText);
        QCOMPARE(listed.value(bold), u"Format"_s);
        QCOMPARE(listed.value(u"Keyboard Shortcuts\n"_s
                              + QKeySequence(Qt::CTRL | Qt::Key_Slash)
                                        .toString(QKeySequence::NativeText)),
                 u"Help"_s);
    }

    void plainText_dropsMnemonicsAndTheEllipsis_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::newRow("English") << u"&Keyboard Shortcuts…"_s << u"Keyboard Shortcuts"_s;
        QTest::newRow("Chinese") << u"撤销(&U)"_s << u"撤销"_s;
        QTest::newRow("Chinese, ellipsis") << u"新建资料库(&N)…"_s << u"新建资料库"_s;
        QTest::newRow("ampersand") << u"&Save && Close"_s << u"Save & Close"_s;
    }

    void plainText_dropsMnemonicsAndTheEllipsis()
    {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        const QAction action(text);
        QCOMPARE(ShortcutsDialog::plainText(&action), plain);
    }

    void shortcuts_filter_keepsTheMatchingRows()
    {
        withDialog<ShortcutsDialog>(u"action.help.shortcuts"_s, [](ShortcutsDialog *dialog) {
            QTest::keyClicks(dialog->filterField(), u"bold"_s);
            QTreeWidget *tree = dialog->tree();
            QStringList visible;
            for (int g = 0; g < tree->topLevelItemCount(); ++g) {
                const QTreeWidgetItem *group = tree->topLevelItem(g);
                for (int i = 0; i < group->childCount(); ++i) {
                    if (!group->isHidden() && !group->child(i)->isHidden())
                        visible.append(group->child(i)->text(0));
                }
            }
            QCOMPARE(visible, QStringList{u"Bold"_s});
            dialog->filterField()->clear();
            QVERIFY(!tree->topLevelItem(0)->isHidden());
        });
    }

    void shortcuts_noTwoLiveActionsShareAKey_data()
    {
        QTest::addColumn<bool>("withEditor");
        QTest::newRow("library") << false;
        QTest::newRow("editor open") << true;
    }

    // Two actions Qt would match for one key press make it do nothing ("ambiguous shortcut"):
    // two of the window's, or one of the window's and one of a shown widget's (the editor's
    // formatting) clash; two of different widgets do not.
    void shortcuts_noTwoLiveActionsShareAKey()
    {
        QFETCH(bool, withEditor);
        if (withEditor) {
            QVERIFY(openEditor());
            // The Format menu, once opened, holds the editor's actions too.
            QMetaObject::invokeMethod(window()->findChild<QMenu *>(u"menu.format"_s),
                                      &QMenu::aboutToShow);
        }
        QHash<QString, QList<QAction *>> byKey;
        const QList<QAction *> actions = window()->findChildren<QAction *>();
        for (QAction *action : actions) {
            if (!live(action))
                continue;
            const QList<QKeySequence> shortcuts = action->shortcuts();
            for (const QKeySequence &shortcut : shortcuts)
                byKey[shortcut.toString(QKeySequence::PortableText)].append(action);
        }
        QStringList clashes;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            const QList<QAction *> &sharing = it.value();
            for (qsizetype i = 0; i < sharing.size(); ++i) {
                for (qsizetype j = i + 1; j < sharing.size(); ++j) {
                    if (sharing[i] == sharing[j])
                        continue;
                    if (windowLevel(sharing[i]) || windowLevel(sharing[j])
                        || sharing[i]->associatedObjects() == sharing[j]->associatedObjects())
                        clashes.append(u"%1: %2 and %3"_s.arg(it.key(), describe(sharing[i]),
                                                             describe(sharing[j])));
                }
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
        QVERIFY(byKey.size() > 10);
    }

private:
    MainWindow *window() const { return m_gui.window(); }
    LibrarySession *session() const { return m_gui.session(); }

    template<typename Dialog>
    void withDialog(const QString &actionName, const std::function<void(Dialog *)> &inspect)
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            inspect(dialog);
            dialog->reject();
        });
        QAction *action = window()->findChild<QAction *>(actionName);
        QVERIFY2(action, qPrintable(actionName));
        action->trigger();
        QVERIFY2(seen, "the dialog did not open");
    }

    // Opens an article as the chief editor, who may edit it: every formatting action is enabled.
    bool openEditor()
    {
        Result<User> chief = session()->library()->users().byName(DemoNewsroom::ChiefEditor);
        if (!chief)
            return false;
        session()->setCurrentUser(chief.value());
        const qint64 id = session()->library()->articles().list({}).value().constFirst().id;
        const ArticleEditor *editor = window()->editorTabs()->openArticle(id);
        return editor && !editor->isReadOnly();
    }

    Test::MainWindowFixture m_gui;
    QString m_libraryPath;
};

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
