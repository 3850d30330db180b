#include "common/dialogs.h"
#include "config/settings.h"
#include "config/translations.h"
#include "library/articledetailspane.h"
#include "library/articlelistview.h"
#include "library/articletablemodel.h"
#include "library/channeltreemodel.h"
#include "library/filterbar.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "library/newlibrarydialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindowfixture.h"
#include "settings/preferencesdialog.h"
#include "storage/library.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// Offscreen smoke test of the editor window on a demo library: real widgets, actions
// triggered by object name, dialogs answered through the Dialogs seam.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_libraryPath = m_gui.createDemoLibrary(u"demo.newsdesk"_s, 40); }

    void init() { m_gui.openWindow(m_libraryPath); }

    void cleanup() { m_gui.closeWindow(); }

    void open_showsChannelTreeArticlesAndStatus()
    {
        LibraryView *view = window()->libraryView();
        QVERIFY(view->isVisible());
        QCOMPARE(view->channelModel()->index(0, 0).data().toString(), u"首页"_s);
        const qsizetype outsideTrash = session()->library()->articles().list({}).value().size();
        QVERIFY(outsideTrash > 30);
        QCOMPARE(view->articleModel()->rowCount(), outsideTrash);
        QVERIFY(label(u"status.library"_s).contains(m_libraryPath));
        // Nobody remembered: the first editor without a password signs in silently.
        QVERIFY(label(u"status.user"_s).contains(u"林晓"_s));
        QVERIFY(window()->windowTitle().contains(u"demo.newsdesk"_s));
        QCOMPARE(settings()->recentLibraries().value(0), m_libraryPath);
    }

    void selectReferenceArticle_showsItsFieldsInTheDetailsPane()
    {
        LibraryView *view = window()->libraryView();
        const QModelIndex hot = view->channelModel()->indexOf(channelId(u"热点"_s));
        QVERIFY(hot.isValid());
        view->channelView()->setCurrentIndex(hot);
        const QModelIndex reference = view->articleModel()->indexOf(1);
        QVERIFY(reference.isValid());
        QVERIFY(view->articleModel()->rowCount() < 30);
        view->articleView()->setCurrentIndex(reference);

        ArticleDetailsPane *details = view->detailsPane();
        QTRY_COMPARE(details->articleId(), 1);
        QCOMPARE(details->fieldText(u"title"_s), u"一年来,习近平推动东西扶贫协作再上新台阶"_s);
        QCOMPARE(details->fieldText(u"channel"_s), u"首页 > 资讯 > 热点"_s);
        QCOMPARE(details->fieldText(u"source"_s), u"央视网"_s);
        QCOMPARE(details->fieldText(u"author"_s), u"央视网"_s);
        QCOMPARE(details->fieldText(u"editor"_s), u"北风"_s);
        QVERIFY(details->fieldText(u"approvedBy"_s).startsWith(u"北风"_s));
        QVERIFY(details->fieldText(u"publishAt"_s).startsWith(u"2017-07-21"_s));
        QVERIFY(details->fieldText(u"body"_s).contains(u"新华社记者鞠鹏摄"_s));
    }

    void keyboard_downArrowMovesToTheNextArticle()
    {
        ArticleListView *list = window()->libraryView()->articleView();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        const qint64 first = window()->libraryView()->detailsPane()->articleId();
        QTest::keyClick(list, Qt::Key_Down);
        QTRY_VERIFY(window()->libraryView()->detailsPane()->articleId() != first);
        QCOMPARE(window()->libraryView()->detailsPane()->articleId(),
                 list->currentIndex().data(ArticleTableModel::ArticleIdRole).toLongLong());
    }

    void refresh_keepsTheSelection()
    {
        ArticleListView *list = window()->libraryView()->articleView();
        list->setCurrentIndex(list->model()->index(5, 0));
        const qint64 selected =
                list->currentIndex().data(ArticleTableModel::ArticleIdRole).toLongLong();
        action(u"action.view.refresh"_s)->trigger();
        QCOMPARE(list->currentIndex().data(ArticleTableModel::ArticleIdRole).toLongLong(),
                 selected);
    }

    void actions_haveStableObjectNames()
    {
        for (const QString &name :
             {u"action.library.new"_s, u"action.library.open"_s, u"action.library.close"_s,
              u"action.library.clearRecent"_s, u"action.app.quit"_s, u"action.view.refresh"_s,
              u"action.view.details"_s, u"action.app.preferences"_s, u"action.help.about"_s})
            QVERIFY2(action(name), qPrintable(name));
        QVERIFY(window()->findChild<QMenu *>(u"menu.library.recent"_s));
    }

    void openAction_badFile_reportsItAndKeepsTheLibraryOpen()
    {
        const QString bad = m_gui.dir().filePath(u"notes.txt"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a library");
        file.close();
        Dialogs::setNextPath(bad);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        action(u"action.library.open"_s)->trigger();
        QVERIFY(Dialogs::lastMessage().contains(bad));
        QVERIFY(Dialogs::lastMessage().contains(u"not a Newsdesk library"_s));
        QCOMPARE(session()->location(), m_libraryPath);
        QVERIFY(window()->libraryView()->isVisible());
    }

    void closeLibrary_showsWelcomeAndRecentReopens()
    {
        action(u"action.library.close"_s)->trigger();
        QVERIFY(session()->library() == nullptr);
        QVERIFY(window()->findChild<QWidget *>(u"welcomePage"_s)->isVisible());
        QVERIFY(!action(u"action.view.refresh"_s)->isEnabled());
        QVERIFY(label(u"status.library"_s).contains(u"No library"_s));
        QAction *recent = window()->findChild<QAction *>(u"action.library.recent.1"_s);
        QVERIFY(recent);
        recent->trigger();
        QCOMPARE(session()->location(), m_libraryPath);
        QVERIFY(window()->libraryView()->isVisible());
    }

    void toggleDetails_hidesTheDetailsPane()
    {
        QAction *toggle = action(u"action.view.details"_s);
        toggle->trigger();
        QVERIFY(!window()->libraryView()->detailsPane()->isVisible());
        toggle->trigger();
        QVERIFY(window()->libraryView()->detailsPane()->isVisible());
    }

    void close_remembersWindowState()
    {
        window()->close();
        QVERIFY(!settings()->bytes(Settings::Key::MainWindowGeometry).isEmpty());
        QVERIFY(!settings()->bytes(Settings::Key::LibrarySplitterState).isEmpty());
        QVERIFY(!settings()->bytes(Settings::Key::ArticleListHeaderState).isEmpty());
    }

    void newLibraryDialog_refusesExistingFilesAndCreates()
    {
        NewLibraryDialog dialog(m_gui.dir().path());
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog.setPath(m_libraryPath);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"newLibrary.problem"_s)
                        ->text()
                        .contains(u"already exists"_s));
        const QString fresh = m_gui.dir().filePath(u"fresh.newsdesk"_s);
        dialog.setPath(fresh);
        QVERIFY(ok->isEnabled());
        QVERIFY(session()->create(fresh, false));
        QCOMPARE(session()->location(), fresh);
        QCOMPARE(window()->libraryView()->channelModel()->rowCount(), 1);
    }

    void preferences_imageSide_isStored()
    {
        PreferencesDialog dialog(*settings());
        QSpinBox *side = dialog.findChild<QSpinBox *>(u"preferences.imageMaxSide"_s);
        QVERIFY(side);
        QCOMPARE(side->value(), Settings::DefaultMediaMaxSide);
        side->selectAll();
        QTest::keyClicks(side, u"1920"_s);
        QCOMPARE(side->value(), 1920);
        QVERIFY(!dialog.apply()); // the language did not change
        QCOMPARE(settings()->mediaMaxSide(), 1920);
        settings()->reset(Settings::Key::MediaMaxSide);
    }

    void chineseInterface_translatesMenus()
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), u"zh_CN"_s));
        Settings settings(m_gui.dir().filePath(u"zh.ini"_s));
        LibrarySession session(settings);
        MainWindow window(session, settings);
        QCOMPARE(window.findChild<QMenu *>(u"menu.file"_s)->title(), u"文件(&F)"_s);
        QVERIFY(session.open(m_libraryPath));
        QVERIFY(window.findChild<QLabel *>(u"status.library"_s)->text().startsWith(u"资料库"_s));
        const QModelIndex status =
                window.libraryView()->articleModel()->index(0, ArticleTableModel::StatusColumn);
        const QStringList chineseStatuses {u"草稿"_s, u"待审"_s,   u"退回"_s,
                                           u"已审"_s, u"已发布"_s, u"撤稿"_s};
        // "已发布 · 修改稿待审" for a published article with a staged edit.
        const QString shown = status.data().toString();
        QVERIFY2(std::any_of(chineseStatuses.begin(), chineseStatuses.end(),
                             [&](const QString &s) { return shown.startsWith(s); }),
                 qPrintable(shown));
    }

private:
    MainWindow *window() const { return m_gui.window(); }
    LibrarySession *session() const { return m_gui.session(); }
    Settings *settings() const { return m_gui.settings(); }

    QAction *action(const QString &name) const { return window()->findChild<QAction *>(name); }

    QString label(const QString &name) const
    {
        const QLabel *l = window()->findChild<QLabel *>(name);
        return l ? l->text() : QString();
    }

    qint64 channelId(const QString &name) const
    {
        for (const Channel &c : session()->library()->channels().all().value()) {
            if (c.name == name)
                return c.id;
        }
        return 0;
    }

    Test::MainWindowFixture m_gui;
    QString m_libraryPath;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
