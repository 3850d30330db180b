#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QAction;
class QObject;

namespace Newsdesk {

// Every action of the main window, built in one place with a stable object name (tests and
// automation trigger them by name), shortcut, icon and status tip.
class Actions final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Actions)

public:
    enum class Id {
        NewLibrary,
        OpenLibrary,
        ConnectToServer,
        ClearRecentLibraries,
        CloseLibrary,
        Quit,
        Refresh,
        ToggleDetails,
        TogglePreview,
        Preferences,
        About,
        AboutQt,
        KeyboardShortcuts,
        UserManual,
        Find,
        SaveSearch,
        AddTags,
        RemoveTags,
        MoveToChannel,
        SetFlags,
        Submit,
        Approve,
        ReturnToAuthor,
        Withdraw,
        History,
        ToggleReviewQueue,
        MoveToTrash,
        Restore,
        ManageTags,
        SiteSettings,
        ExportSite,
        ImportArticles,
        NewChannel,
        EditChannel,
        MoveChannel,
        DeleteChannel,
        NewArticle,
        OpenArticle,
        SaveArticle,
        CloseArticle,
        Undo,
        Redo,
        SwitchUser,
        ManageUsers,
        AuditLog,
    };

    explicit Actions(QObject *owner);

    QAction *action(Id id) const { return m_actions.value(id); }
    // The stable object name of an action, e.g. "action.library.open".
    static QString objectName(Id id);

private:
    QAction *make(Id id, const QString &text, const QString &statusTip);

    QObject *m_owner = nullptr;
    QHash<Id, QAction *> m_actions;
};

} // namespace Newsdesk
