#include "libraryfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr QByteArrayView SqliteHeader("SQLite format 3\0", 16);
constexpr qint64 SqliteHeaderSize = 100;
} // namespace

bool LibraryFile::isMarkedWritable(const QString &path)
{
    const QFileInfo info(path);
    // The mode bits, not WriteUser: for root, WriteUser is always set.
    const QFile::Permissions writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

Status LibraryFile::checkOpenable(const QString &path)
{
    if (path.isEmpty())
        return Error(Error::Kind::Invalid, tr("No library file was given."));
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Kind::NotFound, tr("%1 does not exist.").arg(path));
    if (info.isDir())
        return Error(Error::Kind::Invalid,
                     tr("%1 is a folder, not a Newsdesk library file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Kind::Io, tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    }
    if (file.size() == 0)
        return Error(Error::Kind::NotALibrary,
                     tr("%1 is empty: it is not a Newsdesk library.").arg(path));
    const QByteArray header = file.read(SqliteHeaderSize);
    if (header.size() < SqliteHeaderSize || !header.startsWith(SqliteHeader)) {
        return Error(Error::Kind::NotALibrary,
                     tr("%1 is not a Newsdesk library: it is not an SQLite database.").arg(path));
    }
    if (!isMarkedWritable(path)) {
        return Error(Error::Kind::ReadOnly,
                     tr("%1 is read-only. Newsdesk writes to its library as you work: make the "
                        "file writable, or open a writable copy.")
                             .arg(path));
    }
    const QString folder = info.absolutePath();
    if (!isMarkedWritable(folder)) {
        return Error(Error::Kind::ReadOnly,
                     tr("%1 cannot be opened because its folder %2 is read-only (the library "
                        "keeps its journal beside the file).")
                             .arg(path, QDir::toNativeSeparators(folder)));
    }
    return {};
}

Status LibraryFile::checkCreatable(const QString &path)
{
    if (path.isEmpty())
        return Error(Error::Kind::Invalid, tr("No library file was given."));
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        return Error(Error::Kind::AlreadyExists,
                     tr("%1 already exists; Newsdesk will not overwrite it. Choose another file "
                        "name.")
                             .arg(path));
    }
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error(Error::Kind::NotFound,
                     tr("Cannot create %1: the folder %2 does not exist.")
                             .arg(path, QDir::toNativeSeparators(folder)));
    if (!isMarkedWritable(folder))
        return Error(Error::Kind::ReadOnly,
                     tr("Cannot create %1: the folder %2 is read-only.")
                             .arg(path, QDir::toNativeSeparators(folder)));
    return {};
}

} // namespace Newsdesk
