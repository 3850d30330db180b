#include "reviewactions.h"

#include "common/dialogs.h"
#include "library/articlelistview.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "review/reviewpanel.h"
#include "review/reviewqueueview.h"
#include "storage/library.h"
#include "workflow/permissions.h"
#include "workflow/workflow.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace Newsdesk {

ReviewActions::ReviewActions(LibrarySession &session, LibraryView &view, ReviewQueueView &queue,
                             const ActionSet &actions, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_view(view)
    , m_queue(queue)
    , m_actions(actions)
    , m_window(window)
{
    for (QAction *action :
         {actions.approve, actions.returnToAuthor, actions.withdraw, actions.history})
        m_statusTips.insert(action, action->statusTip());
    connect(actions.approve, &QAction::triggered, this, &ReviewActions::approve);
    connect(actions.returnToAuthor, &QAction::triggered, this, &ReviewActions::returnToAuthor);
    connect(actions.withdraw, &QAction::triggered, this, &ReviewActions::withdraw);
    connect(actions.history, &QAction::triggered, this, &ReviewActions::showHistory);
    // View > Review Queue follows the dock, however it was shown or closed.
    connect(actions.toggleQueue, &QAction::triggered, &m_queue, &QDockWidget::setVisible);
    connect(m_queue.toggleViewAction(), &QAction::toggled, actions.toggleQueue,
            &QAction::setChecked);
    connect(&m_queue, &ReviewQueueView::reviewRequested, this,
            [this](qint64 id) { openReview(id); });
    connect(this, &ReviewActions::articlesChanged, &m_queue, &ReviewQueueView::refresh);
    connect(&m_session, &LibrarySession::currentUserChanged, this, &ReviewActions::userChanged);
    connect(&m_session, &LibrarySession::changedElsewhere, this,
            &ReviewActions::changedElsewhere);
    actions.toggleQueue->setChecked(m_queue.isVisibleTo(window));
    userChanged();
}

void ReviewActions::userChanged()
{
    // The queue is where chief editors start: shown for them, out of an editor's way.
    const std::optional<User> &user = m_session.currentUser();
    if (user) {
        const bool reviewer = Permissions::allows(user->role, Permission::Review);
        m_queue.setVisible(reviewer);
        m_actions.toggleQueue->setChecked(reviewer);
    }
    updateActions(m_active, m_selected);
}

void ReviewActions::setReason(QAction *action, const QString &reason)
{
    action->setEnabled(reason.isEmpty());
    action->setToolTip(reason.isEmpty() ? action->text().remove(u'&') : reason);
    action->setStatusTip(reason.isEmpty() ? m_statusTips.value(action)
                                          : m_statusTips.value(action) + u" — "_s + reason);
}

void ReviewActions::updateActions(bool active, int selected)
{
    m_active = active;
    m_selected = selected;
    const bool open = m_session.library() != nullptr;
    const std::optional<User> &user = m_session.currentUser();
    m_actions.toggleQueue->setEnabled(open);
    QString reason;
    if (!open)
        reason = tr("No library is open");
    else if (!user)
        reason = tr("Nobody is signed in");
    else if (Status allowed = Permissions::require(*user, Permission::Review); !allowed)
        reason = allowed.error().message();
    else if (!active || selected == 0)
        reason = tr("Select articles in the library first");
    for (QAction *action : {m_actions.approve, m_actions.returnToAuthor, m_actions.withdraw})
        setReason(action, reason);
    setReason(m_actions.history,
              !open ? tr("No library is open")
                    : (!active || selected == 0 ? tr("Select an article in the library first")
                                                : QString()));
}

void ReviewActions::apply(WorkflowAction action, const QString &title, const QString &comment)
{
    const QList<qint64> ids = m_session.library() ? m_view.selectedIds() : QList<qint64>();
    if (ids.isEmpty() || !m_session.currentUser())
        return;
    Workflow workflow(*m_session.library(), *m_session.currentUser());
    Result<QList<Article>> done = workflow.applyAll(action, ids, comment);
    if (!done) {
        Dialogs::critical(m_window, title, done.error().message());
        return;
    }
    m_view.refresh();
    Q_EMIT articlesChanged(ids);
    Q_EMIT statusMessage(tr("%1: %n article(s) changed.", "", int(ids.size())).arg(title));
}

void ReviewActions::approve()
{
    apply(WorkflowAction::Approve, tr("Approve"), {});
}

void ReviewActions::returnToAuthor()
{
    const qsizetype count = m_view.selectedIds().size();
    if (count == 0)
        return;
    const std::optional<QString> comment = Dialogs::multiLineText(
            m_window, tr("Return to Author"),
            tr("What should be changed? %n article(s) go back to their authors with this note.", "",
               int(count)));
    if (!comment)
        return;
    apply(WorkflowAction::Return, tr("Return to Author"), *comment);
}

void ReviewActions::withdraw()
{
    const qsizetype count = m_view.selectedIds().size();
    if (count == 0)
        return;
    const std::optional<QString> reason = Dialogs::multiLineText(
            m_window, tr("Withdraw"),
            tr("Why are %n article(s) withdrawn? The reason is kept in the notes and the audit "
               "log.",
               "", int(count)));
    if (!reason)
        return;
    if (Dialogs::question(m_window, tr("Withdraw"),
                          tr("Withdraw %n article(s)? They leave the site at the next export.", "",
                             int(count)))
        != QMessageBox::Yes)
        return;
    apply(WorkflowAction::Withdraw, tr("Withdraw"), *reason);
}

void ReviewActions::showHistory()
{
    if (const qint64 id = m_view.articleView()->currentId(); id > 0)
        openReview(id, true);
}

void ReviewActions::changedElsewhere(const ChangeFeed::Changes &changes)
{
    const auto concerns = [](bool changed, const QSet<qint64> &ids, qint64 id) {
        return changed && (ids.isEmpty() || ids.contains(id)); // empty: which is not known
    };
    for (auto it = m_panels.cbegin(); it != m_panels.cend(); ++it) {
        ReviewPanel *panel = it.value();
        if (!panel)
            continue;
        if (concerns(changes.articles, changes.articleIds, it.key()))
            panel->reload();
        else if (concerns(changes.review, changes.reviewArticleIds, it.key()))
            panel->reloadThread();
    }
}

ReviewPanel *ReviewActions::panel(qint64 articleId) const
{
    return m_panels.value(articleId);
}

ReviewPanel *ReviewActions::openReview(qint64 articleId, bool history)
{
    if (!m_session.library() || articleId <= 0)
        return nullptr;
    QPointer<ReviewPanel> panel = m_panels.value(articleId);
    if (panel) {
        panel->reload();
    } else {
        panel = new ReviewPanel(m_session, articleId, m_window);
        panel->setAttribute(Qt::WA_DeleteOnClose);
        connect(panel, &ReviewPanel::articlesChanged, this, [this](const QList<qint64> &ids) {
            m_view.refresh();
            Q_EMIT articlesChanged(ids);
        });
        m_panels.insert(articleId, panel);
    }
    if (history)
        panel->showHistory();
    panel->show();
    panel->raise();
    panel->activateWindow();
    return panel;
}

} // namespace Newsdesk
