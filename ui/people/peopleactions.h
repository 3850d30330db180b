#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Newsdesk {

class LibrarySession;

// What the main window does about people: asks who is working when a library opens and
// nobody is signed in, File > Switch User… (on a server: connecting again as someone else), Library > Manage Users… and Library > Audit Log…,
// and enables those actions for the roles that may use them.
class PeopleActions final : public QObject
{
    Q_OBJECT

public:
    PeopleActions(LibrarySession &session, QWidget *window, QAction *switchUser,
                  QAction *manageUsers, QAction *auditLog);

    // Shows the sign-in dialog when a library is open and nobody is signed in.
    void signInIfNeeded();
    void switchUser();
    void manageUsers();
    void showAuditLog();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // Switch User on a server library: there the person is the login, so someone else
    // connects again as themselves (the window shows the connect dialog).
    void reconnectRequested();

private:
    void updateActions();
    // After a chief editor or administrator signs in without a password: "Set your password".
    void offerToSetPassword();

    LibrarySession &m_session;
    QWidget *m_window = nullptr;
    QAction *m_switchUser = nullptr;
    QAction *m_manageUsers = nullptr;
    QAction *m_auditLog = nullptr;
};

} // namespace Newsdesk
