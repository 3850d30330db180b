#pragma once

#include "mainwindow/actions.h"

#include <QCoreApplication>

namespace Newsdesk {

class EditorTabs;
class LibrarySession;
class ReviewActions;
class WindowMenus;

// Which of the main window's actions are enabled: those that need an open library, those the
// signed-in person's role allows (a disabled one says in its tooltip which role it takes; the
// model checks again on every change), the library's bulk actions while articles are selected
// on the library tab, and the editing actions for the current editor. Its strings keep the
// main window's translation context, where they were translated.
class ActionStates final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::MainWindow)

public:
    ActionStates(const Actions &actions, LibrarySession &session, EditorTabs &tabs,
                 ReviewActions &review, WindowMenus &menus);
    Q_DISABLE_COPY_MOVE(ActionStates)

    // After the library list's selection changed; updates the actions.
    void setSelectedArticles(int count);
    // Every action, after the library, the user or the current editor changed.
    void update();
    // The editing actions only, after the current editor's undo or redo changed.
    void updateEditorActions();

private:
    QAction *action(Actions::Id id) const { return m_actions.action(id); }
    const Actions &m_actions;
    LibrarySession &m_session;
    EditorTabs &m_tabs;
    ReviewActions &m_review;
    WindowMenus &m_menus;
    int m_selectedArticles = 0;
};

} // namespace Newsdesk
