#include "common/colors.h"
#include "palettes.h"
#include "config/settings.h"
#include "demo/demonewsroom.h"
#include "editor/articleeditor.h"
#include "editor/editortabs.h"
#include "export/exportdialog.h"
#include "import/importdialog.h"
#include "library/articlelistview.h"
#include "library/filterbar.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindowfixture.h"
#include "storage/library.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {

// The name a screen reader says for widget.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        path.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                               : w->objectName());
        if (w->isWindow())
            break;
    }
    return path.join(u'/');
}

struct Walk
{
    QList<QWidget *> visited;
    QStringList unnamed;

    // The unnamed widgets, then every widget in the order Tab reached them.
    QByteArray report() const
    {
        QStringList trail;
        for (const QWidget *w : visited)
            trail.append(describe(w));
        return (u"unnamed: "_s + unnamed.join(u", "_s) + u"\nwalk: "_s + trail.join(u" → "_s))
                .toUtf8();
    }
};

// Presses Tab from start until the focus comes back to it (or to a widget seen before),
// noting every widget that had the focus and those without an accessible name.
Walk walkWithTab(QWidget *start)
{
    Walk walk;
    start->setFocus(Qt::TabFocusReason);
    QWidget *focus = QApplication::focusWidget();
    for (int i = 0; focus && i < 200; ++i) {
        if (walk.visited.contains(focus))
            break;
        walk.visited.append(focus);
        if (accessibleName(focus).isEmpty())
            walk.unnamed.append(describe(focus));
        // Tab types into the article body (a tab or an indent); the walk ends there rather than
        // change the article.
        if (const auto *edit = qobject_cast<QTextEdit *>(focus);
            edit && !edit->tabChangesFocus() && !edit->isReadOnly())
            break;
        // Tab steps through a date field's sections before it leaves the field.
        QWidget *current = focus;
        const int presses = qobject_cast<QAbstractSpinBox *>(focus) ? 8 : 1;
        for (int press = 0; press < presses && focus == current; ++press) {
            QTest::keyClick(focus, Qt::Key_Tab);
            focus = QApplication::focusWidget();
        }
    }
    return walk;
}


} // namespace

