#pragma once

#include "storage/changefeed.h"

#include <QCoreApplication>
#include <QObject>

class QLabel;
class QStatusBar;

namespace Newsdesk {

class ArticleEditor;
class EditorTabs;
class LibrarySession;
class LibraryView;
class ReviewQueueView;

// Brings the window up to date with what other desktops change in the library (the session's
// ChangeFeed batches): the library list, channel tree and details reload the way they do
// after a change made here (keeping selection and scroll), the review queue reloads, the
// list's lease indicators are read again, an editor whose lease was touched checks whether it
// was taken over, and an open editor whose article someone else saved says so, and who, in a
// note on its workflow bar (saving then still goes through the conflict dialog). One batch
// causes at most one reload of each view.
class LiveUpdates final : public QObject
{
    Q_OBJECT

public:
    LiveUpdates(LibrarySession &session, LibraryView &library, ReviewQueueView &queue,
                EditorTabs &tabs, QObject *parent = nullptr);

    // What the window does with one batch of changes (the session's changedElsewhere).
    void apply(const ChangeFeed::Changes &changes);
    // Shows in statusBar whether the window follows other desktops' changes ("Live"), or
    // not, with what to do then (Refresh).
    void showIndicatorIn(QStatusBar *statusBar);
    QLabel *indicator() const { return m_indicator; }

private:
    void updateEditors(const ChangeFeed::Changes &changes);
    void checkLease(ArticleEditor &editor);
    void updateNote(ArticleEditor &editor);
    void articleSaved(qint64 articleId);
    void refreshUserIfChanged();
    void updateIndicator();

    LibrarySession &m_session;
    LibraryView &m_library;
    ReviewQueueView &m_queue;
    EditorTabs &m_tabs;
    QLabel *m_indicator = nullptr;
};

} // namespace Newsdesk
