#include "mainwindowfixture.h"

#include "common/dialogs.h"
#include "config/settings.h"
#include "editor/articleeditor.h"
#include "editor/editortabs.h"
#include "library/librarysession.h"
#include "mainwindow/mainwindow.h"
#include "testlibrary.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Newsdesk::Test {

MainWindowFixture::MainWindowFixture()
{
    QStandardPaths::setTestModeEnabled(true);
}

MainWindowFixture::~MainWindowFixture()
{
    closeWindow();
}

QString MainWindowFixture::createDemoLibrary(const QString &name, int articles)
{
    if (!m_dir.isValid()) {
        QTest::qFail(qPrintable(u"No temporary folder: "_s + m_dir.errorString()), __FILE__,
                     __LINE__);
        return {};
    }
    return createLibrary(m_dir, name, true, articles);
}

bool MainWindowFixture::openWindow(const QString &location, Focus focus)
{
    showWindow(location, focus);
    return !QTest::currentTestFailed();
}

// QVERIFY returns from a void function only.
void MainWindowFixture::showWindow(const QString &location, Focus focus)
{
    // Fresh settings: the last test's user (a chief editor, who has a password) is not
    // remembered, so opening the library asks for no sign-in.
    const QString settingsPath = m_dir.filePath(u"settings.ini"_s);
    QFile::remove(settingsPath);
    m_settings = std::make_unique<Settings>(settingsPath);
    m_session = std::make_unique<LibrarySession>(*m_settings);
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (focus == Focus::Active) {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    QVERIFY(m_window->openLibrary(location));
    QCoreApplication::processEvents();
}

bool MainWindowFixture::closeWindow()
{
    bool closed = true;
    if (m_window) {
        for (ArticleEditor *editor : m_window->editorTabs()->editors()) {
            if (editor->isModified())
                Dialogs::setNextAnswer(QMessageBox::Discard);
            closed = m_window->editorTabs()->closeEditor(editor) && closed;
        }
    }
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    return closed;
}

} // namespace Newsdesk::Test
