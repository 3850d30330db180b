#pragma once

#include <QColor>
#include <QSyntaxHighlighter>

class QTextEdit;

namespace Newsdesk {

// Colours the article body as the text field's palette says, without storing a colour in the
// document (so nothing of it reaches the HTML, the undo history or the modified flag): links in
// the palette's link colour, captions and page-break titles as secondary text. Follows the
// palette when it changes (a dark theme switched on while Newsdesk runs).
class BodyHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit BodyHighlighter(QTextEdit *edit);

    QColor linkColor() const { return m_link; }
    QColor mutedColor() const { return m_muted; }

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readPalette();

    QTextEdit *m_edit;
    QColor m_link;
    QColor m_muted;
};

} // namespace Newsdesk
