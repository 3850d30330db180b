#include "bundlecommit.h"

#include "export/staging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
int renameFile(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0
            ? 0
            : errno;
}

// Removes the folders of path below root that are empty, innermost first.
void removeEmptyFolders(const QString &root, QString folder)
{
    while (folder.size() > root.size() && folder.startsWith(root)) {
        if (::rmdir(QFile::encodeName(folder).constData()) != 0)
            return;
        folder = QFileInfo(folder).path();
    }
}
} // namespace

Status BundleCommit::swapFolder(const QString &staged, const QString &target)
{
    const QByteArray from = QFile::encodeName(staged);
    const QByteArray to = QFile::encodeName(target);
    if (!QFileInfo::exists(target)) {
        if (::rename(from.constData(), to.constData()) == 0)
            return {};
        return Error(
                Error::Kind::Io,
                tr("Cannot move the new bundle to %1: %2.").arg(target, Staging::reason(errno)));
    }
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) == 0)
        return {};
    if (errno != EINVAL && errno != ENOSYS) {
        return Error(Error::Kind::Io,
                     tr("Cannot put the new bundle in place of %1: %2.")
                             .arg(target, Staging::reason(errno)));
    }
    // No atomic exchange on this filesystem: two renames, undone if the second fails.
    const QString aside = staged + u".previous"_s;
    if (const int error = renameFile(target, aside)) {
        return Error(Error::Kind::Io,
                     tr("Cannot move %1 aside: %2.").arg(target, Staging::reason(error)));
    }
    if (const int error = renameFile(staged, target)) {
        renameFile(aside, target);
        return Error(Error::Kind::Io,
                     tr("Cannot put the new bundle in place of %1: %2.")
                             .arg(target, Staging::reason(error)));
    }
    renameFile(aside, staged);
    return {};
}

Status BundleCommit::applyChanges(const QString &staged, const QString &target,
                                  const QStringList &changed, const QStringList &removed,
                                  const QString &backup)
{
    struct Move
    {
        QString from;
        QString to;
    };
    std::vector<Move> done;
    QStringList createdFolders;
    const auto undo = [&]() {
        for (auto it = done.rbegin(); it != done.rend(); ++it)
            renameFile(it->to, it->from);
        for (auto it = createdFolders.crbegin(); it != createdFolders.crend(); ++it)
            ::rmdir(QFile::encodeName(*it).constData());
        removeTree(backup);
    };
    const auto move = [&](const QString &from, const QString &to, QStringList *created) -> Status {
        if (Status s = Staging::makePath(QFileInfo(to).path(), created); !s)
            return s;
        if (const int error = renameFile(from, to)) {
            return Error(error == EACCES || error == EROFS ? Error::Kind::ReadOnly
                                                           : Error::Kind::Io,
                         tr("Cannot replace %1: %2.").arg(to, Staging::reason(error)));
        }
        done.push_back({from, to});
        return {};
    };
    const auto setAside = [&](const QString &relative) -> Status {
        const QString live = target + u'/' + relative;
        if (!QFileInfo::exists(live))
            return {};
        return move(live, backup + u'/' + relative, nullptr);
    };
    for (const QString &relative : changed) {
        Status s = setAside(relative);
        if (s)
            s = move(staged + u'/' + relative, target + u'/' + relative, &createdFolders);
        if (!s) {
            undo();
            return s;
        }
    }
    for (const QString &relative : removed) {
        if (Status s = setAside(relative); !s) {
            undo();
            return s;
        }
    }
    for (const QString &relative : removed)
        removeEmptyFolders(target, QFileInfo(target + u'/' + relative).path());
    removeTree(backup);
    return {};
}

void BundleCommit::removeTree(const QString &path)
{
    if (!path.isEmpty() && QFileInfo(path).isDir())
        QDir(path).removeRecursively();
}

} // namespace Newsdesk
