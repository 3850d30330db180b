#pragma once

#include "core/article.h"
#include "editor/articlefield.h"

#include <QObject>
#include <QVariant>

class QUndoStack;

namespace Newsdesk {

// The controller of one open article's metadata: the article as last saved (whose version a
// save must still find in the library), the edited fields, their undo stack and whether they
// differ from what was saved. Every change goes through change(), which pushes an undo command;
// views show fieldChanged() and never write the article themselves. The body is not kept here:
// it lives in the editor's QTextDocument with its own undo history.
class ArticleDocument final : public QObject
{
    Q_OBJECT

public:
    explicit ArticleDocument(const Article &saved, QObject *parent = nullptr);
    ~ArticleDocument() override;

    // The edited article; its body is the body it was loaded or restored with.
    const Article &article() const { return m_article; }
    // The article as last loaded from or saved to the library.
    const Article &saved() const { return m_saved; }
    QVariant value(ArticleField field) const { return ArticleFields::value(m_article, field); }
    bool isNew() const { return m_saved.id == 0; }

    // Sets field to value through an undo command (nothing when the value is unchanged).
    void change(ArticleField field, const QVariant &value);
    // Ends the current run of typing: the next change of the same field is a new undo step.
    void breakMerge() { ++m_mergeGroup; }
    int mergeGroup() const { return m_mergeGroup; }
    QUndoStack *undoStack() const { return m_undoStack; }

    bool isModified() const;
    // Starts from edits recovered after a crash: the fields become those of edited, and the
    // document counts as modified until it is saved or discarded.
    void restore(const Article &edited);
    // After a save: saved is the new state in the library; the undo history stays, the
    // document is unmodified.
    void markSaved(const Article &saved);
    // Takes version as the one a save must find (after the person chose to overwrite a
    // version someone else saved).
    void rebase(const Article &theirs);

    // For the undo command only: sets the field and tells the views.
    void apply(ArticleField field, const QVariant &value);

Q_SIGNALS:
    void fieldChanged(Newsdesk::ArticleField field, const QVariant &value);
    void modifiedChanged(bool modified);

private:
    void updateModified();

    Article m_saved;
    Article m_article;
    QUndoStack *m_undoStack = nullptr;
    bool m_restored = false;
    bool m_modified = false;
    int m_mergeGroup = 0;
};

} // namespace Newsdesk
