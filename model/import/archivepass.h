#pragma once

#include "core/result.h"
#include "import/safearchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

struct archive;
struct archive_entry;

namespace Newsdesk {

// One pass over an archive, for SafeArchive: every entry's name, kind and size checked, its
// data read through and counted against the limits, and, when a target folder is given,
// written there. SafeArchive::check() runs one pass without a target; extract() runs a second
// one with it, so that an archive changed in between is checked again as it is written.
class ArchivePass final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArchivePass)

public:
    // root: the canonical path of an existing, empty folder to write to; empty to only check.
    ArchivePass(const QString &archivePath, const ArchiveLimits &limits, const QString &root);
    ~ArchivePass();
    Q_DISABLE_COPY_MOVE(ArchivePass)

    Status run();
    // The files written (or that would be), relative, in archive order.
    const QStringList &files() const { return m_files; }

private:
    enum class Seen { File, Folder, ImpliedFolder };

    Status open();
    Status checkEntry(struct archive_entry *entry, const QString &name, QString *path);
    Status checkPlace(const QString &name, const QString &path, bool folder);
    Status makeFolder(const QString &path);
    Status readData(const QString &name, const QString &path);
    Error damaged(const QString &name) const;
    Error cannotWrite(const QString &target, const QString &reason) const;
    QString libarchiveError() const;

    QString m_path;
    QString m_name; // the archive's file name, for messages
    ArchiveLimits m_limits;
    QString m_root;
    struct archive *m_archive = nullptr;
    qint64 m_entries = 0;
    qint64 m_declaredBytes = 0;
    qint64 m_unpackedBytes = 0;
    QHash<QString, Seen> m_seen;
    QStringList m_files;
};

} // namespace Newsdesk
