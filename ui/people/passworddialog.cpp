#include "passworddialog.h"

#include "common/colors.h"
#include "workflow/passwords.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
std::optional<std::optional<QString>> &nextAnswer()
{
    static std::optional<std::optional<QString>> answer;
    return answer;
}

QLineEdit *passwordEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

void PasswordDialog::setNextAnswer(const std::optional<QString> &password)
{
    nextAnswer() = password;
}

bool PasswordDialog::ask(const QString &title, const QString &text, Mode mode,
                         const Apply &apply, QWidget *parent)
{
    if (nextAnswer()) {
        const std::optional<QString> answer = *nextAnswer();
        nextAnswer().reset();
        return answer && apply(*answer, QString()).ok();
    }
    PasswordDialog dialog(title, text, mode, apply, parent);
    return dialog.exec() == QDialog::Accepted;
}

PasswordDialog::PasswordDialog(const QString &title, const QString &text, Mode mode, Apply apply,
                               QWidget *parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
{
    setObjectName(u"passwordDialog"_s);
    setWindowTitle(title);
    auto *intro = new QLabel(text, this);
    intro->setWordWrap(true);
    m_new = passwordEdit(u"password.new"_s, this);
    m_confirm = passwordEdit(u"password.confirm"_s, this);
    m_error = new QLabel(this);
    m_error->setObjectName(u"password.error"_s);
    m_error->setWordWrap(true);
    Colors::showAsProblem(m_error);
    m_error->hide();
    auto *form = new QFormLayout;
    if (mode == Mode::ChangeOwn) {
        m_old = passwordEdit(u"password.old"_s, this);
        form->addRow(tr("&Current password:"), m_old);
    }
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat it:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set Password"));
    if (mode == Mode::Postpone)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Later"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("At least %1 characters.").arg(Passwords::MinimumLength),
                                 this));
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
}

QString PasswordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PasswordDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void PasswordDialog::accept()
{
    if (m_new->text() != m_confirm->text()) {
        showError(tr("The two new passwords differ: type the same one twice."));
        m_confirm->selectAll();
        m_confirm->setFocus();
        return;
    }
    if (Status s = Passwords::check(m_new->text()); !s) {
        showError(s.error().message());
        return;
    }
    if (Status s = m_apply(m_new->text(), m_old ? m_old->text() : QString()); !s) {
        showError(s.error().message());
        return;
    }
    QDialog::accept();
}

} // namespace Newsdesk
