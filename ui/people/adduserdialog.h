#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Newsdesk {

// A new person: name, role, and a password typed twice (required for chief editors and
// administrators, optional for editors). add (UserAdmin::add) does the work; its error is
// shown in the dialog, which stays open.
class AddUserDialog final : public QDialog
{
    Q_OBJECT

public:
    using Add = std::function<Result<User>(const QString &name, Role role,
                                           const QString &password)>;

    explicit AddUserDialog(Add add, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QString errorText() const;

    void accept() override;

private:
    void showError(const QString &message);

    Add m_add;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Newsdesk
