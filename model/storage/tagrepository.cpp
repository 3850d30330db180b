#include "tagrepository.h"

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString SelectTagId = u"SELECT id FROM tags WHERE name = ?"_s;
const QString InsertTag = u"INSERT INTO tags (name) VALUES (?) RETURNING id"_s;
const QString SelectNames = u"SELECT name FROM tags ORDER BY name"_s;
} // namespace

Result<qint64> TagRepository::ensure(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Kind::Invalid, tr("A tag cannot be empty."));
    {
        Result<QSqlQuery *> found = m_database.runCached(SelectTagId, {trimmed});
        if (!found)
            return found.error();
        if (found.value()->next()) {
            const qint64 id = found.value()->value(0).toLongLong();
            found.value()->finish();
            return id;
        }
    }
    return m_database.insert(InsertTag, {trimmed});
}

Result<QStringList> TagRepository::names() const
{
    Result<QSqlQuery> query = m_database.run(SelectNames);
    if (!query)
        return query.error();
    QStringList list;
    while (query.value().next())
        list.append(query.value().value(0).toString());
    return list;
}

} // namespace Newsdesk
