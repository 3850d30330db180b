#pragma once

#include "core/result.h"
#include "mainwindow/actions.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;

namespace Newsdesk {

class ArticleEditor;
class BulkActions;
class EditorTabs;
class ChannelActions;
class LibrarySession;
class LibraryView;
class PeopleActions;
class ReviewActions;
class ReviewQueueView;
class Settings;
class WelcomePage;

// The main window: assembles the menus, toolbar, library view and status bar, and wires them
// to the session. The work itself happens in the session, the views and the dialogs.
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
    void buildMenus();
    void buildToolBar();
    void buildStatusBar();
    void connectActions();
    void restoreWindowState();

    void newLibrary();
    void chooseLibrary();
    // File > Switch User… on a server: connect again, as someone else.
    void reconnectAsSomeoneElse();
    Status openInSession(const QString &location);
    void showPreferences();
    void showAbout();
    void showShortcuts();
    void manageTags();
    void editSiteSettings();
    void exportSite();
    void importArticles();
    void updateActions();
    void libraryChanged();
    void userChanged();
    void showError(const QString &message);
    void closeLibrary();
    void openCurrentArticle();
    void fillFormatMenu();
    void updateEditorActions();

    LibrarySession &m_session;
    Settings &m_settings;
    Actions m_actions;
    QStackedWidget *m_central = nullptr;
    WelcomePage *m_welcome = nullptr;
    LibraryView *m_libraryView = nullptr;
    EditorTabs *m_tabs = nullptr;
    QMenu *m_formatMenu = nullptr;
    BulkActions *m_bulk = nullptr;
    ChannelActions *m_channelActions = nullptr;
    PeopleActions *m_people = nullptr;
    ReviewQueueView *m_reviewQueue = nullptr;
    ReviewActions *m_review = nullptr;
    int m_selectedArticles = 0;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace Newsdesk
