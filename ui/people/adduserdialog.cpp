#include "adduserdialog.h"

#include "common/colors.h"
#include "workflow/passwords.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

AddUserDialog::AddUserDialog(Add add, QWidget *parent)
    : QDialog(parent)
    , m_add(std::move(add))
{
    setObjectName(u"addUserDialog"_s);
    setWindowTitle(tr("Add User"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"addUser.name"_s);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"addUser.role"_s);
    for (Role role : Roles::all())
        m_role->addItem(Roles::displayName(role), Roles::key(role));
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"addUser.password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(u"addUser.confirm"_s);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(u"addUser.error"_s);
    m_error->setWordWrap(true);
    Colors::showAsProblem(m_error);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Re&peat password:"), m_confirm);
    auto *hint = new QLabel(tr("Chief editors and administrators need a password of at least %1 "
                               "characters; for editors it is optional.")
                                    .arg(Passwords::MinimumLength),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
}

QString AddUserDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AddUserDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void AddUserDialog::accept()
{
    if (m_password->text() != m_confirm->text()) {
        showError(tr("The two passwords differ: type the same one twice."));
        return;
    }
    const Role role = Roles::fromKey(m_role->currentData().toString()).value_or(Role::Editor);
    Result<User> added = m_add(m_name->text(), role, m_password->text());
    if (!added) {
        showError(added.error().message());
        return;
    }
    QDialog::accept();
}

} // namespace Newsdesk
