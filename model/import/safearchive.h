#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Newsdesk {

// How much an archive may unpack to. The defaults fit a newsroom's exported site; tests and
// callers with other needs pass their own.
struct ArchiveLimits
{
    qint64 maxEntries = 100'000; // files + folders
    qint64 maxUnpackedBytes = 4LL << 30; // sum of all files, counted as they are read too
    qint64 maxEntryBytes = 1LL << 30; // one file
};

// Opens the .zip, .tar.gz / .tgz and .tar archives that people import, with libarchive
// (Debian's libarchive-dev), and refuses anything that could write outside the target folder
// or fill the disk: absolute paths, "..", links, device files, duplicates, encrypted entries
// and archives over the limits, whatever their headers claim. check() reads the whole archive
// and writes nothing; extract() checks first, then writes regular files and folders only (no
// permissions, owners or times) and removes what it wrote when anything goes wrong.
// Thread-safe: every call has its own libarchive reader, and names are decoded in a UTF-8
// locale set for the calling thread only.
class SafeArchive final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SafeArchive)

public:
    // Whether the file name says .zip, .tar.gz, .tgz or .tar (case-insensitive).
    static bool isArchive(const QString &path);

    // Reads every entry's header and data without writing anything; refuses the whole archive
    // (Error::Kind::Invalid, naming the archive and the entry) when one entry is unsafe or the
    // limits are exceeded, and when the archive is damaged or of another format. Io when the
    // file cannot be read.
    static Status check(const QString &archivePath, const ArchiveLimits &limits = {});

    // check(), then writes the regular files (and their folders) under targetDir, which must
    // exist and be empty. Returns the files' paths relative to targetDir with '/' separators,
    // in archive order. On failure nothing is left under targetDir.
    static Result<QStringList> extract(const QString &archivePath, const QString &targetDir,
                                       const ArchiveLimits &limits = {});
};

} // namespace Newsdesk
