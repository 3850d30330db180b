#pragma once

#include "core/article.h"

#include <QString>

class QSqlQuery;

// The columns of a full article row and how to read them, shared by the repositories that load
// whole articles (one article by id, or every article live on the site for an export).
namespace Newsdesk::ArticleRow {

// The SELECT list (a = articles, u = the approving user) in the order read() expects, and the
// FROM clause it refers to. Functions rather than globals: other files build their statements
// from them during static initialisation.
const QString &columns();
const QString &from();

// The current row of query, selected with columns(). Tags and secondary channels are not part of
// the row; callers load them.
Article read(const QSqlQuery &query);

} // namespace Newsdesk::ArticleRow
