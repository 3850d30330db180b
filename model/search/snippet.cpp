#include "snippet.h"

#include <QStringBuilder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString Ellipsis = u"…"_s;

bool isWordLetter(QChar c)
{
    // Latin words may not be cut in half; Han text can be cut anywhere.
    return c.isLetterOrNumber() && c.script() != QChar::Script_Han;
}

// Moves a cut off a surrogate pair and, when it falls inside a Latin word, to the word's edge
// (never past limit).
qsizetype startAt(QStringView text, qsizetype start, qsizetype limit)
{
    if (start > 0 && start < text.size() && text.at(start).isLowSurrogate())
        --start;
    qsizetype moved = start;
    while (moved > 0 && moved < limit && isWordLetter(text.at(moved - 1))
           && isWordLetter(text.at(moved)))
        ++moved;
    return moved < limit ? moved : start;
}

qsizetype endAt(QStringView text, qsizetype end, qsizetype limit)
{
    if (end > 0 && end < text.size() && text.at(end).isLowSurrogate())
        ++end;
    qsizetype moved = end;
    while (moved > limit && moved < text.size() && isWordLetter(text.at(moved - 1))
           && isWordLetter(text.at(moved)))
        --moved;
    return moved > limit ? moved : end;
}
} // namespace

QString Snippet::around(QStringView text, const QList<TermMatcher::Match> &matches)
{
    if (matches.isEmpty())
        return beginning(text);
    const TermMatcher::Match &first = matches.first();
    qsizetype start = 0;
    qsizetype end = text.size();
    if (text.size() > Length) {
        const qsizetype matchLength = first.end - first.begin;
        const qsizetype before = std::max<qsizetype>(0, (Length - matchLength) / 3);
        start = std::max<qsizetype>(0, first.begin - before);
        end = std::min(text.size(), start + std::max(Length, matchLength + before));
        if (end == text.size())
            start = std::max<qsizetype>(0, std::min(start, end - Length));
        start = startAt(text, start, first.begin);
        end = endAt(text, end, first.end);
        while (start < first.begin && text.at(start).isSpace())
            ++start;
        while (end > first.end && text.at(end - 1).isSpace())
            --end;
    }

    QString out;
    if (start > 0)
        out += Ellipsis;
    qsizetype at = start;
    for (const TermMatcher::Match &match : matches) {
        const qsizetype begin = std::max(match.begin, at);
        const qsizetype stop = std::min(match.end, end);
        if (begin >= stop)
            continue; // outside the window, or inside a match already marked
        out += text.sliced(at, begin - at).toString().toHtmlEscaped() % u"<mark>"_s
                % text.sliced(begin, stop - begin).toString().toHtmlEscaped() % u"</mark>"_s;
        at = stop;
    }
    out += text.sliced(at, end - at).toString().toHtmlEscaped();
    if (end < text.size())
        out += Ellipsis;
    return out;
}

QString Snippet::beginning(QStringView text)
{
    if (text.size() <= Length)
        return text.toString().toHtmlEscaped();
    qsizetype end = endAt(text, Length, Length / 2);
    while (end > Length / 2 && text.at(end - 1).isSpace())
        --end;
    return text.first(end).toString().toHtmlEscaped() + Ellipsis;
}

} // namespace Newsdesk
