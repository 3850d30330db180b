#include "actionstates.h"

#include "editor/articleeditor.h"
#include "editor/editortabs.h"
#include "library/librarysession.h"
#include "mainwindow/windowmenus.h"
#include "review/reviewactions.h"
#include "workflow/permissions.h"

#include <QAction>

namespace Newsdesk {

using Id = Actions::Id;

ActionStates::ActionStates(const Actions &actions, LibrarySession &session, EditorTabs &tabs,
                           ReviewActions &review, WindowMenus &menus)
    : m_actions(actions)
    , m_session(session)
    , m_tabs(tabs)
    , m_review(review)
    , m_menus(menus)
{
}

void ActionStates::setSelectedArticles(int count)
{
    m_selectedArticles = count;
    update();
}

void ActionStates::update()
{
    const bool open = m_session.library() != nullptr;
    for (Id id : {Id::CloseLibrary, Id::Refresh, Id::ToggleDetails})
        action(id)->setEnabled(open);
    // What the signed-in person's role allows (the model checks again on every change); a
    // disabled action says what it takes.
    const std::optional<User> &user = m_session.currentUser();
    const auto allow = [&](Id id, Permission permission) {
        const bool allowed = open && user && Permissions::allows(user->role, permission);
        action(id)->setEnabled(allowed);
        action(id)->setToolTip(
                allowed || !open
                        ? QString()
                        : tr("Takes the role %1.")
                                  .arg(Roles::displayName(Permissions::leastRole(permission))));
    };
    allow(Id::NewArticle, Permission::WriteArticles);
    allow(Id::ImportArticles, Permission::WriteArticles);
    allow(Id::ExportSite, Permission::Export);
    allow(Id::SiteSettings, Permission::ManageSettings);
    for (Id id :
         {Id::ManageTags, Id::NewChannel, Id::EditChannel, Id::MoveChannel, Id::DeleteChannel})
        allow(id, Permission::ManageChannels);
    // Ctrl+F searches the library on its tab, and the article in an editor.
    for (Id id : {Id::Find, Id::SaveSearch})
        action(id)->setEnabled(open && !m_tabs.currentEditor());
    // The library's bulk actions (and their shortcuts) only while the library tab is shown.
    const bool selected = open && m_selectedArticles > 0 && !m_tabs.currentEditor();
    for (Id id :
         {Id::AddTags, Id::RemoveTags, Id::MoveToChannel, Id::Submit, Id::MoveToTrash, Id::Restore})
        action(id)->setEnabled(selected && user);
    action(Id::SetFlags)
            ->setEnabled(selected && user
                         && Permissions::allows(user->role, Permission::CurateFrontPage));
    action(Id::OpenArticle)->setEnabled(selected);
    m_review.updateActions(open && !m_tabs.currentEditor(), m_selectedArticles);
    updateEditorActions();
}

void ActionStates::updateEditorActions()
{
    const ArticleEditor *editor = m_tabs.currentEditor();
    action(Id::SaveArticle)->setEnabled(editor != nullptr);
    action(Id::CloseArticle)->setEnabled(editor != nullptr);
    action(Id::Undo)->setEnabled(editor && editor->canUndo());
    action(Id::Redo)->setEnabled(editor && editor->canRedo());
    m_menus.updateFormatMenu();
}

} // namespace Newsdesk
