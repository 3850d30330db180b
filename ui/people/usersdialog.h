#pragma once

#include "core/user.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace Newsdesk {

class LibrarySession;
class UserAdmin;

// The user manager (administrators): a table of the library's people (name, role, password
// set, active, created) and the changes UserAdmin makes: add, change role, set password,
// deactivate and reactivate. Every refusal is shown as UserAdmin words it.
class UsersDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, PasswordColumn, ActiveColumn, CreatedColumn };

    explicit UsersDialog(LibrarySession &session, QWidget *parent = nullptr);
    ~UsersDialog() override;

    QTableWidget *table() const { return m_table; }
    QComboBox *roleBox() const { return m_role; }
    // Selects the row of the person named name.
    bool select(const QString &name);

    void addUser();
    void changeRole();
    void setPassword();
    void toggleActive();

Q_SIGNALS:
    void usersChanged();

private:
    void reload();
    void selectionChanged();
    std::optional<User> selectedUser() const;
    UserAdmin admin() const;
    void report(const QString &title, const QString &message);

    LibrarySession &m_session;
    QList<User> m_users;
    QTableWidget *m_table = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_changeRole = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_active = nullptr;
};

} // namespace Newsdesk
