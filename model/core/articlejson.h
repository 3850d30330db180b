#pragma once

#include "article.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace Newsdesk::ArticleJson {

// The fields an editor writes, as JSON (everything a snapshot holds but the id, weight,
// state and version): shared by snapshots and by ApprovedContent.
QJsonObject contentObject(const Article &article);

// A complete, stable JSON snapshot of an article (keys sorted, times as ISO 8601 UTC), used for
// revisions. Equal articles give byte-identical snapshots.
QByteArray snapshot(const Article &article);

// The article a snapshot holds (the fields snapshot() writes; others keep their defaults).
// Fails with Error::Kind::Corrupt when the bytes are not such a snapshot; source names where
// the bytes came from in the message.
Result<Article> fromSnapshot(const QByteArray &snapshot, const QString &source);

// A time as snapshots write it: ISO 8601 UTC, or null when not set.
QJsonValue timeValue(const QDateTime &time);

// SHA-256 (lower-case hex) of a snapshot.
QString hash(const QByteArray &snapshot);

} // namespace Newsdesk::ArticleJson
