#include "documentwriter.h"

#include "document/documentformat.h"
#include "document/inlinewriter.h"
#include "html/sanitizer.h"

#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <vector>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

using namespace DocumentFormat;

bool isEmptyBlock(const QTextBlock &block)
{
    return block.length() <= 1;
}

bool isOrdered(const QTextList *list)
{
    return list->format().style() <= QTextListFormat::ListDecimal;
}

class Writer
{
public:
    QString out;

    void flow(QTextFrame::iterator it, const QTextFrame::iterator &end)
    {
        m_lists.push_back({});
        for (; it != end; ++it) {
            if (QTextFrame *frame = it.currentFrame()) {
                closeLists(0);
                writeFrame(frame);
                continue;
            }
            const QTextBlock block = it.currentBlock();
            if (QTextList *list = block.textList()) {
                listItem(block, list);
                continue;
            }
            if (block.blockFormat().boolProperty(ListContinuation) && !lists().empty()) {
                closeLists(std::max(1, block.blockFormat().indent()));
                writeBlock(block);
                continue;
            }
            if (isEmptyBlock(block) && blockKind(block) == BlockKind::Text)
                continue; // an empty line does not end a list
            closeLists(0);
            writeBlock(block);
        }
        closeLists(0);
        m_lists.pop_back();
    }

private:
    struct OpenList
    {
        QTextList *list;
        int indent;
    };
    std::vector<OpenList> &lists() { return m_lists.back(); }

    void closeLists(int indent)
    {
        while (!lists().empty() && lists().back().indent > indent) {
            out += isOrdered(lists().back().list) ? u"</li></ol>"_s : u"</li></ul>"_s;
            lists().pop_back();
        }
    }

    void listItem(const QTextBlock &block, QTextList *list)
    {
        const int indent = std::max(1, list->format().indent());
        closeLists(indent);
        if (!lists().empty() && lists().back().indent == indent) {
            if (lists().back().list == list) {
                out += u"</li>"_s;
            } else {
                closeLists(indent - 1);
            }
        }
        if (lists().empty() || lists().back().indent < indent) {
            if (isOrdered(list)) {
                out += u"<ol"_s;
                if (list->format().hasProperty(ListStart))
                    out += u" start=\""_s + QString::number(list->format().intProperty(ListStart))
                            + u'"';
                out += u'>';
            } else {
                out += u"<ul>"_s;
            }
            lists().push_back({list, indent});
        }
        out += u"<li>"_s;
        writeBlock(block);
    }

    void writeBlock(const QTextBlock &block)
    {
        switch (blockKind(block)) {
        case BlockKind::Rule:
            out += u"<hr>"_s;
            if (!isEmptyBlock(block))
                paragraph(block, u"p"_s);
            return;
        case BlockKind::PageBreak: {
            QString title = block.text();
            title.replace(QChar::LineSeparator, u' ');
            title = title.simplified();
            out += u"<hr class=\"page-break\""_s;
            if (!title.isEmpty())
                out += u" data-title=\""_s + title.toHtmlEscaped() + u'"';
            out += u'>';
            return;
        }
        default:
            break;
        }
        const int level = block.blockFormat().headingLevel();
        paragraph(block, level > 0 ? u"h"_s + QString::number(std::clamp(level, 2, 4)) : u"p"_s);
    }

    void paragraph(const QTextBlock &block, const QString &tag)
    {
        if (isEmptyBlock(block))
            return;
        out += u'<' + tag + u'>';
        {
            InlineWriter inlines(out);
            inlines.write(block);
        }
        out += u"</"_s + tag + u'>';
    }

    void writeFrame(QTextFrame *frame)
    {
        if (QTextTable *table = qobject_cast<QTextTable *>(frame)) {
            writeTable(table);
            return;
        }
        switch (frameKind(frame)) {
        case FrameKind::Blockquote:
            out += u"<blockquote>"_s;
            flow(frame->begin(), frame->end());
            out += u"</blockquote>"_s;
            return;
        case FrameKind::Figure:
            writeFigure(frame);
            return;
        case FrameKind::Plain:
            flow(frame->begin(), frame->end());
            return;
        }
    }

    void writeFigure(QTextFrame *frame)
    {
        QString images;
        QString caption;
        bool first = true;
        InlineWriter inlines(caption);
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (!block.isValid())
                continue;
            for (auto f = block.begin(); !f.atEnd(); ++f) {
                if (f.fragment().charFormat().isImageFormat()) {
                    for (int i = 0; i < f.fragment().length(); ++i)
                        images += InlineWriter::imageHtml(f.fragment().charFormat());
                }
            }
            QString text = block.text();
            text.remove(QChar::ObjectReplacementCharacter);
            if (text.trimmed().isEmpty())
                continue;
            if (!first)
                inlines.lineBreak();
            first = false;
            inlines.write(block, true);
        }
        inlines.closeAll();
        out += u"<figure>"_s + images;
        if (!caption.isEmpty())
            out += u"<figcaption>"_s + caption + u"</figcaption>"_s;
        out += u"</figure>"_s;
    }

    void writeTable(QTextTable *table)
    {
        const int headerRows = std::min(table->format().headerRowCount(), table->rows());
        out += u"<table>"_s;
        if (headerRows > 0) {
            out += u"<thead>"_s;
            rows(table, 0, headerRows);
            out += u"</thead>"_s;
        }
        if (headerRows < table->rows()) {
            out += u"<tbody>"_s;
            rows(table, headerRows, table->rows());
            out += u"</tbody>"_s;
        }
        out += u"</table>"_s;
    }

    void rows(QTextTable *table, int from, int to)
    {
        for (int r = from; r < to; ++r) {
            out += u"<tr>"_s;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue;
                const QTextCharFormat format = cell.format();
                if (format.boolProperty(CellAbsent)
                    && cell.firstCursorPosition().position()
                            == cell.lastCursorPosition().position())
                    continue;
                const QString tag = format.boolProperty(CellHeader) ? u"th"_s : u"td"_s;
                out += u'<' + tag;
                if (cell.columnSpan() > 1)
                    out += u" colspan=\""_s + QString::number(cell.columnSpan()) + u'"';
                if (cell.rowSpan() > 1)
                    out += u" rowspan=\""_s + QString::number(cell.rowSpan()) + u'"';
                out += u'>';
                flow(cell.begin(), cell.end());
                out += u"</"_s + tag + u'>';
            }
            out += u"</tr>"_s;
        }
    }

    std::vector<std::vector<OpenList>> m_lists;
};

} // namespace

QString DocumentWriter::serialize(const QTextDocument *document)
{
    Writer writer;
    QTextFrame *root = document->rootFrame();
    writer.flow(root->begin(), root->end());
    return writer.out;
}

QString DocumentWriter::toHtml(const QTextDocument *document)
{
    return Sanitizer::clean(serialize(document)).html;
}

} // namespace Newsdesk
