#pragma once

#include "core/result.h"

#include <QObject>

namespace Newsdesk {

class LibrarySession;
class LibraryView;
class ArticleBatch;
struct BatchOutcome;

// The bulk actions on the articles selected in the library view: ask what is needed (tags, a
// channel, flags), run the change as one batch, refresh the view and say what happened.
class BulkActions final : public QObject
{
    Q_OBJECT

public:
    BulkActions(LibrarySession &session, LibraryView &view, QWidget *dialogParent);

    void addTags();
    void removeTags();
    void moveToChannel();
    void setFlags();
    void submit();
    void moveToTrash();
    void restore();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // These articles changed (lists, search index and pages follow).
    void articlesChanged(const QList<qint64> &articleIds);

private:
    QList<qint64> selection() const;
    ArticleBatch batch() const;
    void finish(const Result<BatchOutcome> &outcome, const QString &title);

    LibrarySession &m_session;
    LibraryView &m_view;
    QWidget *m_dialogParent = nullptr;
};

} // namespace Newsdesk