// Keyboard and screen-reader use, offscreen: every control Tab reaches has an accessible name
// and the walk reaches the main controls; the interface's own colours read on a dark palette.
class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_libraryPath = m_gui.createDemoLibrary(u"demo.newsdesk"_s, 6); }

    void init() { m_gui.openWindow(m_libraryPath, Test::MainWindowFixture::Focus::Active); }

    void cleanup() { m_gui.closeWindow(); }

    void tabWalk_library_everyFocusedWidgetHasAName()
    {
        const Walk walk = walkWithTab(window()->libraryView()->channelView());
        QVERIFY2(walk.visited.size() > 3, walk.report().constData());
        QVERIFY2(walk.unnamed.isEmpty(), walk.report().constData());
    }

    void tabWalk_library_reachesTheMainControlsInLayoutOrder()
    {
        LibraryView *view = window()->libraryView();
        const Walk walk = walkWithTab(view->channelView());
        const qsizetype channels = walk.visited.indexOf(view->channelView());
        const qsizetype search = walk.visited.indexOf(view->filterBar()->searchField());
        const qsizetype articles = walk.visited.indexOf(view->articleView());
        auto *side = view->findChild<QTabWidget *>(u"librarySide"_s);
        QVERIFY(side);
        const qsizetype tabs = walk.visited.indexOf(side->tabBar());
        QStringList seen;
        for (const QWidget *w : walk.visited)
            seen.append(describe(w));
        const QString trail = seen.join(u" → "_s);
        QVERIFY2(channels == 0, qPrintable(trail));
        QVERIFY2(search > channels, qPrintable(trail));
        QVERIFY2(articles > search, qPrintable(trail));
        QVERIFY2(tabs > articles, qPrintable(trail));
    }

    void tabWalk_importDialog_everyFocusedWidgetHasAName()
    {
        ImportDialog dialog(*session(), window());
        checkDialogWalk(dialog);
    }

    void tabWalk_exportDialog_everyFocusedWidgetHasAName()
    {
        ExportDialog dialog(*session(), *settings(), window());
        checkDialogWalk(dialog);
    }

    void colours_readOnLightAndDarkPalettes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("default") << QPalette();
        QTest::newRow("dark") << Test::darkPalette();
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        QTest::newRow("Fusion standard") << fusion->standardPalette();
    }

    void colours_readOnLightAndDarkPalettes()
    {
        QFETCH(QPalette, palette);
        const QColor window = palette.color(QPalette::Window);
        QVERIFY(Colors::contrastRatio(Colors::problem(palette), window) >= 4.5);
        QVERIFY(Colors::contrastRatio(Colors::muted(palette), window) >= 4.5);
        QVERIFY(Colors::contrastRatio(palette.color(QPalette::WindowText),
                                      Colors::noticeBackground(palette))
                >= 4.5);
        QVERIFY(Colors::contrastRatio(palette.color(QPalette::Text),
                                      Colors::matchBackground(palette))
                >= 4.5);
    }

    void darkPalette_problemLabelIsReadable()
    {
        const QPalette saved = QApplication::palette();
        QApplication::setPalette(Test::darkPalette());
        QLabel label(u"The password is wrong."_s);
        Colors::showAsProblem(&label);
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        label.ensurePolished();
        const QColor shown = label.palette().color(QPalette::WindowText);
        const QColor window = label.palette().color(QPalette::Window);
        QApplication::setPalette(saved);
        QVERIFY2(Colors::contrastRatio(shown, window) >= 4.5, qPrintable(shown.name()));
        // The light problem red would not do on it: the test can tell.
        QVERIFY(Colors::contrastRatio(QColor(0xb0, 0x00, 0x20), window) < 4.5);
    }

    void contrastRatio_matchesWcag()
    {
        QCOMPARE(qRound(Colors::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(qRound(Colors::contrastRatio(Qt::white, Qt::white) * 10), 10);
    }

    // Last: the editor's walk leaves an edit lease and a recovery entry behind, and opening
    // the library again then offers them in a dialog.
    void tabWalk_editor_everyFocusedWidgetHasAName()
    {
        // The chief editor may edit any article: every field is enabled.
        Result<User> chief = session()->library()->users().byName(DemoNewsroom::ChiefEditor);
        QVERIFY(chief);
        session()->setCurrentUser(chief.value());
        const qint64 id = session()->library()->articles().list({}).value().constFirst().id;
        ArticleEditor *editor = window()->editorTabs()->openArticle(id);
        QVERIFY(editor);
        QCoreApplication::processEvents();
        auto *title = editor->findChild<QWidget *>(u"editor.title"_s);
        QVERIFY(title);
        const Walk walk = walkWithTab(title);
        QVERIFY2(walk.unnamed.isEmpty(), walk.report().constData());
        // Down the form's rows in order, then the body.
        qsizetype previous = -1;
        for (const QString &name : {u"editor.title"_s, u"editor.shortTitle"_s, u"editor.tags"_s,
                                    u"editor.summary"_s, u"editor.keywords"_s,
                                    u"bodyTextEdit"_s}) {
            const qsizetype at = walk.visited.indexOf(editor->findChild<QWidget *>(name));
            QVERIFY2(at > previous, qPrintable(name + u"\n"_s + QString::fromUtf8(walk.report())));
            previous = at;
        }
    }

private:
    MainWindow *window() const { return m_gui.window(); }
    LibrarySession *session() const { return m_gui.session(); }
    Settings *settings() const { return m_gui.settings(); }

    // Shows dialog active and walks it with Tab from its first focus: more than two stops,
    // every one named.
    static void checkDialogWalk(QDialog &dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const Walk walk = walkWithTab(dialog.focusWidget() ? dialog.focusWidget() : &dialog);
        QVERIFY2(walk.visited.size() > 2, walk.report().constData());
        QVERIFY2(walk.unnamed.isEmpty(), walk.report().constData());
    }

    Test::MainWindowFixture m_gui;
    QString m_libraryPath;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
