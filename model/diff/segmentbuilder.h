#pragma once

#include "diff/textdiff.h"

#include <vector>

namespace Newsdesk {

// Turns an edit script, added to token by token, into readable segments. It keeps alternating
// unchanged stretches and changes (what a change removes, then what it adds, so removals and
// additions never interleave), folds an unchanged stretch into the changes on both sides of it
// when it is no longer than either of them and holds no line break (as diff-match-patch's
// semantic clean-up does), and gives segments of which none is empty and no two neighbours are
// of one kind.
class SegmentBuilder final
{
public:
    void add(DiffSegment::Kind kind, const QString &text);
    QList<DiffSegment> finish();

private:
    struct Region
    {
        bool same = true;
        QString removed; // the text of an unchanged stretch, or what a change removes
        QString added;
        qsizetype changeLength() const { return std::max(removed.size(), added.size()); }
    };

    static bool canFoldLastThree(const std::vector<Region> &regions);

    std::vector<Region> m_regions;
};

} // namespace Newsdesk
