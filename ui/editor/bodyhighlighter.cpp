#include "bodyhighlighter.h"

#include "common/colors.h"
#include "document/documentformat.h"

#include <QEvent>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextEdit>

namespace Newsdesk {

BodyHighlighter::BodyHighlighter(QTextEdit *edit)
    : QSyntaxHighlighter(edit->document())
    , m_edit(edit)
{
    readPalette();
    edit->installEventFilter(this);
}

void BodyHighlighter::readPalette()
{
    m_link = Colors::link(m_edit->palette());
    m_muted = Colors::mutedText(m_edit->palette());
}

bool BodyHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::PaletteChange) {
        const QColor link = m_link;
        const QColor muted = m_muted;
        readPalette();
        if (link != m_link || muted != m_muted) {
            // Recolouring is no edit: the document's contentsChanged() would tell the editor
            // the article changed (autosave, "modified").
            const QSignalBlocker quiet(document());
            rehighlight();
        }
    }
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void BodyHighlighter::highlightBlock(const QString &text)
{
    using DocumentFormat::BlockKind;
    const QTextBlock block = currentBlock();
    const BlockKind kind = DocumentFormat::blockKind(block);
    if (kind == BlockKind::Caption || kind == BlockKind::PageBreak)
        setFormat(0, int(text.size()), m_muted);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.isValid() && fragment.charFormat().isAnchor())
            setFormat(fragment.position() - block.position(), fragment.length(), m_link);
    }
}

} // namespace Newsdesk
