#include "bodyeditor.h"

#include "html/sanitizer.h"

#include <QTextDocument>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

BodyEditor::BodyEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QTextEdit(this))
{
    setObjectName(u"bodyEditor"_s);
    m_edit->setObjectName(u"bodyEditor.text"_s);
    m_edit->setAcceptRichText(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    connect(m_edit->document(), &QTextDocument::contentsChanged, this,
            &BodyEditor::contentsChanged);
}

void BodyEditor::setLibrary(Library *library)
{
    m_library = library;
}

void BodyEditor::setCanonicalHtml(const QString &html)
{
    const QSignalBlocker blocker(m_edit->document());
    m_edit->document()->setHtml(Sanitizer::clean(html).html);
    m_edit->document()->clearUndoRedoStacks();
    m_edit->document()->setModified(false);
}

QString BodyEditor::canonicalHtml() const
{
    return Sanitizer::clean(m_edit->document()->toHtml()).html;
}

bool BodyEditor::isModified() const
{
    return m_edit->document()->isModified();
}

void BodyEditor::setModified(bool modified)
{
    m_edit->document()->setModified(modified);
}

QTextDocument *BodyEditor::document() const
{
    return m_edit->document();
}

QTextEdit *BodyEditor::textEdit() const
{
    return m_edit;
}

QList<QAction *> BodyEditor::formatActions() const
{
    return {};
}

} // namespace Newsdesk
