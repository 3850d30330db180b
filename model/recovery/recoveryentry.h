#pragma once

#include "core/article.h"

#include <QDateTime>
#include <QString>

namespace Newsdesk {

// One article's unsaved edits, as the recovery store keeps them: the whole article (body
// included) and the version of the saved article the edits started from.
struct RecoveryEntry
{
    QString library; // absolute location of the library the article belongs to
    QString key; // "article:42" for a saved article, "draft:{uuid}" for one never saved
    int baseVersion = 0; // the saved version the edits started from; 0 for a new article
    Article article; // the unsaved article; id 0 for a new one
    QDateTime savedAt; // when the edits were written to the store (UTC)

    bool isDraft() const { return article.id == 0; }
};

} // namespace Newsdesk
