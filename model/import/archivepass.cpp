#include "archivepass.h"

#include "import/archiveentrypath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <archive.h>
#include <archive_entry.h>
#include <climits>
#include <locale.h>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

constexpr qsizetype BlockSize = 1 << 16;

// libarchive converts entry names between the archive's charset and the "current locale",
// which is the process's (often "C" under a service or cron job, where every non-ASCII name
// fails to convert). A UTF-8 LC_CTYPE set for this thread only (uselocale) makes those
// conversions UTF-8 to UTF-8 and leaves names of unknown charset as their bytes, whatever
// the process locale, without touching other threads.
class Utf8LocaleScope final
{
public:
    Utf8LocaleScope()
    {
        static const locale_t utf8 = [] {
            locale_t locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(nullptr));
            return locale ? locale : newlocale(LC_CTYPE_MASK, "en_US.UTF-8", locale_t(nullptr));
        }();
        if (utf8)
            m_previous = uselocale(utf8);
    }
    ~Utf8LocaleScope()
    {
        if (m_previous)
            uselocale(m_previous);
    }
    Q_DISABLE_COPY_MOVE(Utf8LocaleScope)

private:
    locale_t m_previous = locale_t(nullptr);
};

// A size for a message: a limit such as 1 MiB shows as "1 MiB", not "1.00 MiB".
QString sizeText(qint64 bytes)
{
    qint64 unit = 1;
    while (unit < (qint64(1) << 60) && bytes >= unit * 1024)
        unit *= 1024;
    return QLocale().formattedDataSize(bytes, bytes % unit == 0 ? 0 : 1);
}

Error invalid(const QString &message)
{
    return Error(Error::Kind::Invalid, message);
}

} // namespace

ArchivePass::ArchivePass(const QString &archivePath, const ArchiveLimits &limits,
                         const QString &root)
    : m_path(archivePath)
    , m_name(QFileInfo(archivePath).fileName())
    , m_limits(limits)
    , m_root(root)
    , m_archive(archive_read_new())
{
}

ArchivePass::~ArchivePass()
{
    archive_read_free(m_archive);
}

QString ArchivePass::libarchiveError() const
{
    const char *message = archive_error_string(m_archive);
    return message ? QString::fromUtf8(message).trimmed() : tr("unknown error");
}

Error ArchivePass::damaged(const QString &name) const
{
    if (name.isEmpty()) {
        return invalid(tr("%1 is damaged or not a zip or tar archive (%2); nothing was "
                          "imported.")
                               .arg(m_name, libarchiveError()));
    }
    return invalid(tr("%1: the entry “%2” cannot be read, the archive is damaged (%3); "
                      "nothing was imported.")
                           .arg(m_name, ArchiveEntryPath::shown(name), libarchiveError()));
}

Error ArchivePass::cannotWrite(const QString &target, const QString &reason) const
{
    return Error(Error::Kind::Io,
                 tr("Cannot write %1 from %2: %3; nothing was imported.")
                         .arg(QDir::toNativeSeparators(target), m_name, reason));
}

Status ArchivePass::open()
{
    QFile file(m_path);
    if (!QFileInfo(m_path).isFile() || !file.open(QIODevice::ReadOnly)) {
        return Error(Error::Kind::Io,
                     tr("Cannot read %1: %2.")
                             .arg(QDir::toNativeSeparators(m_path),
                                  QFileInfo::exists(m_path) ? file.errorString()
                                                            : tr("there is no such file")));
    }
    file.close();
    if (m_name.endsWith(u".zip"_s, Qt::CaseInsensitive)) {
        // The central directory is what other tools list; a zip without one (truncated) is
        // refused rather than guessed at from its local headers.
        archive_read_support_format_zip_seekable(m_archive);
    } else {
        archive_read_support_format_tar(m_archive);
        archive_read_support_filter_gzip(m_archive);
    }
    if (archive_read_open_filename(m_archive, QFile::encodeName(m_path).constData(), BlockSize)
        != ARCHIVE_OK)
        return damaged({});
    return {};
}

