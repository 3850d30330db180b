#include "snippetdelegate.h"

#include "common/colors.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString MarkOpen = u"<mark>"_s;
const QString MarkClose = u"</mark>"_s;

// Snippets are escaped with QString::toHtmlEscaped: undo exactly that.
QString decoded(QString html)
{
    return html.replace(u"&lt;"_s, u"<"_s)
            .replace(u"&gt;"_s, u">"_s)
            .replace(u"&quot;"_s, u"\""_s)
            .replace(u"&#39;"_s, u"'"_s)
            .replace(u"&amp;"_s, u"&"_s);
}
} // namespace

QList<SnippetDelegate::Run> SnippetDelegate::runs(const QString &snippet)
{
    QList<Run> list;
    qsizetype position = 0;
    while (position < snippet.size()) {
        const qsizetype open = snippet.indexOf(MarkOpen, position);
        if (open < 0) {
            list.append({decoded(snippet.mid(position)), false});
            break;
        }
        if (open > position)
            list.append({decoded(snippet.mid(position, open - position)), false});
        const qsizetype start = open + MarkOpen.size();
        qsizetype close = snippet.indexOf(MarkClose, start);
        if (close < 0)
            close = snippet.size();
        list.append({decoded(snippet.mid(start, close - start)), true});
        position = close + MarkClose.size();
    }
    list.removeIf([](const Run &run) { return run.text.isEmpty(); });
    return list;
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString snippet = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect area =
            style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 0, -2, 0);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->save();
    painter->setClipRect(area);
    int x = area.left();
    for (const Run &run : runs(snippet)) {
        const QFont &font = run.match ? bold : opt.font;
        const QFontMetrics metrics(font);
        const int width = metrics.horizontalAdvance(run.text);
        const QRect box(x, area.top(), width, area.height());
        if (run.match && !selected)
            painter->fillRect(box.adjusted(-1, 2, 1, -2), Colors::matchBackground(opt.palette));
        painter->setFont(font);
        painter->setPen(text);
        painter->drawText(box, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, run.text);
        x += width;
        if (x > area.right())
            break;
    }
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::min(size.width(), 480));
    return size;
}

} // namespace Newsdesk
