#include "textdiff.h"

#include <QHash>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <map>
#include <vector>

namespace Newsdesk {

namespace {

using Kind = DiffSegment::Kind;

// Work limits. dtl's O(NP) time for two token sequences of lengths M and N that differ in D
// tokens is about (M + N) × D, at most about 2 × M × N. Remaining texts with M × N up to
// DirectLimit are compared token by token at once; larger ones line by line first (while the
// line counts' product stays within LineLimit), then each changed line, or block of changed
// lines, token by token when its M × N is within PairLimit and while the work done so far,
// counted as (M + N) × D, stays within WorkBudget. Each limit is some tens of milliseconds.
constexpr qint64 DirectLimit = 4'000'000;
constexpr qint64 PairLimit = 4'000'000;
constexpr qint64 WorkBudget = 20'000'000;
constexpr qint64 LineLimit = 16'000'000;

bool isCharacterToken(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == 0x85 || c == 0x2028
            || c == 0x2029;
}

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing;
}

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) && !isCharacterToken(c);
}

// Reads code points of a QStringView, surrogate pairs whole.
class CodePoints
{
public:
    explicit CodePoints(QStringView text) : m_text(text) { }

    qsizetype size() const { return m_text.size(); }
    // The code point at pos; *length is 2 for a surrogate pair, else 1.
    char32_t at(qsizetype pos, qsizetype *length) const
    {
        const QChar c = m_text.at(pos);
        if (c.isHighSurrogate() && pos + 1 < m_text.size() && m_text.at(pos + 1).isLowSurrogate()) {
            *length = 2;
            return QChar::surrogateToUcs4(c, m_text.at(pos + 1));
        }
        *length = 1;
        return c.unicode();
    }
    char32_t at(qsizetype pos) const
    {
        qsizetype length = 0;
        return pos < m_text.size() ? at(pos, &length) : 0;
    }

private:
    QStringView m_text;
};

// The end of the word starting at pos.
qsizetype wordEnd(const CodePoints &text, qsizetype pos)
{
    char32_t previous = 0;
    while (pos < text.size()) {
        qsizetype length = 0;
        const char32_t c = text.at(pos, &length);
        if (isWordCharacter(c) || (previous != 0 && isMark(c))) {
            previous = c;
            pos += length;
            continue;
        }
        const char32_t next = text.at(pos + length);
        const bool apostrophe = (c == u'\'' || c == 0x2019) && QChar::isLetter(previous)
                && QChar::isLetter(next) && isWordCharacter(next);
        const bool separator = (c == u'.' || c == u',') && QChar::isDigit(previous)
                && QChar::isDigit(next);
        if (!apostrophe && !separator)
            break;
        previous = c;
        pos += length;
    }
    return pos;
}

// Interned tokens: dtl compares ints, the texts are looked up once at the end.
class Tokens
{
public:
    std::vector<int> add(const QStringList &tokens)
    {
        std::vector<int> ids;
        ids.reserve(size_t(tokens.size()));
        for (const QString &token : tokens) {
            auto it = m_ids.constFind(token);
            if (it == m_ids.cend()) {
                it = m_ids.insert(token, int(m_texts.size()));
                m_texts.push_back(token);
            }
            ids.push_back(*it);
        }
        return ids;
    }
    const QString &text(int id) const { return m_texts[size_t(id)]; }
    QString text(const std::vector<int> &ids, size_t from, size_t to) const
    {
        QString joined;
        for (size_t i = from; i < to; ++i)
            joined += text(ids[i]);
        return joined;
    }

private:
    QHash<QString, int> m_ids;
    std::vector<QString> m_texts;
};

// Collects the edit script as alternating unchanged stretches and changes (removed text, then
// added text), folds short unchanged stretches into the changes around them, and gives the
// segments.
class Builder
{
public:
    void add(Kind kind, const QString &text)
    {
        if (text.isEmpty())
            return;
        const bool same = kind == Kind::Same;
        if (m_regions.empty() || m_regions.back().same != same)
            m_regions.push_back(Region {same, {}, {}});
        Region &region = m_regions.back();
        (kind == Kind::Added ? region.added : region.removed) += text;
    }

