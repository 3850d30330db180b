#include "inlinewriter.h"

#include "document/documentformat.h"

#include <QFont>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextImageFormat>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

using namespace DocumentFormat;

// The order new elements open in when the characters do not record one.
const QStringList DefaultOrder = {u"credit"_s, u"a"_s, u"strong"_s, u"em"_s,
                                  u"u"_s,      u"s"_s, u"sub"_s,    u"sup"_s};

QString openTag(const InlineWriter::Tag &tag)
{
    if (tag.name == "credit"_L1)
        return u"<small class=\"credit\">"_s;
    if (tag.name == "a"_L1) {
        QString html = u"<a href=\""_s + tag.href.toHtmlEscaped() + u'"';
        if (!tag.title.isEmpty())
            html += u" title=\""_s + tag.title.toHtmlEscaped() + u'"';
        return html + u'>';
    }
    return u'<' + tag.name + u'>';
}

QString closeTag(const InlineWriter::Tag &tag)
{
    return tag.name == "credit"_L1 ? u"</small>"_s : u"</"_s + tag.name + u'>';
}

} // namespace

QList<InlineWriter::Tag> InlineWriter::tagsOf(const QTextCharFormat &format)
{
    QList<Tag> present;
    const auto add = [&](bool on, const QString &name) {
        if (on)
            present.append({name, {}, {}});
    };
    add(format.boolProperty(Credit), u"credit"_s);
    if (format.isAnchor() && !format.anchorHref().isEmpty())
        present.append({u"a"_s, format.anchorHref(), format.stringProperty(LinkTitle)});
    add(format.fontWeight() >= QFont::DemiBold, u"strong"_s);
    add(format.fontItalic(), u"em"_s);
    add(format.fontUnderline(), u"u"_s);
    add(format.fontStrikeOut(), u"s"_s);
    add(format.verticalAlignment() == QTextCharFormat::AlignSubScript, u"sub"_s);
    add(format.verticalAlignment() == QTextCharFormat::AlignSuperScript, u"sup"_s);

    QList<Tag> ordered;
    for (const QString &name : format.property(InlineOrder).toStringList()) {
        for (const Tag &tag : std::as_const(present)) {
            if (tag.name == name && !ordered.contains(tag))
                ordered.append(tag);
        }
    }
    for (const Tag &tag : std::as_const(present)) {
        if (!ordered.contains(tag))
            ordered.append(tag);
    }
    return ordered;
}

QString InlineWriter::imageHtml(const QTextCharFormat &format)
{
    const QTextImageFormat image = format.toImageFormat();
    QString html = u"<img src=\""_s + image.name().toHtmlEscaped() + u"\" alt=\""_s
            + image.stringProperty(ImageAlt).toHtmlEscaped() + u'"';
    if (const int width = image.intProperty(ImageWidth); width > 0)
        html += u" width=\""_s + QString::number(width) + u'"';
    if (const int height = image.intProperty(ImageHeight); height > 0)
        html += u" height=\""_s + QString::number(height) + u'"';
    return html + u'>';
}

void InlineWriter::open(const QList<Tag> &wanted)
{
    qsizetype common = 0;
    while (common < m_open.size() && common < wanted.size() && m_open[common] == wanted[common])
        ++common;
    while (m_open.size() > common)
        m_out += closeTag(m_open.takeLast());
    for (qsizetype i = common; i < wanted.size(); ++i) {
        m_out += openTag(wanted[i]);
        m_open.append(wanted[i]);
    }
}

void InlineWriter::closeAll()
{
    open({});
}

void InlineWriter::lineBreak()
{
    m_out += u"<br>"_s;
}

void InlineWriter::write(const QTextBlock &block, bool skipImages)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat()) {
            if (skipImages)
                continue;
            open(tagsOf(format));
            for (qsizetype i = 0; i < fragment.length(); ++i)
                m_out += imageHtml(format);
            continue;
        }
        const QString text = fragment.text();
        if (text.isEmpty())
            continue;
        open(tagsOf(format));
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool end = i == text.size();
            const QChar c = end ? QChar() : text.at(i);
            if (!end && c != QChar::LineSeparator && c != QChar::ObjectReplacementCharacter
                && c != QChar::ParagraphSeparator)
                continue;
            m_out += QStringView(text).mid(start, i - start).toString().toHtmlEscaped();
            if (!end && c != QChar::ObjectReplacementCharacter)
                m_out += u"<br>"_s;
            start = i + 1;
        }
    }
}

} // namespace Newsdesk