Status ArchivePass::run()
{
    const Utf8LocaleScope utf8;
    if (Status opened = open(); !opened)
        return opened;
    QString previous;
    for (;;) {
        struct archive_entry *entry = nullptr;
        const int status = archive_read_next_header(m_archive, &entry);
        if (status == ARCHIVE_EOF)
            return {};
        // ARCHIVE_WARN: the header was read (say, a name libarchive could not convert), and
        // the entry is checked like any other.
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN) {
            if (previous.isEmpty())
                return damaged({});
            return invalid(
                    tr("%1: the entry after “%2” cannot be read, the archive is "
                       "damaged (%3); nothing was imported.")
                            .arg(m_name, ArchiveEntryPath::shown(previous), libarchiveError()));
        }
        const QString name = ArchiveEntryPath::decodedName(entry);
        previous = name;
        QString path;
        if (Status checked = checkEntry(entry, name, &path); !checked)
            return checked;
        if (path.isEmpty())
            continue; // the archive's root folder ("./")
        const bool folder = archive_entry_filetype(entry) == AE_IFDIR;
        if (Status placed = checkPlace(name, path, folder); !placed)
            return placed;
        if (folder) {
            if (Status made = makeFolder(path); !made)
                return made;
            continue;
        }
        if (Status read = readData(name, path); !read)
            return read;
        m_files.append(path);
    }
}

Status ArchivePass::checkEntry(struct archive_entry *entry, const QString &name, QString *path)
{
    const QString shown = ArchiveEntryPath::shown(name);
    if (++m_entries > m_limits.maxEntries) {
        return invalid(tr("%1: the entry “%2” is one more than the %n entries allowed; nothing "
                          "was imported.",
                          nullptr, int(qMin<qint64>(m_limits.maxEntries, INT_MAX)))
                               .arg(m_name, shown));
    }
    switch (ArchiveEntryPath::clean(name, path)) {
    case ArchiveEntryPath::Problem::None:
        break;
    case ArchiveEntryPath::Problem::Empty:
        return invalid(tr("%1: entry number %2 has no name; nothing was imported.")
                               .arg(m_name)
                               .arg(m_entries));
    case ArchiveEntryPath::Problem::Control:
        return invalid(tr("%1: the entry “%2” has control characters in its name; nothing was "
                          "imported.")
                               .arg(m_name, shown));
    case ArchiveEntryPath::Problem::Absolute:
        return invalid(tr("%1: the entry “%2” has an absolute path; nothing was imported.")
                               .arg(m_name, shown));
    case ArchiveEntryPath::Problem::Outside:
        return invalid(tr("%1: the entry “%2” points outside the archive; nothing was "
                          "imported.")
                               .arg(m_name, shown));
    }
    const int type = int(archive_entry_filetype(entry));
    if (archive_entry_hardlink(entry)) {
        return invalid(tr("%1: the entry “%2” is a hard link, which is not allowed; nothing was "
                          "imported.")
                               .arg(m_name, shown));
    }
    if (type == AE_IFLNK || archive_entry_symlink(entry)) {
        return invalid(tr("%1: the entry “%2” is a symbolic link, which is not allowed; nothing "
                          "was imported.")
                               .arg(m_name, shown));
    }
    if (type == AE_IFCHR || type == AE_IFBLK) {
        return invalid(tr("%1: the entry “%2” is a device file, which is not allowed; nothing "
                          "was imported.")
                               .arg(m_name, shown));
    }
    if (type == AE_IFIFO) {
        return invalid(tr("%1: the entry “%2” is a named pipe (FIFO), which is not allowed; "
                          "nothing was imported.")
                               .arg(m_name, shown));
    }
    if (type == AE_IFSOCK) {
        return invalid(tr("%1: the entry “%2” is a socket, which is not allowed; nothing was "
                          "imported.")
                               .arg(m_name, shown));
    }
    if ((type != AE_IFREG && type != AE_IFDIR) || (type == AE_IFREG && path->isEmpty())) {
        return invalid(tr("%1: the entry “%2” is neither a file nor a folder; nothing was "
                          "imported.")
                               .arg(m_name, shown));
    }
    if (archive_entry_is_encrypted(entry)) {
        return invalid(tr("%1: the entry “%2” is encrypted, which is not supported; nothing was "
                          "imported.")
                               .arg(m_name, shown));
    }
    if (type != AE_IFREG || !archive_entry_size_is_set(entry))
        return {};
    const qint64 size = archive_entry_size(entry);
    if (size < 0) {
        return invalid(tr("%1: the entry “%2” has a damaged header; nothing was imported.")
                               .arg(m_name, shown));
    }
    if (size > m_limits.maxEntryBytes) {
        return invalid(
                tr("%1: the entry “%2” is %3, more than the %4 allowed for one file; "
                   "nothing was imported.")
                        .arg(m_name, shown, sizeText(size), sizeText(m_limits.maxEntryBytes)));
    }
    m_declaredBytes += size;
    if (m_declaredBytes > m_limits.maxUnpackedBytes) {
        return invalid(tr("%1: the entry “%2” takes the archive over the %3 it may unpack to; "
                          "nothing was imported.")
                               .arg(m_name, shown, sizeText(m_limits.maxUnpackedBytes)));
    }
    return {};
}

