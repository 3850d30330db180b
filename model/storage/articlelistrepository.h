#pragma once

#include "core/article.h"
#include "core/articlefilter.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariantList>

namespace Newsdesk {

class Database;

// The queries behind the library list: how many articles a filter matches, one window of rows
// in a sort order, and where given articles sit in that order. Filtering and sorting happen in
// SQL on indexed columns; nothing here loads the whole library.
class ArticleListRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleListRepository)

public:
    explicit ArticleListRepository(Database &database)
        : m_database(database)
    {
    }

    Result<int> count(const ArticleFilter &filter) const;
    // Rows offset .. offset + limit - 1 of the sorted list, with their tags.
    Result<QList<ArticleSummary>> window(const ArticleFilter &filter, const ArticleSort &sort,
                                         int offset, int limit) const;
    // The ids of rows offset .. offset + limit - 1.
    Result<QList<qint64>> ids(const ArticleFilter &filter, const ArticleSort &sort, int offset,
                              int limit) const;
    // The row of each of ids that the filter matches (others are left out).
    Result<QHash<qint64, int>> rowsOf(const QList<qint64> &ids, const ArticleFilter &filter,
                                      const ArticleSort &sort) const;

    enum class Field { Author, Editor, Source };
    // The values a field takes, most used first, for completion.
    Result<QStringList> values(Field field, int limit = 500) const;

private:
    // A piece of SQL and the values of its placeholders, in order.
    struct Clause
    {
        QString sql;
        QVariantList values;
    };
    Clause where(const ArticleFilter &filter) const;
    Clause orderBy(const ArticleSort &sort, const ArticleFilter &filter) const;
    Status attachTags(QList<ArticleSummary> &rows) const;

    Database &m_database;
};

} // namespace Newsdesk
