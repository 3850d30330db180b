#pragma once

#include "editor/articlefield.h"

#include <QUndoCommand>
#include <QVariant>

namespace Newsdesk {

class ArticleDocument;

// The one undo command of the metadata form: sets a field of an article document to a value.
// Consecutive changes of the same typed field merge, so undo takes back a word typed into the
// title at once, not letter by letter.
class ChangeFieldCommand final : public QUndoCommand
{
public:
    ChangeFieldCommand(ArticleDocument *document, ArticleField field, QVariant oldValue,
                       QVariant newValue);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ArticleDocument *m_document = nullptr;
    ArticleField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    int m_mergeGroup = 0;
};

} // namespace Newsdesk
