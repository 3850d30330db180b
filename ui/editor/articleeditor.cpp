#include "articleeditor.h"

#include "common/dialogs.h"
#include "editor/articledocument.h"
#include "editor/articleform.h"
#include "editor/articlesaver.h"
#include "editor/articlevalidator.h"
#include "editor/bodyeditor.h"
#include "editor/editoraccess.h"
#include "editor/editorworkflow.h"
#include "editor/workflowbar.h"
#include "preview/previewpane.h"
#include "recovery/recoverystore.h"
#include "storage/library.h"

#include <QApplication>

#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// Typing without a pause still reaches the recovery store this often.
constexpr qint64 LongestUnsavedMs = 10000;
constexpr int FormWidth = 380;
constexpr int PreviewWidth = 420;
} // namespace

ArticleEditor::ArticleEditor(const Context &context, const Article &article, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_document(new ArticleDocument(article, this))
    , m_form(new ArticleForm(this))
    , m_body(new BodyEditor(this))
    , m_bar(new WorkflowBar(this))
    , m_access(new EditorAccess(context.library, context.user, this))
    , m_autosave(new QTimer(this))
    , m_recoveryKey(article.id > 0 ? RecoveryStore::articleKey(article.id)
                                   : RecoveryStore::newDraftKey())
{
    setObjectName(u"articleEditor"_s);
    m_form->setChoices(context.choices);
    m_form->setDocument(m_document);
    m_body->setLibrary(context.library);
    m_body->setCanonicalHtml(article.body);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"articleEditor.formScroll"_s);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // A container: Tab goes to its fields, which it scrolls into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"articleEditor.splitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_body);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_splitter, 1);
    setFocusProxy(m_form);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &ArticleEditor::autosave);

    connect(m_document, &ArticleDocument::fieldChanged, this, [this](ArticleField field) {
        if (field == ArticleField::Title)
            Q_EMIT titleChanged(displayTitle());
        changed();
    });
    connect(m_document, &ArticleDocument::modifiedChanged, this, &ArticleEditor::updateModified);
    QUndoStack *stack = m_document->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, this, &ArticleEditor::undoRedoChanged);
    connect(stack, &QUndoStack::canRedoChanged, this, &ArticleEditor::undoRedoChanged);
    connect(m_body, &BodyEditor::contentsChanged, this, &ArticleEditor::bodyChanged);
    connect(m_body, &BodyEditor::noticeRequested, this, &ArticleEditor::noticeRequested);
    QTextDocument *body = m_body->document();
    connect(body, &QTextDocument::undoAvailable, this, &ArticleEditor::undoRedoChanged);
    connect(body, &QTextDocument::redoAvailable, this, &ArticleEditor::undoRedoChanged);
    connect(body, &QTextDocument::modificationChanged, this, &ArticleEditor::updateModified);
    connect(m_form, &ArticleForm::suggestSummaryRequested, this, &ArticleEditor::suggestSummary);
    connect(qApp, &QApplication::focusChanged, this, &ArticleEditor::undoRedoChanged);
    m_workflow = new EditorWorkflow(*this, *m_access, *m_bar);
    connect(m_bar, &WorkflowBar::saveCopyRequested, this, &ArticleEditor::saveCopy);
    connect(m_workflow, &EditorWorkflow::submitted, this, [this](qint64 id) {
        Q_EMIT saved(id);
        Q_EMIT noticeRequested(tr("\"%1\" was submitted for review.").arg(displayTitle()));
    });
    updateCoverChoices();
    m_access->open(article);
}

ArticleEditor::~ArticleEditor()
{
    // The document and the body go with this editor; what they signal on the way out is of
    // no interest to the tabs and the window, which may be going too.
    blockSignals(true);
}

Article ArticleEditor::currentArticle() const
{
    Article article = m_document->article();
    if (m_body->isModified())
        article.body = m_body->canonicalHtml();
    return article;
}

qint64 ArticleEditor::articleId() const
{
    return m_document->saved().id;
}

QString ArticleEditor::displayTitle() const
{
    const QString title = m_document->article().title.trimmed();
    return title.isEmpty() ? tr("New Article") : title;
}

bool ArticleEditor::isModified() const
{
    return m_document->isModified() || m_body->isModified();
}

