#include "actions.h"

#include "common/icons.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace Newsdesk {

QString Actions::objectName(Id id)
{
    switch (id) {
    case Id::NewLibrary:
        return u"action.library.new"_s;
    case Id::OpenLibrary:
        return u"action.library.open"_s;
    case Id::ConnectToServer:
        return u"action.library.connect"_s;
    case Id::ClearRecentLibraries:
        return u"action.library.clearRecent"_s;
    case Id::CloseLibrary:
        return u"action.library.close"_s;
    case Id::Quit:
        return u"action.app.quit"_s;
    case Id::Refresh:
        return u"action.view.refresh"_s;
    case Id::ToggleDetails:
        return u"action.view.details"_s;
    case Id::TogglePreview:
        return u"action.view.preview"_s;
    case Id::Preferences:
        return u"action.app.preferences"_s;
    case Id::About:
        return u"action.help.about"_s;
    case Id::AboutQt:
        return u"action.help.aboutQt"_s;
    case Id::KeyboardShortcuts:
        return u"action.help.shortcuts"_s;
    case Id::UserManual:
        return u"action.help.manual"_s;
    case Id::Find:
        return u"action.view.find"_s;
    case Id::SaveSearch:
        return u"action.view.saveSearch"_s;
    case Id::AddTags:
        return u"action.article.addTags"_s;
    case Id::RemoveTags:
        return u"action.article.removeTags"_s;
    case Id::MoveToChannel:
        return u"action.article.move"_s;
    case Id::SetFlags:
        return u"action.article.flags"_s;
    case Id::Submit:
        return u"action.article.submit"_s;
    case Id::Approve:
        return u"action.article.approve"_s;
    case Id::ReturnToAuthor:
        return u"action.article.return"_s;
    case Id::Withdraw:
        return u"action.article.withdraw"_s;
    case Id::History:
        return u"action.article.history"_s;
    case Id::ToggleReviewQueue:
        return u"action.view.reviewQueue"_s;
    case Id::MoveToTrash:
        return u"action.article.trash"_s;
    case Id::Restore:
        return u"action.article.restore"_s;
    case Id::ManageTags:
        return u"action.library.tags"_s;
    case Id::SiteSettings:
        return u"action.library.siteSettings"_s;
    case Id::ExportSite:
        return u"action.library.export"_s;
    case Id::ImportArticles:
        return u"action.library.import"_s;
    case Id::NewChannel:
        return u"action.channel.new"_s;
    case Id::EditChannel:
        return u"action.channel.edit"_s;
    case Id::MoveChannel:
        return u"action.channel.move"_s;
    case Id::DeleteChannel:
        return u"action.channel.delete"_s;
    case Id::NewArticle:
        return u"action.article.new"_s;
    case Id::OpenArticle:
        return u"action.article.open"_s;
    case Id::SaveArticle:
        return u"action.article.save"_s;
    case Id::CloseArticle:
        return u"action.article.close"_s;
    case Id::Undo:
        return u"action.edit.undo"_s;
    case Id::Redo:
        return u"action.edit.redo"_s;
    case Id::SwitchUser:
        return u"action.file.switchUser"_s;
    case Id::ManageUsers:
        return u"action.library.users"_s;
    case Id::AuditLog:
        return u"action.library.auditLog"_s;
    }
    return {};
}

QAction *Actions::make(Id id, const QString &text, const QString &statusTip)
{
    auto *action = new QAction(text, m_owner);
    action->setObjectName(objectName(id));
    action->setStatusTip(statusTip);
    m_actions.insert(id, action);
    return action;
}

