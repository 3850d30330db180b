#pragma once

#include "core/article.h"
#include "core/history.h"
#include "core/lease.h"
#include "core/result.h"
#include "core/user.h"
#include "workflow/articlebatch.h"
#include "workflow/transitions.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Newsdesk {

class Library;

// One person working the newsroom's workflow on a library: every change an editor or chief
// editor makes to an article goes through here (the window and the commands alike), so the
// rules of Transitions hold whatever the entry point. Each call is one transaction: the
// article, its revision, audit entry, comment and approval pin are written together or not at
// all. Refusals come back as errors whose message says why.
class Workflow final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Workflow)

public:
    // How long a lease lasts without renewal; the editor renews it every LeaseRenewSeconds.
    static constexpr int LeaseSeconds = 5 * 60;
    static constexpr int LeaseRenewSeconds = 60;

    Workflow(Library &library, User user);

    const User &user() const { return m_user; }

    // A new draft written by the person.
    Result<qint64> create(Article article);
    // A new draft brought in by an import: audited as "import" with detail (where it came
    // from, the credits of the old system).
    Result<qint64> createImported(Article article, const QString &detail);
    // Saves an edit of an article loaded at edited.version (Conflict when it changed since).
    // An edit of a live article is staged: the approved revision stays live.
    Result<Article> save(const Article &edited);
    // save(), with detail in the audit entry (an import's update says where from).
    Result<Article> save(const Article &edited, const QString &detail);

    Result<Article> submit(qint64 articleId);
    // Approves what the chief editor reviewed: when reviewedVersion is given and the article
    // has changed since, nothing is approved (Conflict). Pins the approval to the revision
    // this saves and to the hash of its approved content; the approver becomes 责任编辑.
    Result<Article> approve(qint64 articleId, std::optional<int> reviewedVersion = {});
    // Returns the article to its author with a comment (required), kept in its notes.
    Result<Article> returnToAuthor(qint64 articleId, const QString &comment,
                                   std::optional<int> reviewedVersion = {});
    Result<Article> withdraw(qint64 articleId, const QString &reason = {});
    Result<Article> trash(qint64 articleId);
    Result<Article> restore(qint64 articleId);
    // Brings back the content of an earlier revision as a new revision (an edit: staged for a
    // live article). The state stays as it is.
    Result<Article> restoreRevision(qint64 articleId, int version);

    // Adds to the article's editorial notes (never published).
    Result<qint64> comment(qint64 articleId, const QString &body);

    // One state action on many articles, all or nothing: when any is refused, none changes
    // and the error names each refused article and why.
    Result<QList<Article>> applyAll(WorkflowAction action, const QList<qint64> &ids,
                                    const QString &comment = {});

    // Takes or renews the person's edit lease (Conflict when someone else holds it).
    Result<Lease> takeLease(qint64 articleId);
    // A chief editor takes the lease from whoever holds it (audited).
    Result<Lease> takeOverLease(qint64 articleId);
    Status releaseLease(qint64 articleId);
    // The active lease of someone else on the article, if any.
    Result<std::optional<Lease>> otherLease(qint64 articleId) const;

    ArticleBatch batch() const;

private:
    Result<qint64> insertDraft(Article article, const QString &action, const QString &detail);
    Result<Article> load(qint64 articleId) const;
    // An edit of stored to changed (at the version it started from), unless someone else
    // holds the lease or the rules refuse it; detail goes to the audit entry.
    Result<Article> edit(const Article &stored, const Article &changed, const QString &detail);
    Result<Article> changeState(WorkflowAction action, qint64 articleId, const QString &comment,
                                std::optional<int> reviewedVersion);
    Result<Article> write(WorkflowAction action, const Article &before, const Article &after,
                          const QString &comment, const QString &detail);

    Library &m_library;
    User m_user;
};

} // namespace Newsdesk
