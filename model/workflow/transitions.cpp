#include "transitions.h"

#include "core/approvedcontent.h"
#include "workflow/permissions.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
bool isChief(const User &user)
{
    return Permissions::allows(user.role, Permission::EditOthers);
}

QString stateName(const Article &a)
{
    if (a.pending)
        return Transitions::tr("%1 with an edit %2")
                .arg(ArticleStatuses::displayName(a.status),
                     ArticleStatuses::displayName(*a.pending));
    return ArticleStatuses::displayName(a.status);
}

Error invalid(const Article &a, const QString &why)
{
    return Error(Error::Kind::Invalid, Transitions::tr("\"%1\" (%2): %3.").arg(a.title).arg(a.id).arg(why));
}

Error denied(const User &user, const Article &a, const QString &why)
{
    return Error(Error::Kind::Denied,
                 Transitions::tr("%1 cannot change \"%2\" (%3): %4.").arg(user.name, a.title).arg(a.id).arg(why));
}

// The fields an edit may not set: the workflow's own.
Article withWorkflowFieldsOf(Article edited, const Article &stored)
{
    edited.id = stored.id;
    edited.status = stored.status;
    edited.pending = stored.pending;
    edited.approvedById = stored.approvedById;
    edited.approvedByName = stored.approvedByName;
    edited.approvedAt = stored.approvedAt;
    edited.approvedRevisionId = stored.approvedRevisionId;
    edited.approvedHash = stored.approvedHash;
    edited.trashedAt = stored.trashedAt;
    edited.clicks = stored.clicks;
    edited.votesUp = stored.votesUp;
    edited.votesDown = stored.votesDown;
    edited.createdById = stored.createdById;
    edited.createdAt = stored.createdAt;
    return edited;
}
} // namespace

QList<WorkflowAction> Transitions::all()
{
    return {WorkflowAction::Edit,     WorkflowAction::Submit, WorkflowAction::Approve,
            WorkflowAction::Return,   WorkflowAction::Withdraw, WorkflowAction::Trash,
            WorkflowAction::Restore,  WorkflowAction::Comment, WorkflowAction::TakeOverLease};
}

QString Transitions::key(WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::Edit:
        return u"save"_s;
    case WorkflowAction::Submit:
        return u"submit"_s;
    case WorkflowAction::Approve:
        return u"approve"_s;
    case WorkflowAction::Return:
        return u"return"_s;
    case WorkflowAction::Withdraw:
        return u"withdraw"_s;
    case WorkflowAction::Trash:
        return u"trash"_s;
    case WorkflowAction::Restore:
        return u"restore"_s;
    case WorkflowAction::Comment:
        return u"comment"_s;
    case WorkflowAction::TakeOverLease:
        return u"lease.takeover"_s;
    }
    return {};
}

QString Transitions::displayName(WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::Edit:
        return tr("edit");
    case WorkflowAction::Submit:
        return tr("submit");
    case WorkflowAction::Approve:
        return tr("approve");
    case WorkflowAction::Return:
        return tr("return");
    case WorkflowAction::Withdraw:
        return tr("withdraw");
    case WorkflowAction::Trash:
        return tr("move to the trash");
    case WorkflowAction::Restore:
        return tr("restore");
    case WorkflowAction::Comment:
        return tr("comment on");
    case WorkflowAction::TakeOverLease:
        return tr("take over editing");
    }
    return {};
}

Status Transitions::check(WorkflowAction action, const User &user, const Article &stored)
{
    if (!user.active)
        return Error(Error::Kind::Denied, tr("%1's account is deactivated.").arg(user.name));
    if (user.id <= 0)
        return Error(Error::Kind::Denied, tr("Nobody is signed in."));
    const bool chief = isChief(user);
    const bool own = Permissions::owns(user, stored);
    switch (action) {
    case WorkflowAction::Approve:
    case WorkflowAction::Return:
    case WorkflowAction::Withdraw:
    case WorkflowAction::TakeOverLease:
        if (Status allowed = Permissions::require(user, action == WorkflowAction::TakeOverLease
                                                                ? Permission::EditOthers
                                                                : Permission::Review);
            !allowed)
            return allowed;
        break;
    case WorkflowAction::Edit:
    case WorkflowAction::Submit:
    case WorkflowAction::Trash:
    case WorkflowAction::Restore:
    case WorkflowAction::Comment:
        if (Status allowed = Permissions::require(user, Permission::WriteArticles); !allowed)
            return allowed;
        if (!chief && !own)
            return denied(user, stored,
                          tr("only its author or a chief editor may %1 it")
                                  .arg(displayName(action)));
        break;
    }
    return checkState(action, user, stored);
}

