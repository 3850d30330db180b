#include "liveupdates.h"

#include "editor/articledocument.h"
#include "editor/articleeditor.h"
#include "editor/editoraccess.h"
#include "editor/editortabs.h"
#include "editor/workflowbar.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "review/reviewqueueview.h"
#include "storage/leaserepository.h"
#include "storage/library.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
bool concerns(const QSet<qint64> &ids, qint64 articleId)
{
    // An empty set: which ones is not known, so any may be.
    return articleId > 0 && (ids.isEmpty() || ids.contains(articleId));
}
} // namespace

LiveUpdates::LiveUpdates(LibrarySession &session, LibraryView &library, ReviewQueueView &queue,
                         EditorTabs &tabs, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_library(library)
    , m_queue(queue)
    , m_tabs(tabs)
{
    connect(&m_session, &LibrarySession::changedElsewhere, this, &LiveUpdates::apply);
    connect(&m_tabs, &EditorTabs::articleSaved, this, &LiveUpdates::articleSaved);
}

void LiveUpdates::showIndicatorIn(QStatusBar *statusBar)
{
    m_indicator = new QLabel(statusBar);
    m_indicator->setObjectName(u"status.live"_s);
    statusBar->addPermanentWidget(m_indicator);
    connect(&m_session, &LibrarySession::libraryChanged, this, &LiveUpdates::updateIndicator);
    updateIndicator();
}

void LiveUpdates::updateIndicator()
{
    if (!m_indicator)
        return;
    const ChangeFeed *feed = m_session.library() ? m_session.changeFeed() : nullptr;
    m_indicator->setVisible(feed != nullptr);
    if (!feed)
        return;
    const bool live = feed->isLive();
    m_indicator->setText(live ? tr("Live") : tr("Not live"));
    const QString tip = live ? tr("Changes made on other desktops show here within a second.")
                             : tr("This window cannot follow other desktops' changes (the "
                                  "library did not accept listening). Use Refresh (F5) to see "
                                  "them.");
    m_indicator->setToolTip(tip);
    m_indicator->setAccessibleName(m_indicator->text());
    m_indicator->setAccessibleDescription(tip);
}

void LiveUpdates::apply(const ChangeFeed::Changes &changes)
{
    if (!m_session.library())
        return;
    if (changes.users)
        refreshUserIfChanged();
    // The same reload as after a change made here; it reads the leases too. Channels and tags
    // show in the list (names, counts, completions), site settings in the preview.
    if (changes.articles || changes.channels || changes.tags || changes.settings)
        m_library.refresh();
    else if (changes.leases)
        m_library.refreshLeases();
    if (changes.articles || changes.review || changes.channels)
        m_queue.refresh();
    updateEditors(changes);
}

void LiveUpdates::updateEditors(const ChangeFeed::Changes &changes)
{
    const QList<ArticleEditor *> editors = m_tabs.editors();
    for (ArticleEditor *editor : editors) {
        const qint64 id = editor->articleId();
        if (changes.leases && concerns(changes.leaseArticleIds, id))
            checkLease(*editor);
        if (changes.articles && concerns(changes.articleIds, id))
            updateNote(*editor);
    }
}

void LiveUpdates::checkLease(ArticleEditor &editor)
{
    // The lease this editor holds may have been taken over. Renewing finds out at once instead
    // of at the next renewal; it writes, so only when the lease is no longer this person's
    // (two desktops renewing on each other's news would never stop).
    Library *library = m_session.library();
    EditorAccess *access = editor.access();
    if (!library || !access->holdsLease() || !access->user())
        return;
    const Result<std::optional<Lease>> lease =
            LeaseRepository(library->database()).of(editor.articleId());
    if (lease && (!lease.value() || lease.value()->userId != access->user()->id))
        access->renew();
}

void LiveUpdates::updateNote(ArticleEditor &editor)
{
    Library *library = m_session.library();
    if (!library || editor.library() != library)
        return;
    const qint64 id = editor.articleId();
    const Result<Article> stored = library->articles().byId(id);
    if (!stored) {
        if (stored.error().kind() == Error::Kind::NotFound)
            editor.workflowBar()->setNote(tr("This article was deleted elsewhere. Save a copy "
                                             "to keep the text."));
        return;
    }
    if (stored.value().version <= editor.document()->saved().version) {
        editor.workflowBar()->setNote({});
        return;
    }
    // Who saved it last, from the audit log (newest last).
    QString who;
    QDateTime when = stored.value().updatedAt;
    const QList<AuditEntry> audit = library->history().auditFor(id).valueOr({});
    if (!audit.isEmpty()) {
        const AuditEntry &last = audit.constLast();
        if (const Result<User> user = library->users().byId(last.userId))
            who = user.value().name;
        when = last.at;
    }
    const QString at = QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    const QString note = who.isEmpty()
            ? tr("Someone else saved version %1 of this article at %2. Saving here shows both "
                 "versions first.")
                      .arg(QString::number(stored.value().version), at)
            : tr("%1 saved version %2 of this article at %3. Saving here shows both versions "
                 "first.")
                      .arg(who, QString::number(stored.value().version), at);
    editor.workflowBar()->setNote(note);
}

void LiveUpdates::articleSaved(qint64 articleId)
{
    // Saved here: whatever the note said was dealt with (the conflict dialog saw to it).
    if (ArticleEditor *editor = m_tabs.editorFor(articleId))
        editor->workflowBar()->setNote({});
}

void LiveUpdates::refreshUserIfChanged()
{
    Library *library = m_session.library();
    const std::optional<User> &current = m_session.currentUser();
    if (!library || !current)
        return;
    // Reading the person again gives every editor the person anew (their leases are taken
    // again): only when what the window shows of them changed.
    const Result<User> stored = library->users().byId(current->id);
    if (!stored || stored.value().role != current->role || stored.value().active != current->active
        || stored.value().name != current->name)
        m_session.refreshUser();
}

} // namespace Newsdesk
