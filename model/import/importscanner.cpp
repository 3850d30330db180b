#include "importscanner.h"

#include "import/htmlpagereader.h"
#include "import/markdownreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
struct Walk
{
    ImportScanner::Scan &scan;
    const ArchiveLimits &limits;
    const std::atomic_bool *cancelled;

    bool isCancelled() const { return cancelled && cancelled->load(); }

    ImportItem item(const QString &path, const QString &displayPath, const QString &fileKey,
                    const QString &root, ImportFormat format) const
    {
        ImportItem found;
        found.path = path;
        found.displayPath = displayPath;
        found.fileKey = fileKey;
        found.root = root;
        found.format = format;
        const QString relative = QDir(root).relativeFilePath(QFileInfo(path).absolutePath());
        if (relative != u"."_s)
            found.folders = relative.split(u'/', Qt::SkipEmptyParts);
        return found;
    }

    // Every importable file under folder, in a stable order; archives inside are unpacked.
    Status folder(const QString &folder, const QString &displayBase, const QString &keyBase)
    {
        QStringList files;
        QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(folder).relativeFilePath(path);
            const QStringList parts = relative.split(u'/');
            // Hidden files and folders (".git", ".DS_Store") are no content.
            const bool hidden = std::any_of(parts.cbegin(), parts.cend(), [](const QString &part) {
                return part.startsWith(u'.');
            });
            if (!hidden)
                files.append(relative);
        }
        std::sort(files.begin(), files.end());
        for (const QString &relative : std::as_const(files)) {
            if (isCancelled())
                return Error(Error::Kind::Cancelled, ImportScanner::tr("The import was cancelled."));
            const QString path = folder + u'/' + relative;
            const QString display = displayBase + relative;
            const QFileInfo info(path);
            if (info.isSymLink()) {
                scan.skipped.append({display, ImportScanner::tr("a symbolic link: not followed")});
                continue;
            }
            if (!info.isFile()) {
                scan.skipped.append({display, ImportScanner::tr("not a regular file")});
                continue;
            }
            if (SafeArchive::isArchive(path)) {
                if (Status unpacked = archive(path, display, keyBase + relative); !unpacked)
                    return unpacked;
                continue;
            }
            const std::optional<ImportFormat> format = ImportScanner::formatOf(path);
            if (!format) {
                ++scan.otherFiles;
                continue;
            }
            scan.items.append(item(path, display, keyBase + relative, folder, *format));
        }
        return {};
    }

    Status archive(const QString &path, const QString &display, const QString &key)
    {
        if (!scan.unpacked) {
            scan.unpacked = std::make_shared<QTemporaryDir>();
            if (!scan.unpacked->isValid())
                return Error(Error::Kind::Io,
                             ImportScanner::tr("Cannot create a temporary folder to unpack "
                                               "“%1”: %2")
                                     .arg(display, scan.unpacked->errorString()));
        }
        const QString target = scan.unpacked->filePath(QString::number(++archives));
        if (!QDir().mkpath(target))
            return Error(Error::Kind::Io,
                         ImportScanner::tr("Cannot create the folder “%1” to unpack “%2”.")
                                 .arg(target, display));
        Result<QStringList> extracted = SafeArchive::extract(path, target, limits);
        if (!extracted)
            return extracted.error();
        return folder(target, display + u'!', key + u'!');
    }

    int archives = 0;
};
} // namespace

std::optional<ImportFormat> ImportScanner::formatOf(const QString &path)
{
    // The readers know their files' names.
    if (HtmlPageReader::isHtmlFile(path))
        return ImportFormat::Html;
    if (MarkdownReader::isMarkdownFile(path))
        return ImportFormat::Markdown;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"txt"_s || suffix == u"text"_s)
        return ImportFormat::Text;
    return std::nullopt;
}

bool ImportScanner::isImportable(const QString &path)
{
    return formatOf(path).has_value() || SafeArchive::isArchive(path);
}

Result<ImportScanner::Scan> ImportScanner::scan(const QStringList &paths,
                                                const ArchiveLimits &limits,
                                                const std::atomic_bool *cancelled)
{
    Scan scan;
    Walk walk {scan, limits, cancelled};
    for (const QString &given : paths) {
        const QFileInfo info(given);
        if (!info.exists())
            return Error(Error::Kind::NotFound, tr("“%1” does not exist.").arg(given));
        const QString absolute = QDir::cleanPath(info.absoluteFilePath());
        const QString key = u"file:"_s + absolute;
        if (info.isDir()) {
            const QString display = given.endsWith(u'/') ? given : given + u'/';
            if (Status found = walk.folder(absolute, display, key + u'/'); !found)
                return found.error();
        } else if (SafeArchive::isArchive(absolute)) {
            if (Status unpacked = walk.archive(absolute, given, key); !unpacked)
                return unpacked.error();
        } else if (const std::optional<ImportFormat> format = formatOf(absolute)) {
            scan.items.append(walk.item(absolute, given, key, info.absolutePath(), *format));
        } else {
            scan.skipped.append(
                    {given, tr("not a page, Markdown or text file (.html, .md, .txt) nor an "
                               "archive (.zip, .tar.gz)")});
        }
    }
    return scan;
}

} // namespace Newsdesk
