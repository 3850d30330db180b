#pragma once

#include "core/article.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Newsdesk {

class Database;

// One article waiting for review, as the review queue lists it.
struct ReviewQueueEntry
{
    qint64 articleId = 0;
    QString title;
    qint64 channelId = 0;
    QString author; // the article's author field (the byline)
    QString createdByName; // who created the article in the library
    qint64 submittedById = 0;
    QString submittedByName; // who submitted it last (the latest "submit" audit entry)
    QDateTime submittedAt; // when; the last change when the log has no submission
    bool stagedEdit = false; // a staged edit of a live article: the approved revision stays live
    int version = 0;
};

// One revision of an article in its history, without its snapshot.
struct HistoryEntry
{
    qint64 revisionId = 0;
    int version = 0;
    qint64 savedById = 0;
    QString savedByName;
    QDateTime savedAt;
    QString action; // the audit log's action that saved it: "save", "submit", "approve", ...
    QString detail; // its audit detail: "restored version 3", a return comment, ...
};

// A comment of an article's editorial notes with its author's name.
struct CommentEntry
{
    qint64 id = 0;
    qint64 revisionId = 0;
    qint64 authorId = 0;
    QString authorName;
    QDateTime createdAt;
    QString body;
};

// The reads of the review side of the workflow: the queue of submitted articles, an article's
// revisions with who saved them and how, its comments with their authors' names, and any
// revision as an article. Each list is one statement whatever the size of the library.
class ReviewRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ReviewRepository)

public:
    explicit ReviewRepository(Database &database)
        : m_database(database)
    {
    }

    // Articles waiting for review (status or staged edit "submitted"), outside the trash,
    // oldest submission first.
    Result<QList<ReviewQueueEntry>> queue() const;
    // The number of articles queue() lists.
    Result<int> queueSize() const;
    // The revisions of an article, oldest first.
    Result<QList<HistoryEntry>> historyOf(qint64 articleId) const;
    // The article's comments, oldest first.
    Result<QList<CommentEntry>> commentsOf(qint64 articleId) const;
    // The article as saved at version (NotFound when it has no such revision).
    Result<Article> revision(qint64 articleId, int version) const;

private:
    Database &m_database;
};

} // namespace Newsdesk
