#pragma once

#include "core/article.h"
#include "core/result.h"
#include "core/user.h"
#include "workflow/transitions.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace Newsdesk {

class Database;

// What a change to many articles did: which articles changed, and which were left as they were
// and why.
struct BatchOutcome
{
    QList<qint64> changed;
    QList<std::pair<qint64, QString>> skipped; // article id, translated reason
};

// Changes to many articles at once (the library view's bulk actions) by one person. Each runs
// in one transaction: every article that changes is saved through ArticleRepository::save, so
// it gets a new version, a revision and an audit entry; an error rolls the whole batch back.
// The workflow's rules (Transitions) hold for each article: one the person may not change, or
// that another person is editing, is skipped with the reason; a change to a live article
// becomes a staged edit, except the front-page arrangement a chief editor changes.
class ArticleBatch final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleBatch)

public:
    ArticleBatch(Database &database, User user)
        : m_database(database)
        , m_user(std::move(user))
    {
    }

    Result<BatchOutcome> addTags(const QList<qint64> &ids, const QStringList &tags);
    Result<BatchOutcome> removeTags(const QList<qint64> &ids, const QStringList &tags);
    Result<BatchOutcome> moveToChannel(const QList<qint64> &ids, qint64 channelId);
    Result<BatchOutcome> setFlags(const QList<qint64> &ids, ArticleFlags set, ArticleFlags clear);
    // Drafts and returned articles (or staged edits) become submitted; others are skipped.
    Result<BatchOutcome> submit(const QList<qint64> &ids);
    Result<BatchOutcome> moveToTrash(const QList<qint64> &ids);
    Result<BatchOutcome> restore(const QList<qint64> &ids);

    // A change returns nothing when it changed the article, a reason when it skips it.
    using Change = std::function<std::optional<QString>(Article &)>;
    Result<BatchOutcome> apply(const QList<qint64> &ids, const QString &action,
                               const QString &detail, const Change &change);

private:
    // Saves what decide makes of each article; a refusal (Denied, Invalid, Conflict) skips
    // the article with its message, any other error rolls the batch back.
    using Decide = std::function<Result<Article>(const Article &stored)>;
    Result<BatchOutcome> each(const QList<qint64> &ids, const QString &action,
                              const QString &detail, const Decide &decide);
    Result<BatchOutcome> changeState(const QList<qint64> &ids, WorkflowAction action);

    Database &m_database;
    User m_user;
};

} // namespace Newsdesk
