#include "articledocument.h"

#include "editor/changefieldcommand.h"

#include <QUndoStack>

namespace Newsdesk {

ArticleDocument::ArticleDocument(const Article &saved, QObject *parent)
    : QObject(parent)
    , m_saved(saved)
    , m_article(saved)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &ArticleDocument::updateModified);
}

ArticleDocument::~ArticleDocument()
{
    // The commands refer to this document; drop them before it goes, quietly: the views
    // listening to the stack may be going too.
    m_undoStack->blockSignals(true);
    m_undoStack->clear();
}

void ArticleDocument::change(ArticleField field, const QVariant &value)
{
    const QVariant old = this->value(field);
    if (old == value)
        return;
    m_undoStack->push(new ChangeFieldCommand(this, field, old, value));
}

void ArticleDocument::apply(ArticleField field, const QVariant &value)
{
    ArticleFields::setValue(m_article, field, value);
    Q_EMIT fieldChanged(field, this->value(field));
}

bool ArticleDocument::isModified() const
{
    return m_modified;
}

void ArticleDocument::updateModified()
{
    const bool modified = m_restored || !m_undoStack->isClean();
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void ArticleDocument::restore(const Article &edited)
{
    m_undoStack->clear();
    for (ArticleField field : ArticleFields::all())
        apply(field, ArticleFields::value(edited, field));
    m_article.body = edited.body;
    m_restored = true;
    updateModified();
}

void ArticleDocument::markSaved(const Article &saved)
{
    m_saved = saved;
    // Fields the library sets on saving (id, version, times) come from it; the edited fields
    // are what was saved.
    const Article edited = m_article;
    m_article = saved;
    for (ArticleField field : ArticleFields::all())
        ArticleFields::setValue(m_article, field, ArticleFields::value(edited, field));
    m_restored = false;
    m_undoStack->setClean();
    updateModified();
}

void ArticleDocument::rebase(const Article &theirs)
{
    m_saved = theirs;
    m_article.version = theirs.version;
}

} // namespace Newsdesk
