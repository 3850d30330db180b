#include "ziparchive.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// 2000-01-01 00:00:00 UTC: zip stores DOS times (from 1980); a fixed time keeps bundles
// byte-identical between runs.
constexpr time_t EntryTime = 946684800;

QString archiveError(struct archive *a)
{
    const char *message = archive_error_string(a);
    return message ? QString::fromLocal8Bit(message) : ZipWriter::tr("unknown error");
}
} // namespace

ZipWriter::ZipWriter(const QString &path)
    : m_path(path)
    , m_archive(archive_write_new())
{
}

ZipWriter::~ZipWriter()
{
    if (m_archive)
        archive_write_free(m_archive);
}

Error ZipWriter::failure(const QString &what) const
{
    return Error(Error::Kind::Io,
                 tr("Cannot write %1 (%2): %3.").arg(m_path, what, archiveError(m_archive)));
}

Result<std::unique_ptr<ZipWriter>> ZipWriter::create(const QString &path)
{
    std::unique_ptr<ZipWriter> writer(new ZipWriter(path));
    struct archive *a = writer->m_archive;
    if (archive_write_set_format_zip(a) != ARCHIVE_OK
        || archive_write_set_options(a, "zip:compression=deflate,zip:compression-level=6")
                != ARCHIVE_OK) {
        return writer->failure(tr("setting up the zip format"));
    }
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return writer->failure(tr("opening it"));
    return writer;
}

Status ZipWriter::add(const QString &entryPath, QByteArrayView bytes)
{
    struct archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, entryPath.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, la_int64_t(bytes.size()));
    archive_entry_set_mtime(entry, EntryTime, 0);
    archive_entry_set_uid(entry, 0);
    archive_entry_set_gid(entry, 0);
    const int header = archive_write_header(m_archive, entry);
    archive_entry_free(entry);
    if (header != ARCHIVE_OK)
        return failure(entryPath);
    if (!bytes.isEmpty()
        && archive_write_data(m_archive, bytes.data(), size_t(bytes.size())) != bytes.size())
        return failure(entryPath);
    return {};
}

Status ZipWriter::finish()
{
    if (archive_write_close(m_archive) != ARCHIVE_OK)
        return failure(tr("finishing it"));
    return {};
}

ZipReader::ZipReader(const QString &path)
    : m_path(path)
    , m_archive(archive_read_new())
{
}

ZipReader::~ZipReader()
{
    if (m_archive)
        archive_read_free(m_archive);
}

Result<std::unique_ptr<ZipReader>> ZipReader::open(const QString &path)
{
    std::unique_ptr<ZipReader> reader(new ZipReader(path));
    archive_read_support_format_zip(reader->m_archive);
    if (archive_read_open_filename(reader->m_archive, QFile::encodeName(path).constData(), 1 << 16)
        != ARCHIVE_OK) {
        return Error(
                Error::Kind::Io,
                tr("Cannot read the zip file %1: %2.").arg(path, archiveError(reader->m_archive)));
    }
    return reader;
}

Result<bool> ZipReader::next(QString *entryPath, QByteArray *bytes)
{
    for (;;) {
        struct archive_entry *entry = nullptr;
        const int status = archive_read_next_header(m_archive, &entry);
        if (status == ARCHIVE_EOF)
            return false;
        if (status != ARCHIVE_OK) {
            return Error(
                    Error::Kind::Corrupt,
                    tr("Cannot read the zip file %1: %2.").arg(m_path, archiveError(m_archive)));
        }
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        const char *name = archive_entry_pathname_utf8(entry);
        *entryPath = name ? QString::fromUtf8(name)
                          : QString::fromLocal8Bit(archive_entry_pathname(entry));
        bytes->clear();
        if (archive_entry_size_is_set(entry))
            bytes->reserve(qsizetype(archive_entry_size(entry)));
        char buffer[1 << 16];
        for (;;) {
            const la_ssize_t n = archive_read_data(m_archive, buffer, sizeof buffer);
            if (n == 0)
                break;
            if (n < 0) {
                return Error(Error::Kind::Corrupt,
                             tr("Cannot read %1 in the zip file %2: %3.")
                                     .arg(*entryPath, m_path, archiveError(m_archive)));
            }
            bytes->append(buffer, qsizetype(n));
        }
        return true;
    }
}

Result<QByteArray> ZipReader::read(const QString &zipPath, const QString &entryPath)
{
    Result<std::unique_ptr<ZipReader>> reader = open(zipPath);
    if (!reader)
        return reader.error();
    QString path;
    QByteArray bytes;
    for (;;) {
        Result<bool> more = reader.value()->next(&path, &bytes);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        if (path == entryPath)
            return bytes;
    }
    return Error(Error::Kind::NotFound, tr("%1 has no %2.").arg(zipPath, entryPath));
}

} // namespace Newsdesk
