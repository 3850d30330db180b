#pragma once

#include "mainwindow/actions.h"

#include <QCoreApplication>

class QMainWindow;
class QMenu;

namespace Newsdesk {

class EditorTabs;
class LibraryView;
class RecentLibrariesMenu;
class Settings;

// Where the main window's actions show: the menu bar, the toolbar and the context menus of the
// library's lists. The Format menu holds the current editor's formatting actions, filled as it
// opens. Its strings keep the main window's translation context, where they were translated.
class WindowMenus final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::MainWindow)

public:
    // Builds the menus and the toolbar into window.
    WindowMenus(QMainWindow &window, const Actions &actions, Settings &settings,
                LibraryView &library, EditorTabs &tabs);
    Q_DISABLE_COPY_MOVE(WindowMenus)

    QMenu *formatMenu() const { return m_formatMenu; }
    // File > Open Recent.
    RecentLibrariesMenu *recentLibraries() const { return m_recent; }
    // Enables the Format menu when the current editor has formatting actions.
    void updateFormatMenu();

private:
    QAction *action(Actions::Id id) const { return m_actions.action(id); }
    void buildMenuBar(QMainWindow &window, Settings &settings);
    void buildContextMenus(LibraryView &library);
    void buildToolBar(QMainWindow &window);
    void fillFormatMenu();

    const Actions &m_actions;
    EditorTabs &m_tabs;
    QMenu *m_formatMenu = nullptr;
    RecentLibrariesMenu *m_recent = nullptr;
};

} // namespace Newsdesk
