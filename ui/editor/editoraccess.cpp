#include "editoraccess.h"

#include "storage/leaserepository.h"
#include "storage/library.h"
#include "workflow/permissions.h"
#include "workflow/transitions.h"
#include "workflow/workflow.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
} // namespace

EditorAccess::EditorAccess(Library *library, const std::optional<User> &user, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_user(user)
    , m_renewal(new QTimer(this))
{
    m_renewal->setInterval(Workflow::LeaseRenewSeconds * 1000);
    connect(m_renewal, &QTimer::timeout, this, &EditorAccess::renew);
}

EditorAccess::~EditorAccess()
{
    release();
}

void EditorAccess::open(const Article &stored)
{
    if (m_holding && stored.id != m_stored.id)
        release();
    m_stored = stored;
    m_other.reset();
    m_reason.clear();
    if (!m_library || !m_user) {
        release();
        m_mode = Mode::NoUser;
    } else if (stored.id == 0) {
        const Status allowed = Permissions::require(*m_user, Permission::WriteArticles);
        m_mode = allowed ? Mode::Editable : Mode::Refused;
        m_reason = allowed ? QString() : allowed.error().message();
    } else if (Status allowed = Transitions::check(WorkflowAction::Edit, *m_user, stored);
               !allowed) {
        release();
        m_mode = Mode::Refused;
        m_reason = allowed.error().message();
    } else {
        acquire();
    }
    Q_EMIT changed();
}

void EditorAccess::acquire()
{
    Result<Lease> taken = Workflow(*m_library, *m_user).takeLease(m_stored.id);
    if (taken) {
        m_holding = true;
        m_mode = Mode::Editable;
        m_renewal->start();
        return;
    }
    m_holding = false;
    m_renewal->stop();
    m_reason = taken.error().message();
    if (taken.error().kind() == Error::Kind::Conflict) {
        m_mode = Mode::Leased;
        m_other = findOtherLease();
    } else {
        m_mode = Mode::Refused;
    }
}

std::optional<Lease> EditorAccess::findOtherLease() const
{
    if (!m_library || !m_user)
        return std::nullopt;
    Result<std::optional<Lease>> other = Workflow(*m_library, *m_user).otherLease(m_stored.id);
    return other ? other.value() : std::nullopt;
}

void EditorAccess::update(const Article &stored)
{
    if (m_mode == Mode::TakenOver && stored.id == m_stored.id) {
        m_stored = stored;
        Q_EMIT changed();
        return;
    }
    open(stored);
}

void EditorAccess::setUser(const std::optional<User> &user)
{
    release();
    m_user = user;
    open(m_stored);
}

Status EditorAccess::takeOver()
{
    if (!m_library || !m_user)
        return Error(Error::Kind::Denied, tr("Nobody is signed in."));
    Result<Lease> taken = Workflow(*m_library, *m_user).takeOverLease(m_stored.id);
    if (!taken)
        return taken.error();
    m_holding = true;
    open(fresh());
    return {};
}

void EditorAccess::tryAgain()
{
    open(fresh());
}

Article EditorAccess::fresh() const
{
    // Only for deciding what the person may do: the editor keeps the version it started from,
    // so a save over someone else's still shows the conflict.
    if (!m_library || m_stored.id == 0)
        return m_stored;
    Result<Article> stored = m_library->articles().byId(m_stored.id);
    return stored ? stored.value() : m_stored;
}

void EditorAccess::renew()
{
    if (!m_holding || !m_library || !m_user)
        return;
    Result<Lease> taken = Workflow(*m_library, *m_user).takeLease(m_stored.id);
    if (taken || taken.error().kind() != Error::Kind::Conflict)
        return; // a passing failure: the lease lasts longer than a renewal
    m_holding = false;
    m_renewal->stop();
    m_mode = Mode::TakenOver;
    m_reason = taken.error().message();
    m_other = findOtherLease();
    Q_EMIT changed();
}

void EditorAccess::release()
{
    m_renewal->stop();
    if (!m_holding)
        return;
    m_holding = false;
    if (m_library && m_user)
        (void)Workflow(*m_library, *m_user).releaseLease(m_stored.id);
}

void EditorAccess::forgetLibrary()
{
    m_renewal->stop();
    m_holding = false;
    m_library = nullptr;
}

bool EditorAccess::canCurate() const
{
    return m_user && Permissions::allows(m_user->role, Permission::CurateFrontPage);
}

bool EditorAccess::canTakeOver() const
{
    return (m_mode == Mode::Leased || m_mode == Mode::TakenOver) && m_user
            && Transitions::check(WorkflowAction::TakeOverLease, *m_user, m_stored).ok();
}

bool EditorAccess::canSubmit(bool modified) const
{
    if (!isEditable() || !m_user)
        return false;
    Article next = m_stored;
    if (next.id == 0) {
        next.createdById = m_user->id;
        next.status = ArticleStatus::Draft;
    } else if (modified && next.isLive() && !next.pending) {
        next.pending = ArticleStatus::Draft; // saving first stages the edit
    }
    return Transitions::check(WorkflowAction::Submit, *m_user, next).ok();
}

QString EditorAccess::banner() const
{
    switch (m_mode) {
    case Mode::NoUser:
        return tr("Read-only: nobody is signed in. Use File > Switch User… to sign in.");
    case Mode::Refused:
        return tr("Read-only: %1").arg(m_reason);
    case Mode::Leased:
        if (!m_other)
            return tr("Read-only: %1").arg(m_reason);
        return tr("%1. It is read-only here until they close it.")
                .arg(capitalized(LeaseRepository::describe(*m_other)));
    case Mode::TakenOver:
        return tr("%1 took over editing this article: it is read-only here now. Your unsaved "
                  "changes are kept; Save a Copy keeps them as a new article.")
                .arg(m_other ? m_other->userName : tr("Someone"));
    case Mode::Editable:
        break;
    }
    if (!m_stored.isLive())
        return {};
    const bool published = m_stored.status == ArticleStatus::Published;
    if (m_stored.pending) {
        const QString edit = ArticleStatuses::displayName(*m_stored.pending);
        return published ? tr("Published version stays live until this edit is approved (the "
                              "edit: %1).")
                                   .arg(edit)
                         : tr("Approved version stays in place until this edit is approved "
                              "(the edit: %1).")
                                   .arg(edit);
    }
    // The state is beside it already ("State: Published"): say what a save does.
    return published ? tr("A saved change to the text is a staged edit: the published version "
                          "stays live until the edit is approved.")
                     : tr("A saved change to the text is a staged edit: the approved version "
                          "stays in place until the edit is approved.");
}

QString EditorAccess::stateText() const
{
    if (m_stored.id == 0)
        return tr("New draft, not saved yet");
    QString state = ArticleStatuses::displayName(m_stored.status);
    if (m_stored.pending)
        state = tr("%1 · edit %2", "status of a live article with a staged edit")
                        .arg(state, ArticleStatuses::displayName(*m_stored.pending));
    if (m_stored.isTrashed())
        state = tr("%1, in the trash").arg(state);
    return tr("State: %1").arg(state);
}

} // namespace Newsdesk
