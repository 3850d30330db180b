#include "usersdialog.h"

#include "common/dialogs.h"
#include "library/librarysession.h"
#include "people/adduserdialog.h"
#include "people/passworddialog.h"
#include "storage/library.h"
#include "workflow/useradmin.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}
} // namespace

UsersDialog::UsersDialog(LibrarySession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"usersDialog"_s);
    setWindowTitle(tr("Manage Users"));
    resize(640, 400);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(u"users.table"_s);
    m_table->setHorizontalHeaderLabels(
            {tr("Name"), tr("Role"), tr("Password"), tr("Active"), tr("Created")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_add = button(tr("&Add…"), u"users.add"_s, this);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"users.role"_s);
    for (Role role : Roles::all())
        m_role->addItem(Roles::displayName(role), Roles::key(role));
    m_changeRole = button(tr("Change &Role"), u"users.changeRole"_s, this);
    m_password = button(tr("Set &Password…"), u"users.setPassword"_s, this);
    m_active = button(tr("&Deactivate"), u"users.active"_s, this);
    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addSpacing(12);
    side->addWidget(m_role);
    side->addWidget(m_changeRole);
    side->addWidget(m_password);
    side->addWidget(m_active);
    side->addStretch();
    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(m_password, &QPushButton::clicked, this, &UsersDialog::setPassword);
    connect(m_active, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::selectionChanged);
    reload();
}

UsersDialog::~UsersDialog() = default;

UserAdmin UsersDialog::admin() const
{
    return UserAdmin(*m_session.library(), m_session.currentUser().value_or(User()));
}

void UsersDialog::reload()
{
    const std::optional<User> previous = selectedUser();
    m_users = m_session.library() ? admin().list().valueOr({}) : QList<User>();
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const User &u = m_users.at(row);
        const QStringList cells {u.name, Roles::displayName(u.role),
                                 u.hasPassword ? tr("Set") : tr("None"),
                                 u.active ? tr("Active") : tr("Deactivated"),
                                 QLocale().toString(u.createdAt.toLocalTime().date(),
                                                    QLocale::ShortFormat)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    if (!previous || !select(previous->name))
        selectionChanged();
}

bool UsersDialog::select(const QString &name)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).name == name) {
            m_table->selectRow(row);
            selectionChanged();
            return true;
        }
    }
    return false;
}

std::optional<User> UsersDialog::selectedUser() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty() || items.first()->row() >= m_users.size())
        return std::nullopt;
    return m_users.at(items.first()->row());
}

void UsersDialog::selectionChanged()
{
    const std::optional<User> user = selectedUser();
    for (QWidget *w : {static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_changeRole),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_active)})
        w->setEnabled(user.has_value());
    if (!user)
        return;
    m_role->setCurrentIndex(m_role->findData(Roles::key(user->role)));
    m_active->setText(user->active ? tr("&Deactivate") : tr("Re&activate"));
}

void UsersDialog::report(const QString &title, const QString &message)
{
    Dialogs::critical(this, title, message);
}

void UsersDialog::addUser()
{
    AddUserDialog dialog(
            [this](const QString &name, Role role, const QString &password) {
                return admin().add(name, role, password);
            },
            this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.nameEdit()->text().trimmed();
    reload();
    select(name);
    Q_EMIT usersChanged();
}

void UsersDialog::changeRole()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    const Role role = Roles::fromKey(m_role->currentData().toString()).value_or(Role::Editor);
    if (Status s = admin().setRole(user->id, role); !s)
        report(tr("Change Role"), s.error().message());
    reload();
    Q_EMIT usersChanged();
}

void UsersDialog::setPassword()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    const bool own = m_session.currentUser() && m_session.currentUser()->id == user->id;
    const qint64 id = user->id;
    const bool set = PasswordDialog::ask(
            tr("Set Password"), tr("A new password for %1.").arg(user->name),
            own && user->hasPassword ? PasswordDialog::Mode::ChangeOwn : PasswordDialog::Mode::Set,
            [this, id](const QString &password, const QString &old) {
                return admin().setPassword(id, password, old);
            },
            this);
    if (!set)
        return;
    reload();
    Q_EMIT usersChanged();
}

void UsersDialog::toggleActive()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    const Status s = user->active ? admin().deactivate(user->id) : admin().reactivate(user->id);
    if (!s)
        report(user->active ? tr("Deactivate") : tr("Reactivate"), s.error().message());
    reload();
    Q_EMIT usersChanged();
}

} // namespace Newsdesk
