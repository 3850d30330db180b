#include "manualbrowser.h"

#include <QImage>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Newsdesk {

ManualBrowser::ManualBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"manual.browser"_s);
    setOpenExternalLinks(true); // http(s) in the desktop's browser; chapters here
    setAccessibleName(tr("Manual page"));
    document()->setDocumentMargin(16);
}

QString ManualBrowser::anchorOf(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            anchor += c;
        else if (c.isSpace())
            anchor += u'-';
    }
    return anchor;
}

bool ManualBrowser::scrollToHeading(const QString &fragment)
{
    const QString wanted = QUrl::fromPercentEncoding(fragment.toUtf8()).toLower();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && anchorOf(block.text()) == wanted) {
            QTextCursor cursor(block);
            setTextCursor(cursor);
            // The heading at the top of the view, not merely somewhere in it.
            verticalScrollBar()->setValue(verticalScrollBar()->maximum());
            ensureCursorVisible();
            return true;
        }
    }
    return false;
}

void ManualBrowser::doSetSource(const QUrl &name, QTextDocument::ResourceType type)
{
    if (name.path().endsWith(u".md"_s))
        type = QTextDocument::MarkdownResource;
    m_loadedForWidth = imageWidth();
    QTextBrowser::doSetSource(name, type); // also keeps the history for Back and Forward
    spaceHeadings();
    if (name.hasFragment())
        scrollToHeading(name.fragment());
}

void ManualBrowser::spaceHeadings()
{
    // Qt lays Markdown headings out tight against what comes before; a section's heading
    // needs air above it to read as the start of something.
    QTextCursor cursor(document());
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 2)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setTopMargin(level == 2 ? 18 : 12);
        format.setBottomMargin(6);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
}

int ManualBrowser::imageWidth() const
{
    // Room for the vertical scroll bar too: it appears only once the page is laid out.
    const int scrollBar = verticalScrollBar()->isVisible()
            ? 0
            : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int margins = 2 * int(document()->documentMargin()) + 8 + scrollBar;
    return std::max(200, viewport()->width() - margins);
}

QString ManualBrowser::joinChineseLines(const QString &markdown)
{
    // A line break inside a paragraph is a space in Markdown; between two Chinese characters
    // it is a stray gap ("稿件 导出"), so the lines are joined there. A heading ends its line.
    static const QRegularExpression chinese(
            u"[\\p{Han}\\x{3000}-\\x{303f}\\x{ff00}-\\x{ffef}“”‘’]"_s);
    const auto isChinese = [](QChar c) { return chinese.match(QString(c)).hasMatch(); };
    const QStringList lines = markdown.split(u'\n');
    QString text;
    text.reserve(markdown.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        text += line;
        if (i + 1 == lines.size())
            break;
        const QString &next = lines.at(i + 1);
        const bool join = !line.isEmpty() && !next.isEmpty() && !line.startsWith(u'#')
                && isChinese(line.back()) && isChinese(next.front());
        if (!join)
            text += u'\n';
    }
    return text;
}

QVariant ManualBrowser::loadResource(int type, const QUrl &name)
{
    const QVariant resource = QTextBrowser::loadResource(type, name);
    if (type == QTextDocument::MarkdownResource && resource.typeId() == QMetaType::QByteArray)
        return joinChineseLines(QString::fromUtf8(resource.toByteArray()));
    if (type != QTextDocument::ImageResource || resource.isNull())
        return resource;
    QImage image;
    if (resource.canConvert<QImage>() && resource.typeId() == QMetaType::QImage)
        image = resource.value<QImage>();
    else
        image.loadFromData(resource.toByteArray());
    if (image.isNull())
        return resource;
    // Shown at its own size when it fits, else as wide as the view (sharp on high-DPI screens).
    const qreal ratio = devicePixelRatioF();
    const int shown = std::min(int(image.width()), imageWidth());
    if (image.width() > shown * ratio)
        image = image.scaledToWidth(int(shown * ratio), Qt::SmoothTransformation);
    image.setDevicePixelRatio(qreal(image.width()) / shown);
    return image;
}

void ManualBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    // Screenshots fitted to the old width: load the page again for the new one (resizing
    // stops first: a timer, not every pixel).
    if (source().isEmpty() || std::abs(imageWidth() - m_loadedForWidth) < 40)
        return;
    QTimer::singleShot(150, this, [this] {
        if (std::abs(imageWidth() - m_loadedForWidth) < 40)
            return;
        const int position = verticalScrollBar()->value();
        document()->clear(); // drops the fitted images it keeps
        reload();
        verticalScrollBar()->setValue(position);
    });
}

} // namespace Newsdesk
