#pragma once

#include "core/result.h"
#include "import/importitem.h"
#include "import/safearchive.h"

#include <QCoreApplication>
#include <QList>
#include <QTemporaryDir>

#include <atomic>
#include <memory>

namespace Newsdesk {

// Finds what an import of some paths reads: files by their format (.html .htm .shtml .xhtml,
// .md .markdown …, .txt .text), folders recursively, and .zip / .tar.gz / .tgz / .tar archives,
// each checked whole by SafeArchive before anything is unpacked (into a temporary folder that
// lives as long as the Scan). Hidden files and folders (".git") and symbolic links are passed
// over; other files (images, style sheets) are resources of the pages and counted.
class ImportScanner final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ImportScanner)

public:
    struct Skipped
    {
        QString displayPath;
        QString reason;
    };
    struct Scan
    {
        QList<ImportItem> items; // in path order, folders depth first
        QList<Skipped> skipped; // given files that cannot be imported, links
        int otherFiles = 0; // files in folders that are not pages (images, CSS, …)
        std::shared_ptr<QTemporaryDir> unpacked; // archives' contents, while items are read
    };

    static bool isImportable(const QString &path);
    static std::optional<ImportFormat> formatOf(const QString &path);

    // An error for a path that does not exist or an archive SafeArchive refuses: then nothing
    // is imported at all. cancelled is polled between files.
    static Result<Scan> scan(const QStringList &paths, const ArchiveLimits &limits = {},
                             const std::atomic_bool *cancelled = nullptr);
};

} // namespace Newsdesk
