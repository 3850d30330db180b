#include "editorworkflow.h"

#include "common/dialogs.h"
#include "editor/articledocument.h"
#include "editor/articleeditor.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/editoraccess.h"
#include "editor/workflowbar.h"
#include "storage/library.h"
#include "workflow/workflow.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Newsdesk {

EditorWorkflow::EditorWorkflow(ArticleEditor &editor, EditorAccess &access, WorkflowBar &bar)
    : QObject(&editor)
    , m_editor(editor)
    , m_access(access)
    , m_bar(bar)
{
    connect(&m_access, &EditorAccess::changed, this, &EditorWorkflow::update);
    connect(&m_bar, &WorkflowBar::takeOverRequested, this, &EditorWorkflow::takeOver);
    connect(&m_bar, &WorkflowBar::tryAgainRequested, this, &EditorWorkflow::tryAgain);
    connect(&m_bar, &WorkflowBar::submitRequested, this, &EditorWorkflow::submit);
}

void EditorWorkflow::update()
{
    using Mode = EditorAccess::Mode;
    const bool readOnly = !m_access.isEditable();
    if (readOnly != m_readOnly) {
        m_readOnly = readOnly;
        // Disabled fields show they cannot be changed; the body stays selectable for copying.
        m_editor.form()->setEnabled(!readOnly);
        m_editor.bodyEditor()->setReadOnly(readOnly);
    }
    m_editor.form()->setCurationEditable(m_access.canCurate());
    const Mode mode = m_access.mode();
    WorkflowBar::View view;
    view.state = m_access.stateText();
    view.banner = m_access.banner();
    view.warning = readOnly;
    view.takeOver = m_access.canTakeOver();
    view.tryAgain = !view.takeOver && (mode == Mode::Leased || mode == Mode::TakenOver);
    view.saveCopy = mode == Mode::TakenOver || (readOnly && m_editor.isModified());
    view.canSubmit = m_access.canSubmit(m_editor.isModified());
    m_bar.setView(view);
    Q_EMIT m_editor.undoRedoChanged();
}

bool EditorWorkflow::submit()
{
    Library *library = m_editor.library();
    if (!library || !m_access.user())
        return false;
    if ((m_editor.isModified() || m_editor.document()->isNew()) && !m_editor.save())
        return false;
    Result<Article> result = Workflow(*library, *m_access.user()).submit(m_editor.articleId());
    if (!result) {
        Dialogs::critical(&m_editor, tr("Cannot Submit the Article"), result.error().message());
        return false;
    }
    m_editor.document()->markSaved(result.value());
    m_access.update(result.value());
    Q_EMIT submitted(result.value().id);
    return true;
}

bool EditorWorkflow::offerCopy()
{
    if (!m_editor.isModified()) {
        Q_EMIT m_editor.noticeRequested(m_access.banner());
        return false;
    }
    const QMessageBox::StandardButton answer = Dialogs::question(
            &m_editor, tr("This Editor Is Read-Only"),
            tr("%1\n\nSave your text as a new article instead?").arg(m_access.banner()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    return answer == QMessageBox::Yes && m_editor.saveCopy();
}

void EditorWorkflow::takeOver()
{
    const QMessageBox::StandardButton answer = Dialogs::question(
            &m_editor, tr("Take Over Editing"),
            tr("%1\n\nTake the article over? Their editor turns read-only; what they have not "
               "saved stays with them.")
                    .arg(m_access.banner()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (Status taken = m_access.takeOver(); !taken) {
        Dialogs::critical(&m_editor, tr("Cannot Take Over"), taken.error().message());
        return;
    }
    reloadUnmodified();
}

void EditorWorkflow::tryAgain()
{
    m_access.tryAgain();
    if (m_access.isEditable())
        reloadUnmodified();
    else
        Q_EMIT m_editor.noticeRequested(m_access.banner());
}

void EditorWorkflow::reloadUnmodified()
{
    // Someone else was editing: start from what they saved. Changes made here stay as they
    // are; a save over a newer version shows the conflict.
    ArticleDocument *document = m_editor.document();
    const Article &stored = m_access.stored();
    if (m_editor.isModified() || stored.id != document->saved().id
        || stored.version == document->saved().version)
        return;
    document->restore(stored);
    document->markSaved(stored);
    document->undoStack()->clear();
    m_editor.bodyEditor()->setCanonicalHtml(stored.body);
    Q_EMIT m_editor.titleChanged(m_editor.displayTitle());
}

} // namespace Newsdesk
