#include "mediarepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString SelectIdByHash = u"SELECT id FROM media WHERE sha256 = ?"_s;
const QString InsertMedia =
        u"INSERT INTO media (sha256, mime_type, file_name, width, height, byte_size, caption, "
        "credit, alt, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s;
const QString SelectMedia =
        u"SELECT id, sha256, mime_type, file_name, width, height, byte_size, caption, credit, "
        "alt, created_at FROM media WHERE id = ?"_s;
const QString SelectMediaByHash =
        u"SELECT id, sha256, mime_type, file_name, width, height, byte_size, caption, credit, "
        "alt, created_at FROM media WHERE sha256 = ?"_s;
const QString SelectData = u"SELECT data FROM media WHERE id = ?"_s;
const QString SelectDataByHash = u"SELECT data, mime_type FROM media WHERE sha256 = ?"_s;

// A row of SelectMedia or SelectMediaByHash.
Media mediaFrom(const QSqlQuery &q)
{
    Media m;
    m.id = q.value(0).toLongLong();
    m.sha256 = q.value(1).toString();
    m.mimeType = q.value(2).toString();
    m.fileName = q.value(3).toString();
    m.width = q.value(4).toInt();
    m.height = q.value(5).toInt();
    m.byteSize = q.value(6).toLongLong();
    m.caption = q.value(7).toString();
    m.credit = q.value(8).toString();
    m.alt = q.value(9).toString();
    m.createdAt = SqlValues::toTime(q.value(10));
    return m;
}
} // namespace

Result<qint64> MediaRepository::add(const QByteArray &data, const Media &media)
{
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    const QByteArray format = reader.format();
    if (format.isEmpty() || !size.isValid()) {
        return Error(Error::Kind::Invalid,
                     tr("%1 is not an image Newsdesk can read (%2).")
                             .arg(media.fileName, reader.errorString()));
    }
    const QString sha256 =
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    Result<QVariant> existing = m_database.scalar(SelectIdByHash, {sha256});
    if (!existing)
        return existing.error();
    if (!existing.value().isNull())
        return existing.value().toLongLong();

    const QString mimeType = u"image/"_s + QString::fromLatin1(format == "jpg" ? "jpeg" : format);
    return m_database.insert(InsertMedia,
                             {sha256, mimeType, media.fileName, size.width(), size.height(),
                              qint64(data.size()), media.caption, media.credit, media.alt, data,
                              SqlValues::fromTime(SqlValues::now())});
}

Result<Media> MediaRepository::byId(qint64 id) const
{
    Result<QSqlQuery> query = m_database.run(SelectMedia, {id});
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return Error(Error::Kind::NotFound,
                     tr("There is no image %1 in %2.").arg(id).arg(m_database.location()));
    return mediaFrom(q);
}

Result<Media> MediaRepository::byHash(const QString &sha256) const
{
    Result<QSqlQuery> query = m_database.run(SelectMediaByHash, {sha256});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(Error::Kind::NotFound,
                     tr("There is no image %1 in %2.").arg(sha256, m_database.location()));
    return mediaFrom(query.value());
}

Result<QByteArray> MediaRepository::data(qint64 id) const
{
    Result<QVariant> value = m_database.scalar(SelectData, {id});
    if (!value)
        return value.error();
    if (value.value().isNull())
        return Error(Error::Kind::NotFound,
                     tr("There is no image %1 in %2.").arg(id).arg(m_database.location()));
    return value.value().toByteArray();
}

Result<std::pair<QByteArray, QString>> MediaRepository::dataByHash(const QString &sha256) const
{
    Result<QSqlQuery> query = m_database.run(SelectDataByHash, {sha256});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(Error::Kind::NotFound,
                     tr("There is no image %1 in %2.").arg(sha256, m_database.location()));
    return std::pair {query.value().value(0).toByteArray(), query.value().value(1).toString()};
}

} // namespace Newsdesk
