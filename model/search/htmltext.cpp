#include "htmltext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// Elements that format text inside a word and so must not split it.
bool isInline(QStringView name)
{
    static const QStringList names {u"a"_s,   u"abbr"_s, u"b"_s, u"code"_s, u"em"_s,
                                    u"i"_s,   u"mark"_s, u"s"_s, u"span"_s, u"strong"_s,
                                    u"sub"_s, u"sup"_s,  u"u"_s, u"del"_s,  u"ins"_s};
    return names.contains(name);
}

// The named references a body may contain; anything else is left as written.
char32_t namedReference(QStringView name)
{
    static const QHash<QString, char32_t> names {
            {u"amp"_s, u'&'},     {u"lt"_s, u'<'},       {u"gt"_s, u'>'},
            {u"quot"_s, u'"'},    {u"apos"_s, u'\''},    {u"nbsp"_s, 0xA0},
            {u"ensp"_s, 0x2002},  {u"emsp"_s, 0x2003},   {u"thinsp"_s, 0x2009},
            {u"shy"_s, 0xAD},     {u"hellip"_s, 0x2026}, {u"mdash"_s, 0x2014},
            {u"ndash"_s, 0x2013}, {u"lsquo"_s, 0x2018},  {u"rsquo"_s, 0x2019},
            {u"ldquo"_s, 0x201C}, {u"rdquo"_s, 0x201D},  {u"laquo"_s, 0xAB},
            {u"raquo"_s, 0xBB},   {u"middot"_s, 0xB7},   {u"bull"_s, 0x2022},
            {u"copy"_s, 0xA9},    {u"reg"_s, 0xAE},      {u"trade"_s, 0x2122},
            {u"times"_s, 0xD7},   {u"divide"_s, 0xF7},   {u"deg"_s, 0xB0},
            {u"plusmn"_s, 0xB1},  {u"yen"_s, 0xA5},      {u"euro"_s, 0x20AC},
            {u"pound"_s, 0xA3},   {u"cent"_s, 0xA2},     {u"sect"_s, 0xA7},
            {u"para"_s, 0xB6},    {u"permil"_s, 0x2030}, {u"prime"_s, 0x2032},
    };
    return names.value(name.toString(), 0);
}

// Decodes the character reference at html[at] ('&'); returns its length, or 0 when it is not
// one (then the '&' is text).
qsizetype decodeReference(QStringView html, qsizetype at, QString &out)
{
    const qsizetype semicolon = html.indexOf(u';', at + 1);
    if (semicolon < 0 || semicolon - at > 32)
        return 0;
    const QStringView name = html.sliced(at + 1, semicolon - at - 1);
    char32_t c = 0;
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint value = name.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || value == 0 || value > 0x10FFFF || QChar::isSurrogate(value))
            return 0;
        c = value;
    } else {
        c = namedReference(name);
    }
    if (c == 0)
        return 0;
    out.append(QString::fromUcs4(&c, 1));
    return semicolon - at + 1;
}

// The end of the tag that starts at html[at] ('<'), one past its '>'; quoted attribute values
// may contain '>'. Returns -1 when the tag is not closed.
qsizetype tagEnd(QStringView html, qsizetype at)
{
    QChar quote;
    for (qsizetype i = at + 1; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    return -1;
}

QStringView tagName(QStringView tag)
{
    qsizetype begin = 1;
    if (begin < tag.size() && tag.at(begin) == u'/')
        ++begin;
    qsizetype end = begin;
    while (end < tag.size() && (tag.at(end).isLetterOrNumber()))
        ++end;
    return tag.sliced(begin, end - begin);
}
} // namespace

QString HtmlText::toPlainText(QStringView html)
{
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == u'&') {
            const qsizetype length = decodeReference(html, i, out);
            if (length > 0) {
                i += length;
                continue;
            }
        } else if (c == u'<') {
            if (html.sliced(i).startsWith(u"<!--")) {
                const qsizetype close = html.indexOf(u"-->", i + 4);
                i = close < 0 ? html.size() : close + 3;
                out.append(u' ');
                continue;
            }
            const qsizetype end = tagEnd(html, i);
            if (end > 0) {
                const QString name = tagName(html.sliced(i, end - i)).toString().toLower();
                const bool closing = html.at(i + 1) == u'/';
                if (!closing && (name == u"script"_s || name == u"style"_s)) {
                    const qsizetype close =
                            html.indexOf(QString(u"</"_s + name), end, Qt::CaseInsensitive);
                    const qsizetype after = close < 0 ? -1 : tagEnd(html, close);
                    i = after < 0 ? html.size() : after;
                } else {
                    i = end;
                }
                if (!isInline(name))
                    out.append(u' ');
                continue;
            }
        }
        out.append(c);
        ++i;
    }
    return out;
}

} // namespace Newsdesk
