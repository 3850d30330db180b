#include "hugoshortcode.h"

#include <QChar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

bool isSpace(char c)
{
    return QChar::isSpace(uchar(c));
}

QByteArray readToken(QByteArrayView text, qsizetype &pos, bool stopAtEquals)
{
    QByteArray token;
    const char quote = text.at(pos);
    if (quote == '"' || quote == '`') {
        for (++pos; pos < text.size() && text.at(pos) != quote; ++pos) {
            if (quote == '"' && text.at(pos) == '\\' && pos + 1 < text.size())
                ++pos;
            token += text.at(pos);
        }
        ++pos;
        return token;
    }
    while (pos < text.size() && !isSpace(text.at(pos)) && !(stopAtEquals && text.at(pos) == '='))
        token += text.at(pos++);
    return token;
}

void appendEscaped(QByteArray &out, QByteArrayView text)
{
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
}

bool isNumber(QByteArrayView text)
{
    return !text.isEmpty()
            && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

HugoShortcode HugoShortcode::parse(QByteArrayView inner)
{
    HugoShortcode shortcode;
    inner = inner.trimmed();
    if (inner.endsWith('/')) // self-closing: {{< name />}}
        inner = inner.chopped(1).trimmed();
    if (inner.startsWith('/')) {
        shortcode.m_closing = true;
        inner = inner.sliced(1).trimmed();
    }
    qsizetype pos = 0;
    while (pos < inner.size() && !isSpace(inner.at(pos)))
        ++pos;
    shortcode.m_name = QString::fromUtf8(inner.first(pos)).toLower();
    while (true) {
        while (pos < inner.size() && isSpace(inner.at(pos)))
            ++pos;
        if (pos >= inner.size())
            break;
        const QByteArray token = readToken(inner, pos, true);
        if (pos < inner.size() && inner.at(pos) == '=') {
            ++pos;
            const QByteArray value =
                    pos < inner.size() ? readToken(inner, pos, false) : QByteArray();
            shortcode.m_named.append({QString::fromUtf8(token).toLower(), value});
        } else {
            shortcode.m_positional.append(token);
        }
    }
    return shortcode;
}

QByteArray HugoShortcode::value(QStringView key) const
{
    for (const auto &[name, value] : m_named) {
        if (name == key)
            return value;
    }
    return {};
}

QByteArray HugoShortcode::figureHtml() const
{
    const QByteArray src = value(u"src");
    if (src.isEmpty())
        return {};
    const QByteArray caption = value(u"caption");
    const QByteArray title = value(u"title");
    const QByteArray credit = value(u"attr");
    QByteArray alt = value(u"alt");
    if (alt.isEmpty())
        alt = caption.isEmpty() ? title : caption;

    QByteArray html = "<figure><img src=\"";
    appendEscaped(html, src);
    html += "\" alt=\"";
    appendEscaped(html, alt);
    html += '"';
    for (const char *size : {"width", "height"}) {
        const QByteArray number = value(QString::fromLatin1(size));
        if (isNumber(number))
            html += ' ' + QByteArray(size) + "=\"" + number + '"';
    }
    html += '>';
    if (!caption.isEmpty() || !title.isEmpty() || !credit.isEmpty()) {
        html += "<figcaption>";
        appendEscaped(html, title);
        if (!title.isEmpty() && !caption.isEmpty())
            html += ' ';
        appendEscaped(html, caption);
        if (!credit.isEmpty()) {
            html += "<small class=\"credit\">";
            appendEscaped(html, credit);
            html += "</small>";
        }
        html += "</figcaption>";
    }
    html += "</figure>";
    return html;
}

} // namespace Newsdesk
