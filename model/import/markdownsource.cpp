#include "markdownsource.h"

#include <QChar>

#include <algorithm>

namespace Newsdesk {

namespace {

// Whether a tag's inside starts with name ("/highlight", "endraw"), after spaces and Liquid's
// dash, as a whole word. Looks at no more than that, however long the inside.
bool namesTag(QByteArrayView inner, QByteArrayView name)
{
    qsizetype pos = 0;
    while (pos < inner.size() && (MarkdownSource::isBlank(inner.at(pos)) || inner.at(pos) == '-'))
        ++pos;
    if (inner.size() - pos < name.size() || inner.sliced(pos, name.size()) != name)
        return false;
    pos += name.size();
    return pos == inner.size() || QChar::isSpace(uchar(inner.at(pos))) || inner.at(pos) == '-';
}

} // namespace

MarkdownSource::Line MarkdownSource::lineAt(qsizetype pos) const
{
    Line line;
    const qsizetype newline = m_in.indexOf('\n', pos);
    line.end = newline < 0 ? m_in.size() : newline + 1;
    qsizetype i = pos;
    for (; i < line.end && isBlank(m_in.at(i)); ++i)
        line.indent = m_in.at(i) == '\t' ? (line.indent / 4 + 1) * 4 : line.indent + 1;
    while (i < line.end && (m_in.at(i) == '>' || isBlank(m_in.at(i))))
        ++i;
    line.text = m_in.sliced(i, line.end - i).trimmed();
    line.blank = line.text.isEmpty();
    return line;
}

qsizetype MarkdownSource::paragraphEnd(qsizetype from)
{
    Search &search = m_paragraphEnd;
    if (search.from < 0 || from < search.from || search.found < from) {
        search.from = from;
        search.found = m_in.size();
        for (qsizetype nl = m_in.indexOf('\n', from); nl >= 0; nl = m_in.indexOf('\n', nl + 1)) {
            if (lineAt(nl + 1).blank) {
                search.found = nl;
                break;
            }
        }
    }
    return search.found;
}

qsizetype MarkdownSource::findInParagraph(QByteArrayView needle, qsizetype from)
{
    auto it = std::find_if(m_searches.begin(), m_searches.end(),
                           [needle](const auto &entry) { return entry.first == needle; });
    if (it == m_searches.end())
        it = m_searches.insert(m_searches.end(), {needle, Search()});
    Search &search = it->second;
    if (search.from < 0 || from < search.from || (search.found >= 0 && search.found < from)) {
        search.from = from;
        search.found = m_in.indexOf(needle, from);
    }
    const qsizetype at = search.found;
    return at >= 0 && at < paragraphEnd(from) && at - from < MaxTagLength ? at : -1;
}

std::pair<qsizetype, qsizetype> MarkdownSource::findTag(bool liquid, QByteArrayView name,
                                                        qsizetype from) const
{
    const QByteArrayView open = liquid ? "{%" : "{{";
    // The first end of each kind at or after a start is also the first after any later start
    // before it: remembered, so that many starts cost one scan.
    qsizetype ends[2] = {-1, -1};
    for (qsizetype at = m_in.indexOf(open, from); at >= 0; at = m_in.indexOf(open, at + 1)) {
        const char kind = liquid ? '%' : (at + 2 < m_in.size() ? m_in.at(at + 2) : 0);
        if (kind != '<' && kind != '%')
            continue;
        const QByteArrayView close =
                liquid ? QByteArrayView("%}") : QByteArrayView(kind == '<' ? ">}}" : "%}}");
        const qsizetype innerStart = at + (liquid ? 2 : 3);
        qsizetype &end = ends[kind == '<' ? 0 : 1];
        if (end >= 0 && end < innerStart)
            end = -1;
        if (end == -1)
            end = m_in.indexOf(close, innerStart);
        if (end < 0)
            end = m_in.size(); // none: no tag of this kind closes from here on
        if (end == m_in.size())
            continue;
        if (namesTag(m_in.sliced(innerStart, end - innerStart), name))
            return {at, end + close.size()};
    }
    return {-1, -1};
}

qsizetype MarkdownSource::firstRun(QByteArrayView text, char c)
{
    qsizetype n = 0;
    while (n < text.size() && text.at(n) == c)
        ++n;
    return n;
}

bool MarkdownSource::isListItem(QByteArrayView text)
{
    if (text.size() >= 2 && (text[0] == '-' || text[0] == '*' || text[0] == '+'))
        return isBlank(text[1]);
    qsizetype digits = 0;
    while (digits < text.size() && digits < 9 && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    return digits > 0 && digits + 1 < text.size() && (text[digits] == '.' || text[digits] == ')')
            && isBlank(text[digits + 1]);
}

} // namespace Newsdesk
