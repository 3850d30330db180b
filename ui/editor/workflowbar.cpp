#include "workflowbar.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Newsdesk {

WorkflowBar::WorkflowBar(QWidget *parent)
    : QFrame(parent)
    , m_state(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(u"editor.workflowBar"_s);
    setFrameShape(QFrame::StyledPanel);
    m_state->setObjectName(u"editor.state"_s);
    m_banner->setObjectName(u"editor.banner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setTextFormat(Qt::PlainText);
    m_note->setObjectName(u"editor.note"_s);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    m_takeOver = button(u"editor.takeOver"_s, tr("&Take Over"),
                        tr("Take the article over from the person editing it; their editor "
                           "turns read-only"));
    m_tryAgain = button(u"editor.tryAgain"_s, tr("T&ry Again"),
                        tr("Edit the article if nobody else is editing it now"));
    m_saveCopy = button(u"editor.saveCopy"_s, tr("Save a &Copy"),
                        tr("Save the text in this editor as a new article"));
    m_submit = button(u"editor.submit"_s, tr("Su&bmit for Review"),
                      tr("Save the article and send it to a chief editor for review"));
    connect(m_takeOver, &QPushButton::clicked, this, &WorkflowBar::takeOverRequested);
    connect(m_tryAgain, &QPushButton::clicked, this, &WorkflowBar::tryAgainRequested);
    connect(m_saveCopy, &QPushButton::clicked, this, &WorkflowBar::saveCopyRequested);
    connect(m_submit, &QPushButton::clicked, this, &WorkflowBar::submitRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_state);
    layout->addWidget(m_banner, 1);
    layout->addWidget(m_note, 1);
    for (QPushButton *b : {m_takeOver, m_tryAgain, m_saveCopy, m_submit})
        layout->addWidget(b);
}

QPushButton *WorkflowBar::button(const QString &name, const QString &text, const QString &toolTip)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setToolTip(toolTip);
    b->setAutoDefault(false);
    return b;
}

void WorkflowBar::setView(const View &view)
{
    m_state->setText(view.state);
    m_banner->setText(view.banner);
    m_banner->setVisible(!view.banner.isEmpty());
    // A read-only banner stands out; a note about a live article does not.
    QFont font = m_banner->font();
    font.setBold(view.warning);
    m_banner->setFont(font);
    m_takeOver->setVisible(view.takeOver);
    m_tryAgain->setVisible(view.tryAgain);
    m_saveCopy->setVisible(view.saveCopy);
    m_submit->setEnabled(view.canSubmit);
}

void WorkflowBar::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString WorkflowBar::noteText() const
{
    return m_note->isVisibleTo(this) ? m_note->text() : QString();
}

QString WorkflowBar::stateText() const
{
    return m_state->text();
}

QString WorkflowBar::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

} // namespace Newsdesk
