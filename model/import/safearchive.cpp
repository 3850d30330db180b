#include "safearchive.h"

#include "import/archivepass.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

constexpr QDir::Filters Everything =
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;

// Removes everything in a folder that was empty before extraction began.
void emptyFolder(const QString &folder)
{
    const QFileInfoList children = QDir(folder).entryInfoList(Everything);
    for (const QFileInfo &child : children) {
        if (child.isDir() && !child.isSymLink())
            QDir(child.filePath()).removeRecursively();
        else
            QFile::remove(child.filePath());
    }
}

} // namespace

bool SafeArchive::isArchive(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.endsWith(u".zip"_s, Qt::CaseInsensitive)
            || name.endsWith(u".tar.gz"_s, Qt::CaseInsensitive)
            || name.endsWith(u".tgz"_s, Qt::CaseInsensitive)
            || name.endsWith(u".tar"_s, Qt::CaseInsensitive);
}

Status SafeArchive::check(const QString &archivePath, const ArchiveLimits &limits)
{
    if (!isArchive(archivePath)) {
        return Error(Error::Kind::Invalid,
                     tr("%1 is not a .zip, .tar.gz, .tgz or .tar archive; nothing was imported.")
                             .arg(QFileInfo(archivePath).fileName()));
    }
    ArchivePass pass(archivePath, limits, {});
    return pass.run();
}

Result<QStringList> SafeArchive::extract(const QString &archivePath, const QString &targetDir,
                                         const ArchiveLimits &limits)
{
    const QFileInfo target(targetDir);
    if (!target.isDir()) {
        return Error(Error::Kind::NotFound,
                     tr("Cannot unpack %1: the folder %2 does not exist.")
                             .arg(QFileInfo(archivePath).fileName(),
                                  QDir::toNativeSeparators(targetDir)));
    }
    if (!QDir(targetDir).isEmpty(Everything)) {
        return Error(Error::Kind::AlreadyExists,
                     tr("Cannot unpack %1: the folder %2 is not empty.")
                             .arg(QFileInfo(archivePath).fileName(),
                                  QDir::toNativeSeparators(targetDir)));
    }
    if (Status checked = check(archivePath, limits); !checked)
        return checked.error();
    // Written through the folder's real path, so that the inside-the-folder check compares
    // like with like.
    const QString root = target.canonicalFilePath();
    ArchivePass pass(archivePath, limits, root);
    if (Status written = pass.run(); !written) {
        emptyFolder(root);
        return written.error();
    }
    return pass.files();
}

} // namespace Newsdesk
