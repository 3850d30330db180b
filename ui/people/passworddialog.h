#pragma once

#include "core/result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Newsdesk {

// A new password typed twice (and the current one, when changing one's own): checks that
// both match and the length rule, then hands them to apply (UserAdmin::setPassword); an
// error from apply is shown in the dialog, which stays open. With Postpone, the cancel
// button reads "Later" (the "Set your password" prompt after a chief or administrator signs
// in without one).
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<Status(const QString &newPassword, const QString &oldPassword)>;
    enum class Mode { Set, ChangeOwn, Postpone };

    PasswordDialog(const QString &title, const QString &text, Mode mode, Apply apply,
                   QWidget *parent = nullptr);

    // Shows a dialog (or uses the answer set by setNextAnswer); whether the password was set.
    static bool ask(const QString &title, const QString &text, Mode mode, const Apply &apply,
                    QWidget *parent);
    // Test seam: the next ask() answers password (nullopt: as if postponed or cancelled).
    static void setNextAnswer(const std::optional<QString> &password);

    QLineEdit *oldEdit() const { return m_old; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QString errorText() const;

    void accept() override;

private:
    void showError(const QString &message);

    Apply m_apply;
    QLineEdit *m_old = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Newsdesk
