#include "workflow.h"

#include "core/approvedcontent.h"
#include "core/articlejson.h"
#include "storage/leaserepository.h"
#include "storage/library.h"
#include "storage/sqlvalues.h"
#include "workflow/permissions.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

Workflow::Workflow(Library &library, User user)
    : m_library(library)
    , m_user(std::move(user))
{
}

ArticleBatch Workflow::batch() const
{
    return ArticleBatch(m_library.database(), m_user);
}

Result<Article> Workflow::load(qint64 articleId) const
{
    return m_library.articles().byId(articleId);
}

Result<qint64> Workflow::create(Article article)
{
    return insertDraft(std::move(article), u"create"_s, QString());
}

Result<qint64> Workflow::createImported(Article article, const QString &detail)
{
    return insertDraft(std::move(article), u"import"_s, detail);
}

Result<qint64> Workflow::insertDraft(Article article, const QString &action,
                                     const QString &detail)
{
    if (Status allowed = Transitions::checkCreate(m_user, article); !allowed)
        return allowed.error();
    article.id = 0;
    article.status = ArticleStatus::Draft;
    article.pending.reset();
    article.approvedById = 0;
    article.approvedAt = QDateTime();
    article.approvedRevisionId = 0;
    article.approvedHash.clear();
    article.createdById = m_user.id;
    return m_library.articles().create(article, m_user.id, action, detail);
}

Result<std::optional<Lease>> Workflow::otherLease(qint64 articleId) const
{
    return LeaseRepository(m_library.database()).heldByOther(articleId, m_user.id, SqlValues::now());
}

Result<Article> Workflow::save(const Article &input)
{
    return save(input, QString());
}

Result<Article> Workflow::save(const Article &input, const QString &detail)
{
    Result<Article> stored = load(input.id);
    if (!stored)
        return stored.error();
    return edit(stored.value(), input, detail);
}

Result<Article> Workflow::edit(const Article &stored, const Article &changed,
                               const QString &detail)
{
    Result<std::optional<Lease>> other = otherLease(stored.id);
    if (!other)
        return other.error();
    if (other.value())
        return Error(Error::Kind::Conflict,
                     tr("\"%1\" is %2: your changes were not saved over theirs. Save a copy, or "
                        "ask a chief editor to take over.")
                             .arg(stored.title, LeaseRepository::describe(*other.value())));
    Result<Article> edited = Transitions::edit(m_user, stored, changed);
    if (!edited)
        return edited.error();
    // The version the person started from decides conflicts, not the one just read.
    edited.value().version = changed.version;
    return write(WorkflowAction::Edit, stored, edited.value(), {}, detail);
}

Result<Article> Workflow::submit(qint64 articleId)
{
    return changeState(WorkflowAction::Submit, articleId, {}, std::nullopt);
}

Result<Article> Workflow::approve(qint64 articleId, std::optional<int> reviewedVersion)
{
    return changeState(WorkflowAction::Approve, articleId, {}, reviewedVersion);
}

Result<Article> Workflow::returnToAuthor(qint64 articleId, const QString &comment,
                                         std::optional<int> reviewedVersion)
{
    return changeState(WorkflowAction::Return, articleId, comment, reviewedVersion);
}

Result<Article> Workflow::withdraw(qint64 articleId, const QString &reason)
{
    return changeState(WorkflowAction::Withdraw, articleId, reason, std::nullopt);
}

Result<Article> Workflow::trash(qint64 articleId)
{
    return changeState(WorkflowAction::Trash, articleId, {}, std::nullopt);
}

Result<Article> Workflow::restore(qint64 articleId)
{
    return changeState(WorkflowAction::Restore, articleId, {}, std::nullopt);
}

