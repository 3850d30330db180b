#include "commentthreadview.h"

#include "common/colors.h"
#include "library/librarysession.h"
#include "storage/library.h"
#include "workflow/workflow.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

CommentThreadView::CommentThreadView(LibrarySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *heading = new QLabel(tr("<b>Notes</b> (editorial comments, never published)"), this);
    m_thread = new QTextBrowser(this);
    m_thread->setObjectName(u"review.thread"_s);
    m_thread->setOpenLinks(false);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"review.commentEdit"_s);
    m_editor->setPlaceholderText(tr("Add a note for the author and other editors…"));
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 5);
    m_add = new QPushButton(tr("Add &Note"), this);
    m_add->setObjectName(u"review.addComment"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_thread, 1);
    layout->addWidget(m_editor);
    layout->addWidget(m_add, 0, Qt::AlignRight);

    connect(m_add, &QPushButton::clicked, this, &CommentThreadView::addComment);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CommentThreadView::updateButton);
    updateButton();
}

void CommentThreadView::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    m_comments.clear();
    Library *library = m_session.library();
    if (library && articleId > 0) {
        Result<QList<CommentEntry>> comments = library->review().commentsOf(articleId);
        if (comments)
            m_comments = std::move(comments).value();
        else
            Q_EMIT errorOccurred(comments.error().message());
    }
    render();
    updateButton();
}

void CommentThreadView::render()
{
    if (m_comments.isEmpty()) {
        m_thread->setHtml(u"<p><i>%1</i></p>"_s.arg(tr("No notes yet.").toHtmlEscaped()));
        return;
    }
    QString html;
    for (const CommentEntry &c : std::as_const(m_comments)) {
        const QString who = c.authorName.isEmpty() ? tr("(unknown)") : c.authorName;
        const QString when = QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat);
        QString body = c.body.toHtmlEscaped();
        body.replace(u'\n', u"<br>"_s);
        html += u"<p><b>%1</b> &nbsp;<span style=\"color: %4\">%2</span><br>%3</p>"_s.arg(
                who.toHtmlEscaped(), when.toHtmlEscaped(), body, Colors::muted(palette()).name());
    }
    m_thread->setHtml(html);
    m_thread->verticalScrollBar()->setValue(m_thread->verticalScrollBar()->maximum());
}

void CommentThreadView::updateButton()
{
    m_add->setEnabled(m_articleId > 0 && m_session.currentUser()
                      && !m_editor->toPlainText().trimmed().isEmpty());
}

void CommentThreadView::addComment()
{
    Library *library = m_session.library();
    if (!library || m_articleId <= 0)
        return;
    if (!m_session.currentUser()) {
        Q_EMIT errorOccurred(tr("Sign in to add a note."));
        return;
    }
    Workflow workflow(*library, *m_session.currentUser());
    Result<qint64> added = workflow.comment(m_articleId, m_editor->toPlainText());
    if (!added) {
        Q_EMIT errorOccurred(added.error().message());
        return;
    }
    m_editor->clear();
    setArticle(m_articleId);
    Q_EMIT commented(added.value());
}

} // namespace Newsdesk
