#pragma once

#include <QObject>

namespace Newsdesk {

class ArticleEditor;
class EditorAccess;
class WorkflowBar;

// The workflow side of one article editor: applies what EditorAccess decided (read-only or
// not, the front-page fields, the banner and buttons of the WorkflowBar) and does what the
// bar's buttons ask: take over the lease (chief editors, after confirming), try again, submit
// for review (saving first).
class EditorWorkflow final : public QObject
{
    Q_OBJECT

public:
    EditorWorkflow(ArticleEditor &editor, EditorAccess &access, WorkflowBar &bar);

    // Shows the access on the editor and the bar (after it or the editor's text changed).
    void update();
    // Saves the article when it has changes, then submits it for review; false when it was not
    // submitted (the reason was shown).
    bool submit();
    // Saving in a read-only editor: offers to save its changes as a new article.
    bool offerCopy();
    void takeOver();
    void tryAgain();

Q_SIGNALS:
    void submitted(qint64 articleId);

private:
    void reloadUnmodified();

    ArticleEditor &m_editor;
    EditorAccess &m_access;
    WorkflowBar &m_bar;
    bool m_readOnly = false;
};

} // namespace Newsdesk
