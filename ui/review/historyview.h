#pragma once

#include "core/article.h"
#include "storage/reviewrepository.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Newsdesk {

class LibrarySession;
class RevisionDiffView;

// The history of one article: every revision with its version, who saved it, when and the
// audit action that did (save, submit, approve, a restore, ...). Selecting one revision shows
// what it changed from the one before; selecting two compares them. "Restore This Version"
// brings back a revision's content as a new revision (Workflow::restoreRevision); a refusal is
// reported through errorOccurred with its reason.
class HistoryView final : public QWidget
{
    Q_OBJECT

public:
    enum Column { VersionColumn, WhoColumn, WhenColumn, ActionColumn, DetailColumn };

    explicit HistoryView(LibrarySession &session, QWidget *parent = nullptr);

    // Shows the history of the article (reloaded when called again).
    void setArticle(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    const QList<HistoryEntry> &entries() const { return m_entries; }

    // Selects the revisions at these versions (one or two).
    void selectVersions(const QList<int> &versions);
    QList<int> selectedVersions() const;
    void restoreSelected();

    QTreeWidget *list() const { return m_list; }
    RevisionDiffView *diffView() const { return m_diff; }
    QPushButton *restoreButton() const { return m_restore; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // A revision was restored: the article is now at the version restored.
    void restored(const Newsdesk::Article &article);

private:
    void selectionChanged();
    Result<Article> revision(int version);
    QString label(int version) const;

    LibrarySession &m_session;
    qint64 m_articleId = 0;
    QList<HistoryEntry> m_entries;
    QHash<int, Article> m_revisions;
    QTreeWidget *m_list = nullptr;
    RevisionDiffView *m_diff = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace Newsdesk
