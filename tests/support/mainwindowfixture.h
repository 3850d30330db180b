#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Newsdesk {
class LibrarySession;
class MainWindow;
class Settings;
} // namespace Newsdesk

namespace Newsdesk::Test {

// The main window on a library, for GUI tests offscreen. Constructing it turns on
// QStandardPaths' test mode; it keeps a temporary folder for the test's libraries and
// settings. Each test opens the window with fresh settings, so no user is remembered from an
// earlier test (one who has a password would be asked to sign in): the demo library opens
// signed in as its first editor without a password. Closing the window closes the editors
// without asking, their changes discarded.
class MainWindowFixture final
{
public:
    enum class Focus {
        Exposed,
        Active, // also the active window, for tests that type or walk with Tab
    };

    MainWindowFixture();
    ~MainWindowFixture();
    Q_DISABLE_COPY_MOVE(MainWindowFixture)

    // A library with the demo newsroom and articles generated articles in the folder (see
    // createLibrary()); its location. Fails the current test when it cannot be made.
    QString createDemoLibrary(const QString &name, int articles);
    // For init(): fresh settings, a session, and the window shown (with focus) and the library
    // at location open in it, then the events the opening posted handled (the offer of
    // recovered edits, a sign-in). Fails the current test and returns false when a step does
    // not work (Qt Test then skips the test function).
    bool openWindow(const QString &location, Focus focus = Focus::Exposed);
    // For cleanup(): closes the editors, discarding their changes, then deletes the window, the
    // session and the settings. False when an editor would not close (all goes all the same).
    bool closeWindow();

    const QTemporaryDir &dir() const { return m_dir; }
    Settings *settings() const { return m_settings.get(); }
    LibrarySession *session() const { return m_session.get(); }
    MainWindow *window() const { return m_window.get(); }

private:
    void showWindow(const QString &location, Focus focus);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Newsdesk::Test
