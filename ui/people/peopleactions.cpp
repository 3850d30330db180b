#include "peopleactions.h"

#include "library/librarysession.h"
#include "people/auditlogdialog.h"
#include "people/passworddialog.h"
#include "people/signindialog.h"
#include "people/usersdialog.h"
#include "storage/library.h"
#include "workflow/permissions.h"
#include "workflow/useradmin.h"

#include <QAction>
#include <QWidget>

namespace Newsdesk {

PeopleActions::PeopleActions(LibrarySession &session, QWidget *window, QAction *switchUser,
                             QAction *manageUsers, QAction *auditLog)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_switchUser(switchUser)
    , m_manageUsers(manageUsers)
    , m_auditLog(auditLog)
{
    connect(m_switchUser, &QAction::triggered, this, &PeopleActions::switchUser);
    connect(m_manageUsers, &QAction::triggered, this, &PeopleActions::manageUsers);
    connect(m_auditLog, &QAction::triggered, this, &PeopleActions::showAuditLog);
    connect(&m_session, &LibrarySession::currentUserChanged, this, &PeopleActions::updateActions);
    connect(&m_session, &LibrarySession::libraryChanged, this, &PeopleActions::updateActions);
    updateActions();
}

void PeopleActions::updateActions()
{
    const std::optional<User> &user = m_session.currentUser();
    // Signed in silently without the password the role needs (a new library's first
    // administrator): a hint, not a dialog in the way of the window opening.
    if (user && !user->hasPassword && UserAdmin::requiresPassword(user->role))
        Q_EMIT statusMessage(tr("%1 has no password yet: set one in Library > Manage Users….")
                                     .arg(user->name));
    m_switchUser->setEnabled(m_session.library() != nullptr);
    m_manageUsers->setEnabled(user && Permissions::allows(user->role, Permission::ManageUsers));
    m_auditLog->setEnabled(user && Permissions::allows(user->role, Permission::ReadAudit));
}

void PeopleActions::signInIfNeeded()
{
    if (!m_session.library() || m_session.currentUser())
        return;
    if (SignInDialog::ask(m_session, m_window))
        offerToSetPassword();
    else
        Q_EMIT statusMessage(tr("Nobody is signed in: use File > Switch User… to sign in."));
}

void PeopleActions::switchUser()
{
    if (!m_session.library())
        return;
    if (Library::isServerLocation(m_session.location())) {
        Q_EMIT reconnectRequested();
        return;
    }
    if (SignInDialog::ask(m_session, m_window))
        offerToSetPassword();
}

void PeopleActions::offerToSetPassword()
{
    const std::optional<User> user = m_session.currentUser();
    if (!user || user->hasPassword || !UserAdmin::requiresPassword(user->role))
        return;
    const qint64 id = user->id;
    const bool set = PasswordDialog::ask(
            tr("Set Your Password"),
            tr("You are %1 and your account has no password yet: anyone could sign in as you. "
               "Set a password now?")
                    .arg(Roles::displayName(user->role)),
            PasswordDialog::Mode::Postpone,
            [this, id](const QString &password, const QString &) {
                return UserAdmin(*m_session.library(), *m_session.currentUser())
                        .setPassword(id, password);
            },
            m_window);
    if (set) {
        m_session.refreshUser();
        Q_EMIT statusMessage(tr("Your password is set."));
    }
}

void PeopleActions::manageUsers()
{
    if (!m_session.library() || !m_session.currentUser())
        return;
    UsersDialog dialog(m_session, m_window);
    dialog.exec();
    m_session.refreshUser();
}

void PeopleActions::showAuditLog()
{
    if (!m_session.library() || !m_session.currentUser())
        return;
    AuditLogDialog dialog(m_session, m_window);
    dialog.exec();
}

} // namespace Newsdesk