Actions::Actions(QObject *owner)
    : m_owner(owner)
{
    QAction *a = make(Id::NewLibrary, tr("&New Library…"),
                      tr("Create a new library file, empty or with the demo newsroom"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    a->setIcon(Icons::themed(u"document-new"_s, QStyle::SP_FileIcon));

    a = make(Id::OpenLibrary, tr("&Open Library…"), tr("Open an existing library file"));
    a->setShortcut(QKeySequence::Open);
    a->setIcon(Icons::themed(u"document-open"_s, QStyle::SP_DialogOpenButton));

    a = make(Id::ConnectToServer, tr("Connect to Newsroom Ser&ver…"),
             tr("Work in a newsroom's shared library on a PostgreSQL server"));
    a->setIcon(Icons::themed(u"network-server"_s, QStyle::SP_DriveNetIcon));

    make(Id::ClearRecentLibraries, tr("&Clear Recent Libraries"),
         tr("Forget the list of recently opened libraries"));

    a = make(Id::CloseLibrary, tr("&Close Library"), tr("Close the open library"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));

    a = make(Id::Quit, tr("&Quit"), tr("Quit Newsdesk"));
    a->setShortcut(QKeySequence::Quit);
    a->setMenuRole(QAction::QuitRole);

    a = make(Id::Refresh, tr("&Refresh"), tr("Reload the channels and articles of the library"));
    a->setShortcut(QKeySequence::Refresh);
    a->setIcon(Icons::themed(u"view-refresh"_s, QStyle::SP_BrowserReload));

    a = make(Id::ToggleDetails, tr("Article &Details"),
             tr("Show or hide the details of the selected article"));
    a->setCheckable(true);
    a->setChecked(true);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    a = make(Id::TogglePreview, tr("Editor &Preview"),
             tr("Show or hide the published page beside the article being edited"));
    a->setCheckable(true);
    a->setChecked(true);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    a = make(Id::Preferences, tr("&Preferences…"), tr("Change the interface language"));
    // Not Ctrl+, : that is the editor's Subscript (tst_shortcuts catches such clashes).
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma));
    a->setMenuRole(QAction::PreferencesRole);

    a = make(Id::About, tr("&About Newsdesk"), tr("Version and licence of Newsdesk"));
    a->setMenuRole(QAction::AboutRole);

    a = make(Id::UserManual, tr("&User Manual"), tr("How to use Newsdesk, step by step"));
    a->setShortcut(QKeySequence::HelpContents);
    a->setIcon(Icons::themed(u"help-contents"_s, QStyle::SP_DialogHelpButton));

    a = make(Id::KeyboardShortcuts, tr("&Keyboard Shortcuts…"),
             tr("Every shortcut of Newsdesk, by menu"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    a->setIcon(Icons::themed(u"help-keyboard-shortcuts"_s, QStyle::SP_DialogHelpButton));

    a = make(Id::AboutQt, tr("About &Qt"), tr("The Qt version Newsdesk runs on"));
    a->setMenuRole(QAction::AboutQtRole);

    a = make(Id::Find, tr("&Find…"), tr("Search the articles of the library"));
    a->setShortcut(QKeySequence::Find);
    a->setIcon(Icons::themed(u"edit-find"_s, QStyle::SP_FileDialogContentsView));
    make(Id::SaveSearch, tr("&Save Current Search…"),
         tr("Keep the current search and filters under a name"));

    a = make(Id::AddTags, tr("&Add Tags…"), tr("Add tags to the selected articles"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    make(Id::RemoveTags, tr("&Remove Tags…"), tr("Remove tags from the selected articles"));
    a = make(Id::MoveToChannel, tr("&Move to Channel…"),
             tr("Move the selected articles to another channel"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    make(Id::SetFlags, tr("Set &Flags…"), tr("Set or clear flags of the selected articles"));
    a = make(Id::Submit, tr("&Submit for Review"),
             tr("Submit the selected drafts and returned articles for review"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    make(Id::Approve, tr("&Approve"),
         tr("Approve the selected articles as they are now (chief editors)"));
    make(Id::ReturnToAuthor, tr("Re&turn to Author…"),
         tr("Send the selected articles back to their authors with a note (chief editors)"));
    make(Id::Withdraw, tr("&Withdraw…"),
         tr("Take the selected approved or published articles off the site (chief editors)"));
    make(Id::History, tr("&History…"),
         tr("Every revision of the current article: compare any two, restore one"));
    a = make(Id::ToggleReviewQueue, tr("&Review Queue"),
             tr("Show or hide the articles waiting for review"));
    a->setCheckable(true);
    a = make(Id::MoveToTrash, tr("Move to &Trash"), tr("Move the selected articles to the trash"));
    a->setShortcut(QKeySequence::Delete);
    a->setIcon(Icons::themed(u"user-trash"_s, QStyle::SP_TrashIcon));
    make(Id::Restore, tr("R&estore from Trash"), tr("Take the selected articles out of the trash"));

    make(Id::ManageTags, tr("Manage &Tags…"), tr("Create, rename, merge and delete tags"));
    make(Id::SiteSettings, tr("&Site Settings…"),
         tr("Site name, base URL, language, footer, theme folder and ad slots of the portal"));
    a = make(Id::ExportSite, tr("&Export Site…"),
             tr("Write the portal as a static site bundle: a folder or a .zip file"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    make(Id::ImportArticles, tr("&Import Articles…"),
         tr("Bring in articles from portal pages, Markdown, text files, folders and archives"));
    make(Id::NewChannel, tr("&New Channel…"), tr("Create a channel under the selected one"));
    make(Id::EditChannel, tr("&Edit Channel…"),
         tr("Rename the selected channel or change its settings"));
    make(Id::MoveChannel, tr("&Move Channel…"), tr("Move the selected channel elsewhere"));
    make(Id::DeleteChannel, tr("&Delete Channel…"), tr("Delete the selected channel"));

    a = make(Id::NewArticle, tr("&New Article"), tr("Write a new article in the selected channel"));
    a->setShortcut(QKeySequence::New);
    a->setIcon(Icons::themed(u"document-new"_s, QStyle::SP_FileIcon));
    a = make(Id::OpenArticle, tr("&Edit Article"), tr("Open the current article in an editor"));
    a->setIcon(Icons::themed(u"document-edit"_s, QStyle::SP_FileDialogDetailedView));
    a = make(Id::SaveArticle, tr("&Save Article"),
             tr("Save the article being edited as a new revision"));
    a->setShortcut(QKeySequence::Save);
    a->setIcon(Icons::themed(u"document-save"_s, QStyle::SP_DialogSaveButton));
    a = make(Id::CloseArticle, tr("&Close Article"), tr("Close the article being edited"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    a = make(Id::Undo, tr("&Undo"), tr("Take back the last change of the body or the fields"));
    a->setShortcut(QKeySequence::Undo);
    a->setIcon(Icons::themed(u"edit-undo"_s, QStyle::SP_ArrowBack));
    a = make(Id::Redo, tr("&Redo"), tr("Make the change taken back again"));
    a->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    a->setIcon(Icons::themed(u"edit-redo"_s, QStyle::SP_ArrowForward));

    a = make(Id::SwitchUser, tr("S&witch User…"), tr("Sign in as someone else"));
    a->setIcon(Icons::themed(u"system-switch-user"_s, QStyle::SP_DialogYesButton));
    make(Id::ManageUsers, tr("Manage &Users…"),
         tr("Add people, change their roles and passwords, deactivate accounts"));
    make(Id::AuditLog, tr("&Audit Log…"),
         tr("Who did what and when: filter the audit log and export it as CSV"));
}

} // namespace Newsdesk
