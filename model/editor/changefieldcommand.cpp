#include "changefieldcommand.h"

#include "editor/articledocument.h"

namespace Newsdesk {

namespace {
constexpr int FirstCommandId = 4000;
}

ChangeFieldCommand::ChangeFieldCommand(ArticleDocument *document, ArticleField field,
                                       QVariant oldValue, QVariant newValue)
    : m_document(document)
    , m_field(field)
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
    , m_mergeGroup(document->mergeGroup())
{
    setText(ArticleDocument::tr("Change %1").arg(ArticleFields::displayName(field)));
}

void ChangeFieldCommand::undo()
{
    m_document->apply(m_field, m_oldValue);
}

void ChangeFieldCommand::redo()
{
    m_document->apply(m_field, m_newValue);
}

int ChangeFieldCommand::id() const
{
    return ArticleFields::isTyped(m_field) ? FirstCommandId + int(m_field) : -1;
}

bool ChangeFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeFieldCommand *>(other);
    if (change->m_document != m_document || change->m_field != m_field
        || change->m_mergeGroup != m_mergeGroup)
        return false;
    m_newValue = change->m_newValue;
    setObsolete(m_newValue == m_oldValue);
    return true;
}

} // namespace Newsdesk
