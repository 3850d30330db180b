#pragma once

#include "core/user.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Newsdesk {

class LibrarySession;

// Who is working in the open library: a list of the active people with their roles, and a
// password field that is enabled only for an account that has a password. A wrong password
// is said in the dialog, which stays open; signing in goes through LibrarySession::signIn.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(LibrarySession &session, QWidget *parent = nullptr);

    // Shows the dialog (or uses the answer set by setAutoAnswer); whether someone signed in.
    static bool ask(LibrarySession &session, QWidget *parent);
    // Test seam: the next ask() signs name in with password without showing the dialog
    // (like KeePassXC's MessageBox::setNextAnswer). Cleared once used.
    static void setAutoAnswer(const QString &name, const QString &password);
    static void clearAutoAnswer();

    QComboBox *userBox() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QString errorText() const;

    void accept() override;

private:
    void userChosen();
    std::optional<User> chosenUser() const;

    LibrarySession &m_session;
    QList<User> m_users;
    QComboBox *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Newsdesk
