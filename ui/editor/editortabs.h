#pragma once

#include <QTabWidget>

#include <memory>

namespace Newsdesk {

struct Article;
class ArticleEditor;
class LibrarySession;
struct RecoveryEntry;
class RecoveryStore;

// The main window's tabs: the library first (never closed), then one ArticleEditor per open
// article. Opens articles (each at most once), new articles and recovered edits; closes editors
// asking about unsaved changes (which releases their edit leases); owns the recovery store the
// editors autosave to, and offers what it holds for a library when that library is opened.
// When another person signs in, every open editor is given the new person.
class EditorTabs final : public QTabWidget
{
    Q_OBJECT

public:
    EditorTabs(LibrarySession &session, QWidget *libraryPage, QWidget *parent = nullptr);
    ~EditorTabs() override;

    // Opens the article in an editor, or shows the editor that has it already.
    ArticleEditor *openArticle(qint64 articleId);
    // A new, unsaved article in channelId (the first channel when 0).
    ArticleEditor *newArticle(qint64 channelId);
    ArticleEditor *currentEditor() const;
    // Shows the published page beside every editor (created when an editor is first shown).
    void setPreviewVisible(bool visible);
    bool isPreviewVisible() const { return m_previewVisible; }
    QList<ArticleEditor *> editors() const;
    ArticleEditor *editorFor(qint64 articleId) const;

    // Closes an editor, asking first when it has unsaved changes; false when the person
    // cancelled.
    bool closeEditor(ArticleEditor *editor);
    // Closes every editor (asking for each); false as soon as the person cancels one.
    bool closeAll();

    // Offers the recovered edits of the open library (a dialog when there are any). Done by
    // itself whenever a library is opened, once someone is signed in and no other dialog
    // (signing in, setting a password) is open.
    void offerRecovery();
    // The store editors autosave to (Paths::recoveryStore()), opened when first needed; null
    // when it cannot be used (the reason was shown).
    RecoveryStore *recoveryStore();

Q_SIGNALS:
    void currentEditorChanged(Newsdesk::ArticleEditor *editor);
    void articleSaved(qint64 articleId);
    void statusMessage(const QString &message);
    // Undo or redo may have become possible or impossible.
    void undoRedoChanged();

private:
    ArticleEditor *addEditor(const Article &article);
    void restore(const RecoveryEntry &entry);
    void updateTab(ArticleEditor *editor);
    void libraryChanged();
    void userChanged();
    void scheduleRecoveryOffer(int delay = 0);
    void reportRecoveryProblem(const QString &message);

    LibrarySession &m_session;
    std::unique_ptr<RecoveryStore> m_recovery;
    bool m_recoveryFailed = false;
    bool m_offerPending = false;
    bool m_offerOnSignIn = false; // recovery waits for someone to sign in
    bool m_offering = false;
    bool m_recoveryReported = false;
    bool m_previewVisible = true;
};

} // namespace Newsdesk
