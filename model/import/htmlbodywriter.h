#pragma once

#include "htmldocument.h"

#include <QSet>
#include <QString>

namespace Newsdesk {

// Writes the article body of a portal or article page as (unsanitized) HTML: the content
// element's subtree without its chrome (HtmlChrome), without a heading that repeats the title,
// without a caption repeated as the paragraph after it (the reference page shows the photo's
// caption, then the same words again as its description), and without the credit lines at its
// end: "(责任编辑:北风)" becomes chiefEditor and a closing "编辑:北风" paragraph editor.
// A layout table holding the whole body in one cell is unwrapped. Elements are written with
// their attributes (alignment included: the sanitizer reads a centred paragraph after a bare
// image as its caption) and all text is escaped; the Sanitizer cleans the result.
class HtmlBodyWriter final
{
public:
    struct Body
    {
        QString html;
        QString editor;
        QString chiefEditor;
        int textLength = 0; // characters of text written
        int images = 0;
    };

    static Body write(const HtmlDocument::Node *content, const QString &title);

private:
    using Node = HtmlDocument::Node;

    explicit HtmlBodyWriter(const Node *content)
        : m_content(content)
    {
    }
    void findUnits();
    void dropTitleHeading(const QString &title);
    void dropCaptionRepeats();
    void dropPrevNext(); // "上一篇:…" lines a template put inside the content
    void takeCredits();
    void findLayoutTables();
    void serialize();
    void writeText(const QString &text);

    struct Unit
    {
        const Node *node = nullptr;
        QString text;
        bool image = false; // holds an image and no text
        QStringList imageTexts; // the images' alt and title
    };

    const Node *m_content = nullptr;
    QList<Unit> m_units; // innermost blocks and loose images, in document order
    QSet<const Node *> m_skipped;
    QSet<const Node *> m_unwrapped; // tags not written, their children are
    Body m_body;
};

} // namespace Newsdesk