    QList<DiffSegment> finish()
    {
        std::vector<Region> folded;
        for (Region &region : m_regions) {
            folded.push_back(std::move(region));
            while (folded.size() >= 3 && canFold(folded)) {
                Region right = std::move(folded.back());
                folded.pop_back();
                const QString same = std::move(folded.back().removed);
                folded.pop_back();
                Region &left = folded.back();
                left.removed += same + right.removed;
                left.added += same + right.added;
            }
        }
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

private:
    struct Region
    {
        bool same = true;
        QString removed; // the text of an unchanged stretch, or what a change removes
        QString added;
        qsizetype changeLength() const { return std::max(removed.size(), added.size()); }
    };

    static bool canFold(const std::vector<Region> &regions)
    {
        const Region &right = regions[regions.size() - 1];
        const Region &same = regions[regions.size() - 2];
        const Region &left = regions[regions.size() - 3];
        if (right.same || !same.same || left.same)
            return false;
        const CodePoints text(same.removed);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (isLineBreak(text.at(i)))
                return false;
        }
        return same.removed.size() <= std::min(left.changeLength(), right.changeLength());
    }

    std::vector<Region> m_regions;
};

class Differ
{
public:
    Differ(const Tokens &tokens, Builder &out) : m_tokens(tokens), m_out(out) { }

    bool coarse() const { return m_coarse; }

    void diff(const std::vector<int> &a, const std::vector<int> &b)
    {
        if (qint64(a.size()) * qint64(b.size()) <= DirectLimit)
            diffTokens(a, b);
        else
            diffLines(a, b);
    }

private:
    // Returns the work done, (M + N) × D.
    qint64 diffTokens(const std::vector<int> &a, const std::vector<int> &b)
    {
        if (a.empty() || b.empty()) {
            wholesale(a, b);
            return qint64(a.size() + b.size());
        }
        dtl::Diff<int, std::vector<int>> script(a, b);
        script.compose();
        for (const auto &[id, info] : script.getSes().getSequence()) {
            switch (info.type) {
            case dtl::SES_COMMON:
                m_out.add(Kind::Same, m_tokens.text(id));
                break;
            case dtl::SES_DELETE:
                m_out.add(Kind::Removed, m_tokens.text(id));
                break;
            case dtl::SES_ADD:
                m_out.add(Kind::Added, m_tokens.text(id));
                break;
            }
        }
        return qint64(a.size() + b.size()) * (script.getEditDistance() + 1);
    }

    void wholesale(const std::vector<int> &a, const std::vector<int> &b)
    {
        m_out.add(Kind::Removed, m_tokens.text(a, 0, a.size()));
        m_out.add(Kind::Added, m_tokens.text(b, 0, b.size()));
    }

    // Lines of token ids, each with its line break.
    std::vector<std::vector<int>> lines(const std::vector<int> &ids) const
    {
        std::vector<std::vector<int>> result(1);
        for (int id : ids) {
            result.back().push_back(id);
            const QString &text = m_tokens.text(id);
            if (isLineBreak(text.front().unicode()))
                result.emplace_back();
        }
        if (result.back().empty())
            result.pop_back();
        return result;
    }

    void diffLines(const std::vector<int> &a, const std::vector<int> &b)
    {
        const std::vector<std::vector<int>> linesA = lines(a);
        const std::vector<std::vector<int>> linesB = lines(b);
        if (qint64(linesA.size()) * qint64(linesB.size()) > LineLimit) {
            m_coarse = true;
            wholesale(a, b);
            return;
        }
        // Lines interned by their token ids.
        std::map<std::vector<int>, int> lineIds;
        const auto ids = [&lineIds](const std::vector<std::vector<int>> &lines) {
            std::vector<int> result;
            for (const std::vector<int> &line : lines)
                result.push_back(lineIds.emplace(line, int(lineIds.size())).first->second);
            return result;
        };
        const std::vector<int> idsA = ids(linesA);
        const std::vector<int> idsB = ids(linesB);
        dtl::Diff<int, std::vector<int>> script(idsA, idsB);
        script.compose();
        std::vector<const std::vector<int> *> removed;
        std::vector<const std::vector<int> *> added;
        for (const auto &[id, info] : script.getSes().getSequence()) {
            Q_UNUSED(id)
            switch (info.type) {
            case dtl::SES_COMMON: {
                diffHunk(removed, added);
                const std::vector<int> &line = linesA[size_t(info.beforeIdx - 1)];
                m_out.add(Kind::Same, m_tokens.text(line, 0, line.size()));
                break;
            }
            case dtl::SES_DELETE:
                removed.push_back(&linesA[size_t(info.beforeIdx - 1)]);
                break;
            case dtl::SES_ADD:
                added.push_back(&linesB[size_t(info.afterIdx - 1)]);
                break;
            }
        }
        diffHunk(removed, added);
    }

