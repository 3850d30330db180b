#pragma once

#include <QList>
#include <QString>

class QTextBlock;
class QTextCharFormat;

namespace Newsdesk {

// Writes the text of blocks with its inline elements (strong, em, u, s, sub, sup, a, the
// credit, br, images), keeping the elements open across fragments as long as they apply and
// opening new ones in the order the characters' InlineOrder property recorded.
class InlineWriter final
{
public:
    explicit InlineWriter(QString &out)
        : m_out(out)
    {
    }
    ~InlineWriter() { closeAll(); }

    // skipImages: figure captions, whose image is written by the figure.
    void write(const QTextBlock &block, bool skipImages = false);
    void lineBreak();
    void closeAll();

    struct Tag
    {
        QString name; // strong, em, u, s, sub, sup, a, credit
        QString href;
        QString title;
        bool operator==(const Tag &) const = default;
    };
    static QList<Tag> tagsOf(const QTextCharFormat &format);
    static QString imageHtml(const QTextCharFormat &format);

private:
    void open(const QList<Tag> &wanted);

    QString &m_out;
    QList<Tag> m_open;
};

} // namespace Newsdesk