Result<Article> Workflow::changeState(WorkflowAction action, qint64 articleId,
                                      const QString &comment, std::optional<int> reviewedVersion)
{
    if (action == WorkflowAction::Return && comment.trimmed().isEmpty())
        return Error(Error::Kind::Invalid,
                     tr("Returning article %1 needs a comment that tells its author what to "
                        "change.")
                             .arg(articleId));
    Result<Article> stored = load(articleId);
    if (!stored)
        return stored.error();
    if (reviewedVersion && *reviewedVersion != stored.value().version)
        return Error(Error::Kind::Conflict,
                     tr("\"%1\" changed while you reviewed it (it is at version %2; you read "
                        "version %3). Nothing was %4; review it again.")
                             .arg(stored.value().title)
                             .arg(stored.value().version)
                             .arg(*reviewedVersion)
                             .arg(action == WorkflowAction::Approve ? tr("approved")
                                                                    : tr("returned")));
    Result<Article> changed =
            Transitions::apply(action, m_user, stored.value(), SqlValues::now());
    if (!changed)
        return changed.error();
    return write(action, stored.value(), changed.value(), comment, {});
}

Result<Article> Workflow::write(WorkflowAction action, const Article &before, const Article &after,
                                const QString &comment, const QString &detail)
{
    Article result;
    const Status status = m_library.database().transaction([&]() -> Status {
        QString auditDetail = detail;
        if (action == WorkflowAction::Return || action == WorkflowAction::Withdraw)
            auditDetail = comment.trimmed();
        if (action == WorkflowAction::Approve)
            auditDetail = tr("version %1").arg(before.version + 1);
        if (action == WorkflowAction::Edit && after.pending && !before.pending)
            auditDetail = tr("staged: the approved version stays live until this is approved");
        Result<ArticleRepository::Saved> saved = m_library.articles().saveRecorded(
                after, m_user.id, Transitions::key(action), auditDetail);
        if (!saved)
            return saved.error();
        result = std::move(saved.value().article);
        const Revision &revision = saved.value().revision;
        if (action == WorkflowAction::Approve) {
            result.approvedRevisionId = revision.id;
            result.approvedHash = ApprovedContent::hash(result);
            if (Status pinned = m_library.articles().pinApproval(
                        result.id, result.approvedRevisionId, result.approvedHash);
                !pinned)
                return pinned;
        }
        if (!comment.trimmed().isEmpty()) {
            Result<qint64> added = m_library.history().addComment(
                    {0, result.id, revision.id, m_user.id, revision.savedAt, comment.trimmed()});
            if (!added)
                return added.error();
        }
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Result<Article> Workflow::restoreRevision(qint64 articleId, int version)
{
    Result<QList<Revision>> revisions = m_library.history().revisions(articleId);
    if (!revisions)
        return revisions.error();
    const Revision *found = nullptr;
    for (const Revision &r : revisions.value()) {
        if (r.version == version)
            found = &r;
    }
    if (!found)
        return Error(Error::Kind::NotFound,
                     tr("Article %1 has no version %2.").arg(articleId).arg(version));
    Result<Article> old = ArticleJson::fromSnapshot(
            found->snapshot, tr("version %1 of article %2").arg(version).arg(articleId));
    if (!old)
        return old.error();
    Result<Article> stored = load(articleId);
    if (!stored)
        return stored.error();
    // The content of the old revision; the workflow fields and front-page arrangement of now.
    Article restored = ApprovedContent::withCurationOf(old.value(), stored.value());
    restored.version = stored.value().version;
    return edit(stored.value(), restored, tr("restored version %1").arg(version));
}

Result<qint64> Workflow::comment(qint64 articleId, const QString &body)
{
    if (body.trimmed().isEmpty())
        return Error(Error::Kind::Invalid, tr("A comment cannot be empty."));
    Result<Article> stored = load(articleId);
    if (!stored)
        return stored.error();
    if (Status allowed = Transitions::check(WorkflowAction::Comment, m_user, stored.value());
        !allowed)
        return allowed.error();
    Result<QList<Revision>> revisions = m_library.history().revisions(articleId);
    if (!revisions)
        return revisions.error();
    const qint64 revisionId =
            revisions.value().isEmpty() ? 0 : revisions.value().constLast().id;
    qint64 id = 0;
    const Status status = m_library.database().transaction([&]() -> Status {
        const QDateTime now = SqlValues::now();
        Result<qint64> added = m_library.history().addComment(
                {0, articleId, revisionId, m_user.id, now, body.trimmed()});
        if (!added)
            return added.error();
        id = added.value();
        Result<qint64> audited = m_library.history().audit(
                {0, now, m_user.id, Transitions::key(WorkflowAction::Comment), articleId, {}});
        if (!audited)
            return audited.error();
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Result<QList<Article>> Workflow::applyAll(WorkflowAction action, const QList<qint64> &ids,
                                          const QString &comment)
{
    // A role that may not do this at all: one reason, not one per article.
    const Permission needed = action == WorkflowAction::Approve || action == WorkflowAction::Return
                    || action == WorkflowAction::Withdraw
            ? Permission::Review
            : Permission::WriteArticles;
    if (Status allowed = Permissions::require(m_user, needed); !allowed)
        return allowed.error();
    QList<Article> changed;
    QStringList refused;
    const Status status = m_library.database().transaction([&]() -> Status {
        for (qint64 id : ids) {
            Result<Article> done = changeState(action, id, comment, std::nullopt);
            if (!done) {
                if (done.error().kind() != Error::Kind::Denied
                    && done.error().kind() != Error::Kind::Invalid
                    && done.error().kind() != Error::Kind::NotFound)
                    return done.error();
                refused.append(done.error().message());
                continue;
            }
            changed.append(done.value());
        }
        if (!refused.isEmpty())
            return Error(Error::Kind::Denied, refused.join(u'\n'));
        return {};
    });
    if (!status) {
        if (status.error().kind() == Error::Kind::Denied && !refused.isEmpty())
            return Error(Error::Kind::Denied,
                         tr("Nothing was changed: %n article(s) were refused.\n%1", nullptr,
                            int(refused.size()))
                                 .arg(refused.join(u'\n')));
        return status.error();
    }
    return changed;
}

Result<Lease> Workflow::takeLease(qint64 articleId)
{
    Result<Article> stored = load(articleId);
    if (!stored)
        return stored.error();
    Result<LeaseRepository::Taken> taken = LeaseRepository(m_library.database())
                                                   .take(articleId, m_user.id, SqlValues::now(),
                                                         LeaseSeconds);
    if (!taken)
        return taken.error();
    return taken.value().lease;
}

Result<Lease> Workflow::takeOverLease(qint64 articleId)
{
    Result<Article> stored = load(articleId);
    if (!stored)
        return stored.error();
    if (Status allowed =
                Transitions::check(WorkflowAction::TakeOverLease, m_user, stored.value());
        !allowed)
        return allowed.error();
    Lease lease;
    const Status status = m_library.database().transaction([&]() -> Status {
        const QDateTime now = SqlValues::now();
        Result<LeaseRepository::Taken> taken = LeaseRepository(m_library.database())
                                                       .take(articleId, m_user.id, now,
                                                             LeaseSeconds, true);
        if (!taken)
            return taken.error();
        lease = taken.value().lease;
        if (!taken.value().replaced)
            return {};
        Result<qint64> audited = m_library.history().audit(
                {0, now, m_user.id, Transitions::key(WorkflowAction::TakeOverLease), articleId,
                 tr("from %1").arg(taken.value().replaced->userName)});
        if (!audited)
            return audited.error();
        return {};
    });
    if (!status)
        return status.error();
    return lease;
}

Status Workflow::releaseLease(qint64 articleId)
{
    return LeaseRepository(m_library.database()).release(articleId, m_user.id);
}

} // namespace Newsdesk
