#pragma once

#include "storage/reviewrepository.h"

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace Newsdesk {

class LibrarySession;

// An article's editorial notes (never published): every comment with its author and time,
// newest last, and a box to add one (Workflow::comment). A refusal comes back through
// errorOccurred; a comment added through commented.
class CommentThreadView final : public QWidget
{
    Q_OBJECT

public:
    explicit CommentThreadView(LibrarySession &session, QWidget *parent = nullptr);

    // Shows the comments of the article (reloaded when called again).
    void setArticle(qint64 articleId);
    const QList<CommentEntry> &comments() const { return m_comments; }
    void addComment();

    QTextBrowser *thread() const { return m_thread; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void commented(qint64 commentId);

private:
    void render();
    void updateButton();

    LibrarySession &m_session;
    qint64 m_articleId = 0;
    QList<CommentEntry> m_comments;
    QTextBrowser *m_thread = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace Newsdesk
