#pragma once

#include <QString>
#include <QVariantList>

namespace Newsdesk {

// A piece of SQL with the values for its '?' placeholders, in order, for a caller to embed in
// its own statement (e.g. "articles.id IN (" + sql + ")") and bind.
struct SqlFragment
{
    QString sql;
    QVariantList values;
};

} // namespace Newsdesk
