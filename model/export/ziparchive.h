#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct archive;

namespace Newsdesk {

// Writes a .zip of a bundle with libarchive (Debian's libarchive-dev). Deterministic: entries
// in the order added (the exporter adds them sorted by path), every entry with the same fixed
// time, owner and mode, so the same files give the same bytes.
class ZipWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ZipWriter)

public:
    static Result<std::unique_ptr<ZipWriter>> create(const QString &path);
    ~ZipWriter();
    Q_DISABLE_COPY_MOVE(ZipWriter)

    Status add(const QString &entryPath, QByteArrayView bytes);
    // Writes the central directory and closes the file.
    Status finish();

private:
    explicit ZipWriter(const QString &path);
    Error failure(const QString &what) const;

    QString m_path;
    struct archive *m_archive = nullptr;
};

// Reads a .zip's entries one after another (a previous bundle, for an incremental export).
class ZipReader final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ZipReader)

public:
    static Result<std::unique_ptr<ZipReader>> open(const QString &path);
    ~ZipReader();
    Q_DISABLE_COPY_MOVE(ZipReader)

    // The next file entry: false at the end. Directory entries are skipped.
    Result<bool> next(QString *entryPath, QByteArray *bytes);

    // One entry's bytes (reads from the start); NotFound when the zip has no such entry.
    static Result<QByteArray> read(const QString &zipPath, const QString &entryPath);

private:
    explicit ZipReader(const QString &path);

    QString m_path;
    struct archive *m_archive = nullptr;
};

} // namespace Newsdesk