Status Transitions::checkState(WorkflowAction action, const User &user, const Article &a)
{
    const bool chief = isChief(user);
    if (a.isTrashed() && action != WorkflowAction::Restore && action != WorkflowAction::Comment)
        return invalid(a, tr("it is in the trash; restore it first"));
    const ArticleStatus review = a.reviewState();
    switch (action) {
    case WorkflowAction::Edit:
        if (a.status == ArticleStatus::Withdrawn && !chief)
            return denied(user, a, tr("it is withdrawn; only a chief editor may change it"));
        if (!chief && review == ArticleStatus::Submitted)
            return invalid(a, tr("it is waiting for review; a chief editor can return it to you"));
        return {};
    case WorkflowAction::Submit:
        if (a.status == ArticleStatus::Withdrawn)
            return invalid(a, tr("it is withdrawn"));
        if (a.isLive() && !a.pending)
            return invalid(a, tr("it is %1 as approved; there is no edit to submit")
                                      .arg(ArticleStatuses::displayName(a.status)));
        if (review != ArticleStatus::Draft && review != ArticleStatus::Returned)
            return invalid(a, tr("it is %1, not a draft or returned").arg(stateName(a)));
        return {};
    case WorkflowAction::Approve:
    case WorkflowAction::Return:
        if (review != ArticleStatus::Submitted)
            return invalid(a, tr("it is %1, not waiting for review").arg(stateName(a)));
        return {};
    case WorkflowAction::Withdraw:
        if (!a.isLive())
            return invalid(a, tr("it is %1; only approved or published articles can be withdrawn")
                                      .arg(stateName(a)));
        return {};
    case WorkflowAction::Trash:
    case WorkflowAction::Restore:
        if (action == WorkflowAction::Trash && a.isTrashed())
            return invalid(a, tr("it is already in the trash"));
        if (action == WorkflowAction::Restore && !a.isTrashed())
            return invalid(a, tr("it is not in the trash"));
        if (!chief && (a.isLive() || a.status == ArticleStatus::Withdrawn
                       || review == ArticleStatus::Submitted))
            return denied(user, a,
                          tr("it is %1; only a chief editor may %2 it")
                                  .arg(stateName(a), displayName(action)));
        return {};
    case WorkflowAction::Comment:
    case WorkflowAction::TakeOverLease:
        return {};
    }
    return {};
}

Result<Article> Transitions::apply(WorkflowAction action, const User &user, const Article &stored,
                                   const QDateTime &now)
{
    if (Status allowed = check(action, user, stored); !allowed)
        return allowed.error();
    Article a = stored;
    const bool staged = a.isLive() && a.pending.has_value();
    switch (action) {
    case WorkflowAction::Submit:
    case WorkflowAction::Return: {
        const ArticleStatus to = action == WorkflowAction::Submit ? ArticleStatus::Submitted
                                                                  : ArticleStatus::Returned;
        if (staged)
            a.pending = to;
        else
            a.status = to;
        break;
    }
    case WorkflowAction::Approve:
        a.status = ArticleStatus::Approved;
        a.pending.reset();
        a.approvedById = user.id;
        a.approvedByName = user.name;
        a.approvedAt = now;
        // Not scheduled: it goes out with the next export, dated when it was approved.
        if (!a.publishAt.isValid())
            a.publishAt = now;
        break;
    case WorkflowAction::Withdraw:
        a.status = ArticleStatus::Withdrawn;
        a.pending.reset();
        break;
    case WorkflowAction::Trash:
        a.trashedAt = now;
        break;
    case WorkflowAction::Restore:
        a.trashedAt = QDateTime();
        break;
    case WorkflowAction::Edit:
    case WorkflowAction::Comment:
    case WorkflowAction::TakeOverLease:
        return Error(Error::Kind::Invalid,
                     tr("\"%1\" is not a change of state.").arg(displayName(action)));
    }
    return a;
}

Status Transitions::checkCreate(const User &user, const Article &article)
{
    if (Status allowed = Permissions::require(user, Permission::WriteArticles); !allowed)
        return allowed;
    if ((article.flags & ApprovedContent::curationFlags()) && !isChief(user))
        return Error(Error::Kind::Denied,
                     tr("%1 cannot put \"%2\" on the front page (%3): %4")
                             .arg(user.name, article.title,
                                  ArticleFlagsText::displayNames(
                                          article.flags & ApprovedContent::curationFlags()),
                                  Permissions::actionName(Permission::CurateFrontPage)));
    return {};
}

Result<Article> Transitions::edit(const User &user, const Article &stored, const Article &input)
{
    if (Status allowed = check(WorkflowAction::Edit, user, stored); !allowed)
        return allowed.error();
    if (ApprovedContent::curationDiffers(stored, input)
        && !Permissions::allows(user.role, Permission::CurateFrontPage))
        return denied(user, stored,
                      tr("only a chief editor may %1")
                              .arg(Permissions::actionName(Permission::CurateFrontPage)));
    Article edited = withWorkflowFieldsOf(input, stored);
    if (edited.isLive()) {
        if (ApprovedContent::hash(edited) == stored.approvedHash)
            edited.pending.reset();
        else if (!edited.pending)
            edited.pending = ArticleStatus::Draft;
    }
    return edited;
}

} // namespace Newsdesk
