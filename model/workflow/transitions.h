#pragma once

#include "core/article.h"
#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Newsdesk {

// What a person does to an article in the workflow (docs/workflow.md has the table).
enum class WorkflowAction {
    Edit, // save changes (a staged edit when the article is live)
    Submit, // 提交: draft or returned → submitted (待审)
    Approve, // 审核通过: submitted → approved (已审), pinned to the revision approved
    Return, // 退回 with a comment: submitted → returned
    Withdraw, // 撤稿: approved or published → withdrawn
    Trash, // into the trash (the state is kept)
    Restore, // out of the trash
    Comment, // add to the article's editorial notes
    TakeOverLease, // take the edit lease from whoever holds it
};

// The rules of the workflow as pure functions of a person and an article as stored: who may
// do what in which state, and the state that results. The Workflow service applies them to a
// library; tests check every action for every role and state against them directly.
class Transitions final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Transitions)

public:
    static QList<WorkflowAction> all();
    // The audit log's name of an action: "save", "submit", "approve", ...
    static QString key(WorkflowAction action);
    // For people: "approve" (translated).
    static QString displayName(WorkflowAction action);

    // Ok when user may do action to stored; otherwise Error::Kind::Denied (the role or the
    // authorship does not allow it) or Error::Kind::Invalid (the article's state does not),
    // with a message that names the person, the article and the reason.
    static Status check(WorkflowAction action, const User &user, const Article &stored);

    // The article after a state action (Submit, Approve, Return, Withdraw, Trash, Restore) at
    // time now: check() first, then the new state. Approve sets the approver and time, and
    // the publish time to now when none was set; the Workflow pins the revision and hash once
    // saved.
    static Result<Article> apply(WorkflowAction action, const User &user, const Article &stored,
                                 const QDateTime &now);

    // An edit: check(Edit) and what changed — the front-page arrangement only for chief
    // editors — then edited with the workflow fields of stored (state, approval, author,
    // counters) and, for a live article, the staged edit's state: pending Draft when the
    // approved content changed (kept Submitted or Returned if so), none when it equals what
    // was approved again.
    static Result<Article> edit(const User &user, const Article &stored, const Article &edited);

    // Whether creating article as user is allowed (editors: not on the front page).
    static Status checkCreate(const User &user, const Article &article);

private:
    static Status checkState(WorkflowAction action, const User &user, const Article &stored);
};

} // namespace Newsdesk
