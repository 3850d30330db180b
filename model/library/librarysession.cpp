#include "librarysession.h"

#include "config/paths.h"
#include "config/settings.h"
#include "demo/demolibrary.h"
#include "storage/library.h"
#include "workflow/signin.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Newsdesk {

LibrarySession::LibrarySession(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

LibrarySession::~LibrarySession() = default;

void LibrarySession::follow()
{
    m_feed = std::make_unique<ChangeFeed>(*m_library);
    connect(m_feed.get(), &ChangeFeed::changed, this, &LibrarySession::changedElsewhere);
}

QString LibrarySession::location() const
{
    return m_library ? m_library->location() : QString();
}

namespace {
// A file as its absolute path; a server URL percent-encoded (a recent entry names its user
// readably, 林晓 rather than %E6%9E%97%E6%99%93).
QString absoluteLocation(const QString &location)
{
    if (!Library::isServerLocation(location))
        return QFileInfo(location).absoluteFilePath();
    const QUrl url(location);
    return url.isValid() ? url.toString(QUrl::FullyEncoded) : location;
}
} // namespace

Status LibrarySession::open(const QString &location)
{
    const QString absolute = absoluteLocation(location);
    Result<std::unique_ptr<Library>> opened = Library::open(absolute);
    if (!opened)
        return opened.error();
    m_connectionLocation = absolute;
    adopt(std::move(opened.value()));
    return {};
}

Status LibrarySession::create(const QString &path, bool demo)
{
    const QString absolute = absoluteLocation(path);
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
    m_feed.reset();
    m_library.reset();
    m_connectionLocation.clear();
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
    m_feed.reset();
    m_library = std::move(library);
    follow();
    m_settings.noteLibraryOpened(m_library->location());
    chooseUser();
    Q_EMIT libraryChanged();
    Q_EMIT currentUserChanged();
}

void LibrarySession::chooseUser()
{
    bool isPerson = false;
    m_user = serverUser(&isPerson);
    if (!isPerson)
        m_user = silentUser();
    if (m_user)
        m_settings.setUserForLibrary(m_library->location(), m_user->name);
}

std::optional<User> LibrarySession::silentUser() const
{
    Result<QList<User>> users = m_library->users().all();
    if (!users)
        return std::nullopt;
    const QList<User> &all = users.value();
    auto open = [&](const User &user) { return user.active && !user.hasPassword; };
    const QString remembered = m_settings.userForLibrary(m_library->location());
    if (!remembered.isEmpty()) {
        // Whoever worked here last is asked for their password, not replaced by someone else.
        for (const User &user : all) {
            if (user.name == remembered)
                return open(user) ? std::optional<User>(user) : std::nullopt;
        }
    }
    const QString login = Paths::loginName();
    for (const User &user : all) {
        if (user.name == login && open(user))
            return user;
    }
    for (const User &user : all) {
        if (user.role == Role::Editor && open(user))
            return user;
    }
    return std::nullopt;
}

std::optional<User> LibrarySession::serverUser(bool *isPerson) const
{
    *isPerson = false;
    Result<std::optional<User>> person = SignIn::connectedPerson(*m_library);
    if (!person || !person.value())
        return std::nullopt;
    const std::optional<User> &user = person.value();
    // A deactivated person keeps their login until an administrator drops it, but works no
    // more: nobody is signed in for them, not even silently someone else.
    *isPerson = true;
    return user.value().active ? std::optional<User>(user.value()) : std::nullopt;
}

QString LibrarySession::rememberedUser() const
{
    if (!m_library)
        return {};
    if (m_user)
        return m_user->name;
    const QString remembered = m_settings.userForLibrary(m_library->location());
    if (!remembered.isEmpty() && m_library->users().byName(remembered))
        return remembered;
    return {};
}

Status LibrarySession::signIn(const QString &name, const QString &password)
{
    if (!m_library)
        return Error(Error::Kind::Invalid, tr("Open a library before signing in."));
    Result<User> user = SignIn::authenticate(*m_library, name, password);
    if (!user)
        return user.error();
    setCurrentUser(user.value());
    return {};
}

void LibrarySession::signOut()
{
    if (!m_user)
        return;
    m_user.reset();
    Q_EMIT currentUserChanged();
}

void LibrarySession::refreshUser()
{
    if (!m_library || !m_user)
        return;
    Result<User> user = m_library->users().byId(m_user->id);
    if (user && user.value().active)
        m_user = user.value();
    else
        m_user.reset();
    Q_EMIT currentUserChanged();
}

} // namespace Newsdesk
