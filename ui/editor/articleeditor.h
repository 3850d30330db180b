#pragma once

#include "core/article.h"
#include "core/user.h"
#include "editor/editorchoices.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QSplitter;
class QTimer;

namespace Newsdesk {

class ArticleDocument;
class ArticleForm;
class BodyEditor;
class EditorAccess;
class EditorWorkflow;
class PreviewPane;
class Library;
struct RecoveryEntry;
class RecoveryStore;
class WorkflowBar;

// The editor of one open article: the metadata form beside the rich-text body, bound to an
// ArticleDocument (metadata and its undo stack); the body keeps its QTextDocument's undo. It
// saves through the Workflow as the person working (Ctrl+S; a conflict is shown, never
// overwritten), asks before closing with unsaved changes, and writes unsaved edits to the
// recovery store a moment after typing pauses, removing them once saved or discarded.
//
// EditorAccess decides whether the person may edit it and holds the edit lease; when they may
// not (the workflow refuses, or someone else is editing it) the editor is read-only and the
// WorkflowBar above it says why and offers what can be done.
class ArticleEditor final : public QWidget
{
    Q_OBJECT

public:
    struct Context
    {
        Library *library = nullptr;
        std::optional<User> user; // who is working; nobody: read-only
        RecoveryStore *recovery = nullptr; // may be null: no autosave
        EditorChoices choices;
        // Makes the preview of the published page beside the editor (none: no preview).
        std::function<PreviewPane *(QWidget *parent)> makePreview;
    };

    // Edits article (id 0: a new article, saved on the first save).
    ArticleEditor(const Context &context, const Article &article, QWidget *parent = nullptr);
    ~ArticleEditor() override;

    // The unsaved state, body included (for the preview and for saving).
    Article currentArticle() const;
    qint64 articleId() const;
    QString displayTitle() const;
    bool isModified() const;
    // The key of this editor's entry in the recovery store.
    const QString &recoveryKey() const { return m_recoveryKey; }

    // Starts from edits recovered after a crash; the editor counts as modified.
    void restore(const RecoveryEntry &entry);

    // Saves (validating first); false when nothing was saved. A read-only editor with changes
    // offers to save them as a copy.
    bool save();
    // Saves the text as a new article of the person's (validating first).
    bool saveCopy();
    // Submits the article for review, saving it first when it has changes.
    bool submit();
    // Whether the text can be changed (EditorAccess decides).
    bool isReadOnly() const;
    EditorAccess *access() const { return m_access; }
    Library *library() const { return m_context.library; }
    WorkflowBar *workflowBar() const { return m_bar; }
    // Another person works in the window: the previous one's lease goes, the access is
    // decided again for the new one. Unsaved text stays.
    void setUser(const std::optional<User> &user);
    // Gives the edit lease up (the editor is closing).
    void releaseLease();
    // The library this editor was opened from is gone.
    void forgetLibrary();
    // Asks Save / Discard / Cancel when modified; true when the editor may close. Discarding
    // removes the recovery entry.
    bool maybeClose();
    // Writes the unsaved state to the recovery store now (removes the entry when unmodified).
    bool writeRecovery();

    // Undo and redo of whichever has the focus: the body or the metadata form.
    void undo();
    void redo();
    bool canUndo() const;
    bool canRedo() const;

    ArticleDocument *document() const { return m_document; }
    ArticleForm *form() const { return m_form; }
    BodyEditor *bodyEditor() const { return m_body; }
    // Shows the published page beside the editor, refreshed as it is edited (created when
    // first shown).
    void setPreviewVisible(bool visible);
    PreviewPane *previewPane() const { return m_preview; }
    // How long after the last change the recovery store is written.
    static constexpr int AutosaveDelayMs = 2000;

Q_SIGNALS:
    // Every change of the body or of a metadata field.
    void edited();
    void modifiedChanged(bool modified);
    void titleChanged(const QString &title);
    void saved(qint64 articleId);
    void undoRedoChanged();
    void noticeRequested(const QString &text);
    // Autosave could not write to the recovery store (message names the file).
    void recoveryFailed(const QString &message);

private:
    void bodyChanged();
    void showEvent(QShowEvent *event) override;
    void updatePreview();
    void changed();
    void autosave();
    void updateModified();
    void suggestSummary();
    void updateCoverChoices();
    bool bodyHasFocus() const;
    QString channelName(qint64 id) const;
    bool validate(const Article &article);
    void finishSave(const Article &article, bool asCopy);

    Context m_context;
    ArticleDocument *m_document = nullptr;
    ArticleForm *m_form = nullptr;
    BodyEditor *m_body = nullptr;
    QSplitter *m_splitter = nullptr;
    WorkflowBar *m_bar = nullptr;
    EditorAccess *m_access = nullptr;
    EditorWorkflow *m_workflow = nullptr;
    PreviewPane *m_preview = nullptr;
    bool m_previewWanted = false;
    QTimer *m_autosave = nullptr;
    QElapsedTimer m_unsavedSince;
    QString m_recoveryKey;
    bool m_modified = false;
};

} // namespace Newsdesk
