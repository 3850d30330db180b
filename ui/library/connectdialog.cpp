#include "connectdialog.h"

#include "common/colors.h"
#include "config/paths.h"
#include "config/settings.h"
#include "storage/serverlocation.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

ConnectDialog::ConnectDialog(Settings &settings, Connect connectTo, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_connect(std::move(connectTo))
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to Newsroom Server"));

    auto *help = new QLabel(tr("Work in your newsroom's shared library on its PostgreSQL "
                               "server. Your administrator gives you the server, the database "
                               "and your user name."),
                            this);
    help->setObjectName(u"connect.help"_s);
    help->setWordWrap(true);

    m_host = lineEdit(u"connect.host"_s, tr("Server"), this);
    m_host->setPlaceholderText(tr("e.g. db.newsroom.example"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"connect.port"_s);
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(ServerLocation::DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database = lineEdit(u"connect.database"_s, tr("Database"), this);
    m_user = lineEdit(u"connect.user"_s, tr("User name"), this);
    m_password = lineEdit(u"connect.password"_s, tr("Password"), this);
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordNote = new QLabel(tr("Not saved. Newsdesk also finds it in ~/.pgpass or in "
                                       "the PGPASSWORD environment variable."),
                                    this);
    passwordNote->setObjectName(u"connect.passwordNote"_s);
    passwordNote->setWordWrap(true);
    QFont small = passwordNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    passwordNote->setFont(small);
    passwordNote->setForegroundRole(QPalette::PlaceholderText);

    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_host, 1);
    serverRow->addWidget(buddyLabel(tr("P&ort:"), m_port, this));
    serverRow->addWidget(m_port);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Server:"), m_host, this), serverRow);
    form->addRow(buddyLabel(tr("&Database:"), m_database, this), m_database);
    form->addRow(buddyLabel(tr("&User name:"), m_user, this), m_user);
    form->addRow(buddyLabel(tr("Pass&word:"), m_password, this), m_password);
    form->addRow(QString(), passwordNote);

    m_error = new QLabel(this);
    m_error->setObjectName(u"connect.error"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Colors::showAsProblem(m_error);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"connect.connect"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // About 64 Latin letters wide, the help wrapping in it. (Not averageCharWidth(): a CJK
    // font's average counts its full-width glyphs, and the dialog came out twice as wide.)
    const int width = fontMetrics().horizontalAdvance(u'n') * 64;
    setMinimumWidth(width);

    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    const QString last = m_settings.lastServer();
    if (ServerLocation::parse(last)) {
        setLocation(last);
    } else {
        m_user->setText(Paths::loginName());
        updateButtons();
        focusFirstEmpty();
    }
}

void ConnectDialog::setLocation(const QString &location)
{
    const ServerLocation server = ServerLocation::parse(location).value_or(ServerLocation());
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_database->setText(server.database);
    m_user->setText(server.user);
    m_password->clear();
    updateButtons();
    focusFirstEmpty();
}

void ConnectDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // Grow to the message's lines rather than squeeze the fields.
    layout()->activate();
    if (const int needed = heightForWidth(width()); needed > height())
        resize(width(), needed);
}

void ConnectDialog::focusUserName()
{
    m_user->setFocus();
    m_user->selectAll();
}

ServerLocation ConnectDialog::location() const
{
    ServerLocation server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.password = m_password->text();
    return server;
}

QString ConnectDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConnectDialog::updateButtons()
{
    const ServerLocation server = location();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(
            !server.host.isEmpty() && !server.database.isEmpty() && !server.user.isEmpty());
}

void ConnectDialog::focusFirstEmpty()
{
    for (QLineEdit *edit : {m_host, m_database, m_user}) {
        if (edit->text().trimmed().isEmpty()) {
            edit->setFocus();
            return;
        }
    }
    m_password->setFocus();
}

void ConnectDialog::accept()
{
    const ServerLocation server = location();
    if (server.host.isEmpty() || server.database.isEmpty() || server.user.isEmpty())
        return;
    m_error->hide();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status connected = m_connect(server.url(ServerLocation::Password::Include));
    QApplication::restoreOverrideCursor();
    if (!connected) {
        showError(connected.error().message());
        // Everything typed stays; the field to fix next has the focus.
        if (connected.error().kind() == Error::Kind::Unauthenticated) {
            m_password->setFocus();
            m_password->selectAll();
        } else {
            m_host->setFocus();
        }
        return;
    }
    m_settings.setLastServer(server.url());
    m_password->clear();
    QDialog::accept();
}

} // namespace Newsdesk
