#pragma once

#include <QByteArrayView>
#include <QList>

#include <utility>

namespace Newsdesk {

// The Markdown that ShortcodeExpander rewrites, with the questions it asks about it: where a
// line starts and what it holds, where a paragraph ends, where a tag closes. Searches remember
// their last answer, so that asking again further on does not scan the same text again and the
// whole rewrite stays linear in the input, whatever it holds.
class MarkdownSource final
{
public:
    // Tags and code spans are short: a longer search is not one, and would make hostile input
    // slow.
    static constexpr qsizetype MaxTagLength = 16 * 1024;

    struct Line
    {
        qsizetype end = 0; // after the line break
        int indent = 0; // columns, a tab reaching the next multiple of 4
        QByteArrayView text; // without indentation and blockquote markers, trimmed
        bool blank = true;
    };

    explicit MarkdownSource(QByteArrayView text)
        : m_in(text)
    {
    }

    Line lineAt(qsizetype pos) const;
    // Where the paragraph holding from ends: its last line break before a blank line, or the
    // end of the input.
    qsizetype paragraphEnd(qsizetype from);
    // Where needle starts at or after from in the same paragraph, and near enough to end a tag;
    // -1 when it does not.
    qsizetype findInParagraph(QByteArrayView needle, qsizetype from);
    // The next tag {{< name >}} / {{% name %}} (name "/highlight") or {% name %} (name "endraw")
    // at or after from, as its start and end; {-1, -1} when there is none.
    std::pair<qsizetype, qsizetype> findTag(bool liquid, QByteArrayView name, qsizetype from) const;

    static bool isBlank(char c) { return c == ' ' || c == '\t'; }
    static qsizetype firstRun(QByteArrayView text, char c); // how many c text starts with
    static bool isListItem(QByteArrayView text); // "- x", "* x", "+ x", "1. x", "1) x"

private:
    // A search's last answer: the first match at or after from (-1: none to the end).
    struct Search
    {
        qsizetype from = -1;
        qsizetype found = -1;
    };

    QByteArrayView m_in;
    QList<std::pair<QByteArrayView, Search>> m_searches;
    Search m_paragraphEnd;
};

} // namespace Newsdesk