void ArticleEditor::updateModified()
{
    const bool modified = isModified();
    if (modified == m_modified)
        return;
    m_modified = modified;
    if (m_workflow)
        m_workflow->update(); // submitting or saving a copy may have become possible
    Q_EMIT modifiedChanged(modified);
}

void ArticleEditor::bodyChanged()
{
    changed();
}

void ArticleEditor::setPreviewVisible(bool visible)
{
    m_previewWanted = visible;
    if (m_preview)
        m_preview->setVisible(visible);
    updatePreview();
}

void ArticleEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updatePreview();
}

void ArticleEditor::updatePreview()
{
    // Qt WebEngine starts only when a preview is first seen.
    if (!m_previewWanted || !isVisible())
        return;
    if (!m_preview) {
        if (!m_context.makePreview)
            return;
        m_preview = m_context.makePreview(m_splitter);
        m_splitter->addWidget(m_preview);
        m_splitter->setStretchFactor(2, 2);
        // The form keeps room for its fields, the page at least a phone's width.
        const int total = m_splitter->width();
        const int formNeeds = m_form->minimumSizeHint().width()
                + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24;
        const int form = std::max({FormWidth, formNeeds, total * 3 / 10});
        const int page = std::max(PreviewWidth, total * 3 / 10);
        m_splitter->setSizes({form, std::max(200, total - form - page), page});
    }
    m_preview->showUnsaved(currentArticle());
}

void ArticleEditor::changed()
{
    Q_EMIT edited();
    if (m_preview && m_preview->isVisible())
        m_preview->showUnsaved([this] { return currentArticle(); });
    updateModified();
    if (!m_context.recovery)
        return;
    if (!m_unsavedSince.isValid())
        m_unsavedSince.start();
    if (m_unsavedSince.elapsed() >= LongestUnsavedMs)
        autosave();
    else
        m_autosave->start();
}

void ArticleEditor::autosave()
{
    m_autosave->stop();
    writeRecovery();
    updateCoverChoices();
}

bool ArticleEditor::writeRecovery()
{
    m_unsavedSince.invalidate();
    if (!m_context.recovery || !m_context.library)
        return false;
    const QString library = m_context.library->location();
    Status status;
    if (isModified()) {
        RecoveryEntry entry;
        entry.library = library;
        entry.key = m_recoveryKey;
        entry.baseVersion = m_document->isNew() ? 0 : m_document->saved().version;
        entry.article = currentArticle();
        status = m_context.recovery->write(entry);
    } else {
        status = m_context.recovery->remove(library, m_recoveryKey);
    }
    if (!status)
        Q_EMIT recoveryFailed(status.error().message());
    return status.ok();
}

void ArticleEditor::restore(const RecoveryEntry &entry)
{
    Article base = m_document->saved();
    base.version = entry.baseVersion > 0 ? entry.baseVersion : base.version;
    m_document->rebase(base);
    m_recoveryKey = entry.key;
    m_document->restore(entry.article);
    m_body->setCanonicalHtml(entry.article.body);
    m_body->setModified(true);
    m_unsavedSince.invalidate();
    m_autosave->stop();
    updateModified();
    updateCoverChoices();
    Q_EMIT titleChanged(displayTitle());
}

bool ArticleEditor::validate(const Article &article)
{
    const QList<ArticleValidator::Problem> problems = ArticleValidator::check(article);
    if (problems.isEmpty())
        return true;
    QStringList lines;
    for (const ArticleValidator::Problem &problem : problems)
        lines.append(problem.message);
    Dialogs::critical(this, tr("Cannot Save the Article"), lines.join(u'\n'));
    if (!isReadOnly())
        m_form->focusField(problems.constFirst().field);
    return false;
}

bool ArticleEditor::save()
{
    if (!m_context.library)
        return false;
    if (isReadOnly())
        return m_workflow->offerCopy();
    const Article article = currentArticle();
    if (!validate(article))
        return false;
    ArticleSaver saver(*m_context.library, m_access->user().value_or(User()), this,
                       [this](qint64 id) { return channelName(id); });
    const std::optional<ArticleSaver::Saved> result = saver.save(article);
    if (!result)
        return false;
    if (result->merged) {
        // The editor shows what was saved: both people's changes.
        m_document->restore(result->article);
        m_body->setCanonicalHtml(result->article.body);
    }
    finishSave(result->article, result->asCopy);
    if (result->merged)
        Q_EMIT noticeRequested(tr("Saved merged with the other changes (version %1).")
                                       .arg(result->article.version));
    return true;
}

