#include "signindialog.h"

#include "common/colors.h"
#include "library/librarysession.h"
#include "storage/library.h"
#include "storage/serverlocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
std::optional<std::pair<QString, QString>> &autoAnswer()
{
    static std::optional<std::pair<QString, QString>> answer;
    return answer;
}
} // namespace

void SignInDialog::setAutoAnswer(const QString &name, const QString &password)
{
    autoAnswer() = std::make_pair(name, password);
}

void SignInDialog::clearAutoAnswer()
{
    autoAnswer().reset();
}

bool SignInDialog::ask(LibrarySession &session, QWidget *parent)
{
    if (autoAnswer()) {
        const auto [name, password] = *autoAnswer();
        autoAnswer().reset();
        return session.signIn(name, password).ok();
    }
    SignInDialog dialog(session, parent);
    return dialog.exec() == QDialog::Accepted;
}

SignInDialog::SignInDialog(LibrarySession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign In"));
    m_user = new QComboBox(this);
    m_user->setObjectName(u"signIn.user"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"signIn.password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(u"signIn.error"_s);
    m_error->setWordWrap(true);
    Colors::showAsProblem(m_error);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Who are you?"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    // The library by its file name (user@host/db on a server); the whole path in the tooltip.
    auto *intro = new QLabel(
            tr("Sign in to %1.").arg(ServerLocation::displayNameOf(session.location())), this);
    intro->setToolTip(Library::isServerLocation(session.location())
                              ? session.location()
                              : QDir::toNativeSeparators(session.location()));
    intro->setWordWrap(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 52);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    if (Library *library = session.library())
        m_users = library->users().all().valueOr({});
    const QString remembered = session.rememberedUser();
    for (const User &user : m_users) {
        if (!user.active)
            continue;
        m_user->addItem(u"%1 (%2)"_s.arg(user.name, Roles::displayName(user.role)), user.id);
        if (user.name == remembered)
            m_user->setCurrentIndex(m_user->count() - 1);
    }
    connect(m_user, &QComboBox::currentIndexChanged, this, &SignInDialog::userChosen);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    userChosen();
}

std::optional<User> SignInDialog::chosenUser() const
{
    const qint64 id = m_user->currentData().toLongLong();
    for (const User &user : m_users) {
        if (user.id == id)
            return user;
    }
    return std::nullopt;
}

void SignInDialog::userChosen()
{
    const std::optional<User> user = chosenUser();
    const bool needsPassword = user && user->hasPassword;
    m_password->setEnabled(needsPassword);
    m_password->clear();
    m_password->setPlaceholderText(needsPassword ? QString() : tr("No password"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(user.has_value());
    if (needsPassword)
        m_password->setFocus();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::accept()
{
    const std::optional<User> user = chosenUser();
    if (!user)
        return;
    const Status signedIn = m_session.signIn(user->name, m_password->text());
    if (!signedIn) {
        m_error->setText(signedIn.error().message());
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Newsdesk
