#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Newsdesk {

// One run of a diff: text both versions share, or text only the earlier (Removed) or the later
// (Added) version holds.
struct DiffSegment
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;

    bool operator==(const DiffSegment &other) const = default;
};

// A word-level diff of two texts that reads naturally in Chinese: Han characters (and kana and
// hangul) are compared one by one, other scripts word by word. The edit script comes from dtl
// (Debian's libdtl-dev, the Wu–Manber–Myers O(NP) algorithm) over interned tokens, then is tidied
// for reading:
// - between two unchanged stretches there is at most one Removed followed by one Added segment
//   ("今天北京下雨" → "今天上海下雨" gives 今天, -北京, +上海, 下雨), never interleaved fragments;
// - a short unchanged stretch between two changes that are both at least as long is folded into
//   them ("the quick brown fox" → "a slow red fox" gives -"the quick brown" +"a slow red" " fox"),
//   so a rewritten sentence does not show as confetti of shared 的 and commas; an unchanged line
//   break is never folded;
// - adjacent segments of one kind are merged; no segment is empty.
//
// Cost: common leading and trailing tokens are stripped first. When what remains is small the
// tokens are compared directly; otherwise lines are compared first and only changed lines are
// compared token by token, pairwise, within a fixed work budget: a fully rewritten 200 KB body
// takes milliseconds, and what the budget does not cover shows as whole removed and added lines
// ("coarse").
class TextDiff final
{
public:
    // The tokens compared, concatenating back to the text: see TextTokenizer.
    static QStringList tokenize(QStringView text);

    // The diff from before to after. *coarse (when given) is set when part of the texts was too
    // costly to compare by words and shows as whole lines.
    static QList<DiffSegment> diff(const QString &before, const QString &after,
                                   bool *coarse = nullptr);

    // The before (Same + Removed) or after (Same + Added) text of a diff.
    static QString beforeText(const QList<DiffSegment> &segments);
    static QString afterText(const QList<DiffSegment> &segments);
    // Characters removed and added, not counting whitespace.
    static int removedCharacters(const QList<DiffSegment> &segments);
    static int addedCharacters(const QList<DiffSegment> &segments);
};

} // namespace Newsdesk