bool ArticleEditor::saveCopy()
{
    if (!m_context.library)
        return false;
    const Article article = currentArticle();
    if (!validate(article))
        return false;
    ArticleSaver saver(*m_context.library, m_access->user().value_or(User()), this,
                       [this](qint64 id) { return channelName(id); });
    const std::optional<ArticleSaver::Saved> result = saver.saveCopy(article);
    if (!result)
        return false;
    finishSave(result->article, true);
    return true;
}

void ArticleEditor::finishSave(const Article &article, bool asCopy)
{
    const QString oldKey = m_recoveryKey;
    m_recoveryKey = RecoveryStore::articleKey(article.id);
    m_document->markSaved(article);
    m_body->setModified(false);
    m_autosave->stop();
    m_unsavedSince.invalidate();
    if (m_context.recovery) {
        for (const QString &key : {oldKey, m_recoveryKey}) {
            if (Status removed = m_context.recovery->remove(m_context.library->location(), key);
                !removed)
                Q_EMIT recoveryFailed(removed.error().message());
        }
    }
    // A copy is another article: the access (and the lease) move to it.
    m_access->update(article);
    updateModified();
    Q_EMIT titleChanged(displayTitle());
    Q_EMIT saved(article.id);
    if (asCopy)
        Q_EMIT noticeRequested(tr("Saved as a new article (%1); the other version was left as "
                                  "it was.")
                                       .arg(article.id));
}

bool ArticleEditor::submit()
{
    return m_workflow->submit();
}

bool ArticleEditor::isReadOnly() const
{
    return !m_access->isEditable();
}

void ArticleEditor::setUser(const std::optional<User> &user)
{
    m_context.user = user;
    m_access->setUser(user);
}

void ArticleEditor::releaseLease()
{
    m_access->release();
}

void ArticleEditor::forgetLibrary()
{
    m_access->forgetLibrary();
    m_context.library = nullptr;
}

bool ArticleEditor::maybeClose()
{
    if (isModified()) {
        const QMessageBox::StandardButton answer = Dialogs::question(
                this, tr("Unsaved Changes"),
                tr("\"%1\" has changes that are not saved. Save them before closing?")
                        .arg(displayTitle()),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Save)
            return save();
        if (answer != QMessageBox::Discard)
            return false;
    }
    m_autosave->stop();
    if (m_context.recovery && m_context.library)
        (void)m_context.recovery->remove(m_context.library->location(), m_recoveryKey);
    return true;
}

bool ArticleEditor::bodyHasFocus() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == m_body || m_body->isAncestorOf(focus));
}

void ArticleEditor::undo()
{
    if (isReadOnly())
        return;
    if (bodyHasFocus())
        m_body->document()->undo();
    else
        m_document->undoStack()->undo();
}

void ArticleEditor::redo()
{
    if (isReadOnly())
        return;
    if (bodyHasFocus())
        m_body->document()->redo();
    else
        m_document->undoStack()->redo();
}

bool ArticleEditor::canUndo() const
{
    if (isReadOnly())
        return false;
    return bodyHasFocus() ? m_body->document()->isUndoAvailable()
                          : m_document->undoStack()->canUndo();
}

bool ArticleEditor::canRedo() const
{
    if (isReadOnly())
        return false;
    return bodyHasFocus() ? m_body->document()->isRedoAvailable()
                          : m_document->undoStack()->canRedo();
}

void ArticleEditor::suggestSummary()
{
    if (!m_form->suggestSummary(currentArticle().body))
        Q_EMIT noticeRequested(tr("The body is empty: there is nothing to suggest a summary "
                                  "from."));
}

void ArticleEditor::updateCoverChoices()
{
    m_form->updateCoverChoices(currentArticle().body, m_context.library);
}

QString ArticleEditor::channelName(qint64 id) const
{
    for (const Channel &channel : m_context.choices.channels) {
        if (channel.id == id)
            return channel.name;
    }
    return {};
}

} // namespace Newsdesk
