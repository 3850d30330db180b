#pragma once

#include "mainwindow/actions.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QStackedWidget;

namespace Newsdesk {

class ActionStates;
class ArticleEditor;
class BulkActions;
class EditorTabs;
class ChannelActions;
class LibraryDialogs;
class LibraryOpener;
class LibrarySession;
class LibraryView;
class ManualWindow;
class PeopleActions;
class ReviewActions;
class ReviewQueueView;
class Settings;
class StatusLabels;
class WelcomePage;
class WindowMenus;

// The main window: assembles the library view, the editor tabs, the review queue and the
// window's parts (menus, status labels, action states, opening libraries, the Library menu's
// dialogs), and wires them to the session and the actions. The work itself happens in the
// session, the views, those parts and the dialogs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(LibrarySession &session, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *action(Actions::Id id) const { return m_actions.action(id); }
    LibraryView *libraryView() const { return m_libraryView; }
    ReviewQueueView *reviewQueue() const { return m_reviewQueue; }
    ReviewActions *reviewActions() const { return m_review; }
    // The tabs: the library first, then the open article editors.
    EditorTabs *editorTabs() const { return m_tabs; }

    // Opens location (a file or a server URL), reporting a failure in a dialog; the current
    // library stays open then. A server that wants a password gets the connect dialog,
    // filled in.
    bool openLibrary(const QString &location);
    // File > Connect to Newsroom Server…: the connect dialog, filled from location when given
    // (else from the last server), showing message first when given.
    bool connectToServer(const QString &location = {}, const QString &message = {});

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void restoreWindowState();

    void showPreferences();
    void showAbout();
    void showShortcuts();
    void showManual();
    void libraryChanged();
    void userChanged();
    void showError(const QString &message);
    void openCurrentArticle();

    LibrarySession &m_session;
    Settings &m_settings;
    Actions m_actions;
    QStackedWidget *m_central = nullptr;
    WelcomePage *m_welcome = nullptr;
    LibraryView *m_libraryView = nullptr;
    EditorTabs *m_tabs = nullptr;
    BulkActions *m_bulk = nullptr;
    ChannelActions *m_channelActions = nullptr;
    PeopleActions *m_people = nullptr;
    ReviewQueueView *m_reviewQueue = nullptr;
    ReviewActions *m_review = nullptr;
    std::unique_ptr<LibraryOpener> m_opener;
    std::unique_ptr<WindowMenus> m_menus;
    std::unique_ptr<StatusLabels> m_status;
    std::unique_ptr<ActionStates> m_states;
    std::unique_ptr<LibraryDialogs> m_dialogs;
    QPointer<ManualWindow> m_manual; // one, while it is open
};

} // namespace Newsdesk
