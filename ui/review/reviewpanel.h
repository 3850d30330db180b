#pragma once

#include "core/article.h"
#include "storage/reviewrepository.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Newsdesk {

class CommentThreadView;
class HistoryView;
class LibrarySession;
class RevisionDiffView;

// Reviewing one article: its title and state; what is being reviewed against the live approved
// revision (a staged edit), the previous submitted or returned revision, or else the first,
// with pickers to compare any two revisions; its history; the notes; and Approve and Return…
// for chief editors while the article waits for review. Approve and Return name the version
// the panel showed, so a change made meanwhile is refused: the panel then reloads and says
// why. Every error shows in the panel.
class ReviewPanel final : public QDialog
{
    Q_OBJECT

public:
    ReviewPanel(LibrarySession &session, qint64 articleId, QWidget *parent = nullptr);

    qint64 articleId() const { return m_articleId; }
    const Article &article() const { return m_article; }
    // The version of the article the panel shows (what Approve and Return name).
    int shownVersion() const { return m_article.version; }

    void reload();
    // Reads the comments and the history again (someone commented elsewhere), leaving the
    // comparison as chosen.
    void reloadThread();
    void approve();
    void returnToAuthor();
    void showHistory();
    // Compares revision before with revision after in the Changes tab.
    void compare(int before, int after);
    int beforeVersion() const;
    int afterVersion() const;

    QString errorText() const;
    QString noticeText() const;
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *returnButton() const { return m_return; }
    RevisionDiffView *diffView() const { return m_diff; }
    HistoryView *historyView() const { return m_history; }
    CommentThreadView *commentThread() const { return m_comments; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // The article changed (approved, returned, a version restored).
    void articlesChanged(const QList<qint64> &articleIds);

private:
    QWidget *buildChangesTab();
    void fillPickers();
    int defaultBase() const;
    void showDiff();
    void updateHeader();
    void updateButtons();
    void showError(const QString &message);
    void showNotice(const QString &message);
    void finish(const Result<Article> &result, const QString &done);

    LibrarySession &m_session;
    qint64 m_articleId = 0;
    Article m_article;
    bool m_loaded = false;
    QList<HistoryEntry> m_entries;
    QHash<int, Article> m_revisions;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notice = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_before = nullptr;
    QComboBox *m_after = nullptr;
    RevisionDiffView *m_diff = nullptr;
    HistoryView *m_history = nullptr;
    CommentThreadView *m_comments = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_return = nullptr;
};

} // namespace Newsdesk
