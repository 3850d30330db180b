#include "librarysession.h"

#include "config/paths.h"
#include "config/settings.h"
#include "demo/demolibrary.h"
#include "storage/library.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Newsdesk {

LibrarySession::LibrarySession(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

LibrarySession::~LibrarySession() = default;

QString LibrarySession::location() const
{
    return m_library ? m_library->location() : QString();
}

Status LibrarySession::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<std::unique_ptr<Library>> opened = Library::open(absolute);
    if (!opened)
        return opened.error();
    adopt(std::move(opened.value()));
    return {};
}

Status LibrarySession::create(const QString &path, bool demo)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const Status created = Library::create(absolute, [&](Library &library) {
        return demo ? DemoLibrary::populateDemo(library, DemoLibrary::DefaultArticleCount)
                    : DemoLibrary::populateEmpty(library, Paths::loginName());
    });
    if (!created)
        return created;
    return open(absolute);
}

Status LibrarySession::openDefault()
{
    const QString path = Paths::defaultLibrary();
    if (QFileInfo::exists(path))
        return open(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(Error::Kind::Io,
                     tr("Cannot create the folder %1 for the default library.")
                             .arg(QFileInfo(path).absolutePath()));
    return create(path, true);
}

void LibrarySession::close()
{
    if (!m_library)
        return;
    m_library.reset();
    m_user.reset();
    Q_EMIT libraryChanged();
    Q_EMIT currentUserChanged();
}

void LibrarySession::setCurrentUser(const User &user)
{
    m_user = user;
    if (m_library)
        m_settings.setUserForLibrary(m_library->location(), user.name);
    Q_EMIT currentUserChanged();
}

void LibrarySession::adopt(std::unique_ptr<Library> library)
{
    m_library = std::move(library);
    m_settings.noteLibraryOpened(m_library->location());
    chooseUser();
    Q_EMIT libraryChanged();
    Q_EMIT currentUserChanged();
}

void LibrarySession::chooseUser()
{
    m_user.reset();
    Result<QList<User>> users = m_library->users().all();
    if (!users || users.value().isEmpty())
        return;
    const QString remembered = m_settings.userForLibrary(m_library->location());
    const QString login = Paths::loginName();
    const QList<User> &all = users.value();
    auto named = [&](const QString &name) -> std::optional<User> {
        for (const User &user : all) {
            if (user.active && !name.isEmpty() && user.name == name)
                return user;
        }
        return std::nullopt;
    };
    auto withRole = [&](Role role) -> std::optional<User> {
        for (const User &user : all) {
            if (user.active && user.role == role)
                return user;
        }
        return std::nullopt;
    };
    m_user = named(remembered);
    if (!m_user)
        m_user = named(login);
    if (!m_user)
        m_user = withRole(Role::Admin);
    if (!m_user)
        m_user = withRole(Role::Chief);
    if (!m_user)
        m_user = all.constFirst();
    m_settings.setUserForLibrary(m_library->location(), m_user->name);
}

} // namespace Newsdesk