    // Changed lines between unchanged ones: as many removed as added are compared pairwise
    // (an edit in each paragraph), otherwise as one block.
    void diffHunk(std::vector<const std::vector<int> *> &removed,
                  std::vector<const std::vector<int> *> &added)
    {
        if (removed.size() == added.size()) {
            for (size_t i = 0; i < removed.size(); ++i)
                diffPair(*removed[i], *added[i]);
        } else {
            const auto join = [](const std::vector<const std::vector<int> *> &lines) {
                std::vector<int> joined;
                for (const std::vector<int> *line : lines)
                    joined.insert(joined.end(), line->begin(), line->end());
                return joined;
            };
            diffPair(join(removed), join(added));
        }
        removed.clear();
        added.clear();
    }

    void diffPair(const std::vector<int> &a, const std::vector<int> &b)
    {
        if (qint64(a.size()) * qint64(b.size()) <= PairLimit && m_work < WorkBudget) {
            m_work += diffTokens(a, b);
        } else {
            m_coarse = true;
            wholesale(a, b);
        }
    }

    const Tokens &m_tokens;
    Builder &m_out;
    qint64 m_work = 0;
    bool m_coarse = false;
};

int countCharacters(const QList<DiffSegment> &segments, Kind kind)
{
    int count = 0;
    for (const DiffSegment &segment : segments) {
        if (segment.kind != kind)
            continue;
        for (QChar c : segment.text) {
            if (!c.isLowSurrogate() && !c.isSpace())
                ++count;
        }
    }
    return count;
}

QString joinedText(const QList<DiffSegment> &segments, Kind kind)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        if (segment.kind == Kind::Same || segment.kind == kind)
            text += segment.text;
    }
    return text;
}

} // namespace

QStringList TextDiff::tokenize(QStringView text)
{
    QStringList tokens;
    const CodePoints points(text);
    qsizetype pos = 0;
    while (pos < points.size()) {
        const qsizetype start = pos;
        qsizetype length = 0;
        const char32_t c = points.at(pos, &length);
        pos += length;
        if (isLineBreak(c)) {
            if (c == u'\r' && points.at(pos) == u'\n')
                ++pos;
            tokens.append(text.sliced(start, pos - start).toString());
            continue;
        }
        if (isWordCharacter(c)) {
            pos = wordEnd(points, start);
        } else if (QChar::isSpace(c)) {
            while (pos < points.size()) {
                const char32_t next = points.at(pos, &length);
                if (!QChar::isSpace(next) || isLineBreak(next))
                    break;
                pos += length;
            }
        }
        while (pos < points.size()) {
            const char32_t next = points.at(pos, &length);
            if (!isMark(next))
                break;
            pos += length;
        }
        tokens.append(text.sliced(start, pos - start).toString());
    }
    return tokens;
}

QList<DiffSegment> TextDiff::diff(const QString &before, const QString &after, bool *coarse)
{
    if (coarse)
        *coarse = false;
    Tokens tokens;
    const std::vector<int> a = tokens.add(tokenize(before));
    const std::vector<int> b = tokens.add(tokenize(after));
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    Builder out;
    out.add(Kind::Same, tokens.text(a, 0, prefix));
    Differ differ(tokens, out);
    differ.diff(std::vector<int>(a.begin() + qsizetype(prefix), a.end() - qsizetype(suffix)),
                std::vector<int>(b.begin() + qsizetype(prefix), b.end() - qsizetype(suffix)));
    out.add(Kind::Same, tokens.text(a, a.size() - suffix, a.size()));
    if (coarse)
        *coarse = differ.coarse();
    return out.finish();
}

QString TextDiff::beforeText(const QList<DiffSegment> &segments)
{
    return joinedText(segments, Kind::Removed);
}

QString TextDiff::afterText(const QList<DiffSegment> &segments)
{
    return joinedText(segments, Kind::Added);
}

int TextDiff::removedCharacters(const QList<DiffSegment> &segments)
{
    return countCharacters(segments, Kind::Removed);
}

int TextDiff::addedCharacters(const QList<DiffSegment> &segments)
{
    return countCharacters(segments, Kind::Added);
}

} // namespace Newsdesk
