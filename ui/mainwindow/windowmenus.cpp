#include "windowmenus.h"

#include "editor/articleeditor.h"
#include "editor/bodyeditor.h"
#include "editor/editortabs.h"
#include "library/articlelistview.h"
#include "library/libraryview.h"
#include "mainwindow/recentlibrariesmenu.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Newsdesk {

using Id = Actions::Id;

WindowMenus::WindowMenus(QMainWindow &window, const Actions &actions, Settings &settings,
                         LibraryView &library, EditorTabs &tabs)
    : m_actions(actions)
    , m_tabs(tabs)
{
    buildMenuBar(window, settings);
    buildContextMenus(library);
    buildToolBar(window);
}

void WindowMenus::buildMenuBar(QMainWindow &window, Settings &settings)
{
    QMenuBar *bar = window.menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(u"menu.file"_s);
    file->addAction(action(Id::NewLibrary));
    file->addAction(action(Id::OpenLibrary));
    file->addAction(action(Id::ConnectToServer));
    m_recent = new RecentLibrariesMenu(settings, action(Id::ClearRecentLibraries), file);
    file->addMenu(m_recent);
    file->addSeparator();
    file->addAction(action(Id::NewArticle));
    file->addAction(action(Id::SaveArticle));
    file->addAction(action(Id::CloseArticle));
    file->addSeparator();
    file->addAction(action(Id::CloseLibrary));
    file->addSeparator();
    file->addAction(action(Id::SwitchUser));
    file->addSeparator();
    file->addAction(action(Id::Quit));

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(u"menu.edit"_s);
    edit->addAction(action(Id::Undo));
    edit->addAction(action(Id::Redo));

    m_formatMenu = bar->addMenu(tr("F&ormat"));
    m_formatMenu->setObjectName(u"menu.format"_s);
    QObject::connect(m_formatMenu, &QMenu::aboutToShow, m_formatMenu, [this] { fillFormatMenu(); });

    QMenu *article = bar->addMenu(tr("&Article"));
    article->setObjectName(u"menu.article"_s);
    for (Id id : {Id::NewArticle, Id::OpenArticle, Id::SaveArticle, Id::CloseArticle})
        article->addAction(action(id));
    article->addSeparator();
    for (Id id : {Id::AddTags, Id::RemoveTags, Id::SetFlags, Id::MoveToChannel})
        article->addAction(action(id));
    article->addSeparator();
    for (Id id : {Id::Submit, Id::Approve, Id::ReturnToAuthor, Id::Withdraw})
        article->addAction(action(id));
    article->addSeparator();
    article->addAction(action(Id::History));
    article->addSeparator();
    article->addAction(action(Id::MoveToTrash));
    article->addAction(action(Id::Restore));

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(u"menu.view"_s);
    view->addAction(action(Id::Find));
    view->addAction(action(Id::SaveSearch));
    view->addSeparator();
    view->addAction(action(Id::Refresh));
    view->addSeparator();
    view->addAction(action(Id::ToggleDetails));
    view->addAction(action(Id::TogglePreview));
    view->addAction(action(Id::ToggleReviewQueue));

    QMenu *library = bar->addMenu(tr("&Library"));
    library->setObjectName(u"menu.library"_s);
    for (Id id : {Id::NewChannel, Id::EditChannel, Id::MoveChannel, Id::DeleteChannel})
        library->addAction(action(id));
    library->addSeparator();
    library->addAction(action(Id::ManageTags));
    library->addAction(action(Id::SiteSettings));
    library->addSeparator();
    library->addAction(action(Id::ImportArticles));
    library->addAction(action(Id::ExportSite));
    library->addSeparator();
    library->addAction(action(Id::ManageUsers));
    library->addAction(action(Id::AuditLog));

    QMenu *tools = bar->addMenu(tr("&Tools"));
    tools->setObjectName(u"menu.tools"_s);
    tools->addAction(action(Id::Preferences));

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(u"menu.help"_s);
    help->addAction(action(Id::UserManual));
    help->addAction(action(Id::KeyboardShortcuts));
    help->addSeparator();
    help->addAction(action(Id::About));
    help->addAction(action(Id::AboutQt));
}

void WindowMenus::buildContextMenus(LibraryView &library)
{
    // The same actions as in the menus, in the context menus of the lists they act on.
    for (Id id : {Id::NewChannel, Id::EditChannel, Id::MoveChannel, Id::DeleteChannel})
        library.channelView()->addAction(action(id));
    library.articleView()->addAction(action(Id::OpenArticle));
    for (Id id :
         {Id::AddTags, Id::RemoveTags, Id::SetFlags, Id::MoveToChannel, Id::Submit, Id::Approve,
          Id::ReturnToAuthor, Id::Withdraw, Id::History, Id::MoveToTrash, Id::Restore})
        library.articleView()->addAction(action(id));
    // Delete moves articles to the trash only while the list has the focus.
    action(Id::MoveToTrash)->setShortcutContext(Qt::WidgetShortcut);
}

void WindowMenus::buildToolBar(QMainWindow &window)
{
    QToolBar *toolBar = window.addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"toolbar.main"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(action(Id::NewLibrary));
    toolBar->addAction(action(Id::OpenLibrary));
    toolBar->addSeparator();
    toolBar->addAction(action(Id::NewArticle));
    toolBar->addAction(action(Id::SaveArticle));
    toolBar->addSeparator();
    toolBar->addAction(action(Id::Refresh));
}

void WindowMenus::updateFormatMenu()
{
    const ArticleEditor *editor = m_tabs.currentEditor();
    m_formatMenu->setEnabled(editor && !editor->bodyEditor()->formatActions().isEmpty());
}

void WindowMenus::fillFormatMenu()
{
    m_formatMenu->clear();
    if (const ArticleEditor *editor = m_tabs.currentEditor())
        m_formatMenu->addActions(editor->bodyEditor()->formatActions());
}

} // namespace Newsdesk