// Refuses a path seen before, and a file where a folder is needed or the other way round.
Status ArchivePass::checkPlace(const QString &name, const QString &path, bool folder)
{
    const auto found = m_seen.constFind(path);
    if (found != m_seen.cend()) {
        if ((*found == Seen::File) == folder) {
            return invalid(tr("%1: the entry “%2” is both a file and a folder; nothing was "
                              "imported.")
                                   .arg(m_name, ArchiveEntryPath::shown(name)));
        }
        if (*found != Seen::ImpliedFolder) {
            return invalid(tr("%1: the entry “%2” appears more than once; nothing was "
                              "imported.")
                                   .arg(m_name, ArchiveEntryPath::shown(name)));
        }
        m_seen.insert(path, Seen::Folder); // named after files inside it: not a duplicate
    } else {
        m_seen.insert(path, folder ? Seen::Folder : Seen::File);
    }
    // The folders it lies in, innermost first; once one is known, so are those around it.
    for (qsizetype slash = path.lastIndexOf(u'/'); slash > 0;
         slash = path.lastIndexOf(u'/', slash - 1)) {
        const QString parent = path.left(slash);
        const auto known = m_seen.constFind(parent);
        if (known == m_seen.cend()) {
            m_seen.insert(parent, Seen::ImpliedFolder);
            continue;
        }
        if (*known == Seen::File) {
            return invalid(tr("%1: the entry “%2” lies inside “%3”, which is a file; nothing "
                              "was imported.")
                                   .arg(m_name, ArchiveEntryPath::shown(name),
                                        ArchiveEntryPath::shown(parent)));
        }
        break;
    }
    return {};
}

Status ArchivePass::makeFolder(const QString &path)
{
    if (m_root.isEmpty())
        return {};
    const QString target = m_root + u'/' + path;
    if (!QDir().mkpath(target))
        return cannotWrite(target, tr("cannot create the folder"));
    return {};
}

Status ArchivePass::readData(const QString &name, const QString &path)
{
    QFile file;
    if (!m_root.isEmpty()) {
        // The path is clean of "..", and the fresh target holds no links; the path written is
        // checked against the folder all the same.
        const QString target = QDir::cleanPath(m_root + u'/' + path);
        if (!target.startsWith(m_root + u'/')) {
            return invalid(tr("%1: the entry “%2” points outside the archive; nothing was "
                              "imported.")
                                   .arg(m_name, ArchiveEntryPath::shown(name)));
        }
        file.setFileName(target);
        if (!QDir().mkpath(QFileInfo(target).path())
            || !file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return cannotWrite(target, file.errorString());
    }
    qint64 entryBytes = 0;
    QByteArray buffer(BlockSize, Qt::Uninitialized);
    for (;;) {
        const la_ssize_t n = archive_read_data(m_archive, buffer.data(), size_t(buffer.size()));
        if (n == 0)
            break;
        if (n < 0)
            return damaged(name);
        // Counted as read: a header may declare less than the data unpacks to.
        entryBytes += n;
        m_unpackedBytes += n;
        if (entryBytes > m_limits.maxEntryBytes) {
            return invalid(tr("%1: the entry “%2” unpacks to more than the %3 allowed for one "
                              "file; nothing was imported.")
                                   .arg(m_name, ArchiveEntryPath::shown(name),
                                        sizeText(m_limits.maxEntryBytes)));
        }
        if (m_unpackedBytes > m_limits.maxUnpackedBytes) {
            return invalid(tr("%1: the entry “%2” takes the archive over the %3 it may unpack "
                              "to; nothing was imported.")
                                   .arg(m_name, ArchiveEntryPath::shown(name),
                                        sizeText(m_limits.maxUnpackedBytes)));
        }
        if (file.isOpen() && file.write(buffer.constData(), n) != n)
            return cannotWrite(file.fileName(), file.errorString());
    }
    if (file.isOpen() && !file.flush())
        return cannotWrite(file.fileName(), file.errorString());
    return {};
}

} // namespace Newsdesk
