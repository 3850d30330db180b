#pragma once

#include "article.h"

#include <QByteArray>

namespace Newsdesk::ArticleJson {

// A complete, stable JSON snapshot of an article (keys sorted, times as ISO 8601 UTC), used for
// revisions. Equal articles give byte-identical snapshots.
QByteArray snapshot(const Article &article);

// SHA-256 (lower-case hex) of a snapshot.
QString hash(const QByteArray &snapshot);

} // namespace Newsdesk::ArticleJson
