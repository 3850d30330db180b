#include "segmentbuilder.h"

#include "diff/texttokenizer.h"

#include <algorithm>

namespace Newsdesk {

using Kind = DiffSegment::Kind;

void SegmentBuilder::add(Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    const bool same = kind == Kind::Same;
    if (m_regions.empty() || m_regions.back().same != same)
        m_regions.push_back(Region {same, {}, {}});
    Region &region = m_regions.back();
    (kind == Kind::Added ? region.added : region.removed) += text;
}

QList<DiffSegment> SegmentBuilder::finish()
{
    // One pass with a stack: a fold makes the change on the left longer, which may let the
    // unchanged stretch before it fold too.
    std::vector<Region> folded;
    for (Region &region : m_regions) {
        folded.push_back(std::move(region));
        while (folded.size() >= 3 && canFoldLastThree(folded)) {
            Region right = std::move(folded.back());
            folded.pop_back();
            const QString same = std::move(folded.back().removed);
            folded.pop_back();
            Region &left = folded.back();
            left.removed += same + right.removed;
            left.added += same + right.added;
        }
    }
    m_regions.clear();
    QList<DiffSegment> segments;
    for (const Region &region : folded) {
        if (region.same) {
            segments.append({Kind::Same, region.removed});
            continue;
        }
        if (!region.removed.isEmpty())
            segments.append({Kind::Removed, region.removed});
        if (!region.added.isEmpty())
            segments.append({Kind::Added, region.added});
    }
    return segments;
}

bool SegmentBuilder::canFoldLastThree(const std::vector<Region> &regions)
{
    const Region &right = regions[regions.size() - 1];
    const Region &same = regions[regions.size() - 2];
    const Region &left = regions[regions.size() - 3];
    if (right.same || !same.same || left.same || TextTokenizer::containsLineBreak(same.removed))
        return false;
    return same.removed.size() <= std::min(left.changeLength(), right.changeLength());
}

} // namespace Newsdesk
