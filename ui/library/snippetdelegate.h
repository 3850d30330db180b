#pragma once

#include <QStyledItemDelegate>

namespace Newsdesk {

// Paints a search snippet, HTML-escaped text with the matches in <mark>…</mark>, on one line:
// matches are drawn bold on the palette's highlight colour, the rest as plain text.
class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    struct Run
    {
        QString text;
        bool match = false;
    };
    // The runs of a snippet: text between marks and the marked text, entities decoded.
    static QList<Run> runs(const QString &snippet);
};

} // namespace Newsdesk
