#include "staging.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Newsdesk {

Staging::Staging(const QString &templatePath)
    : m_dir(templatePath)
    , m_root(m_dir.path())
{
}

Staging::~Staging() = default;

Result<std::unique_ptr<Staging>> Staging::create(const QString &target)
{
    const QFileInfo info(target);
    const QString parent = info.absolutePath();
    if (!QFileInfo(parent).isDir()) {
        return Error(Error::Kind::NotFound,
                     tr("Cannot export to %1: the folder %2 does not exist.").arg(target, parent));
    }
    std::unique_ptr<Staging> staging(
            new Staging(parent + u"/."_s + info.fileName() + u".newsdesk-XXXXXX"_s));
    if (!staging->m_dir.isValid()) {
        return Error(Error::Kind::ReadOnly,
                     tr("Cannot export to %1: cannot create a folder in %2: %3.")
                             .arg(target, parent, staging->m_dir.errorString()));
    }
    // QTemporaryDir makes a private folder (0700); a bundle is for a web server to read.
    const mode_t mask = ::umask(022);
    ::umask(mask);
    ::chmod(QFile::encodeName(staging->m_root).constData(), 0777 & ~mask);
    return staging;
}

QString Staging::reason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Status Staging::makePath(const QString &path, QStringList *created)
{
    QStringList missing;
    QString folder = path;
    while (!folder.isEmpty() && !QFileInfo(folder).exists()) {
        missing.prepend(folder);
        folder = QFileInfo(folder).path();
    }
    for (const QString &dir : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(dir).constData(), 0777) != 0 && errno != EEXIST) {
            return Error(errno == EACCES || errno == EROFS ? Error::Kind::ReadOnly
                                                           : Error::Kind::Io,
                         tr("Cannot create the folder %1: %2.").arg(dir, reason(errno)));
        }
        if (created)
            created->append(dir);
    }
    return {};
}

Status Staging::write(const QString &relativePath, QByteArrayView bytes) const
{
    if (m_beforeWrite) {
        if (Status s = m_beforeWrite(relativePath); !s)
            return s;
    }
    const QString path = filePath(relativePath);
    const QByteArray name = QFile::encodeName(path);
    int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0 && errno == ENOENT) {
        if (Status s = makePath(QFileInfo(path).path()); !s)
            return s;
        fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    }
    const auto failed = [&](int error) {
        return Error(error == EACCES || error == EROFS ? Error::Kind::ReadOnly : Error::Kind::Io,
                     tr("Cannot write %1: %2.").arg(path, reason(error)));
    };
    if (fd < 0)
        return failed(errno);
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC;
            ::close(fd);
            return failed(error);
        }
        data += n;
        left -= n;
    }
    if (::close(fd) != 0)
        return failed(errno);
    return {};
}

} // namespace Newsdesk
