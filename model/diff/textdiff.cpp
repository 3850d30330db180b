#include "textdiff.h"

#include "diff/segmentbuilder.h"
#include "diff/texttokenizer.h"

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
// dtl itself has no time limit: its onHuge() / enableHuge() only bounds the memory of the edit
// path (it computes the script in slices), and onOnlyEditDistance() costs the same time.
constexpr qint64 DirectLimit = 4'000'000;
constexpr qint64 PairLimit = 4'000'000;
constexpr qint64 WorkBudget = 20'000'000;
constexpr qint64 LineLimit = 16'000'000;

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

class Differ
{
public:
    Differ(const Tokens &tokens, SegmentBuilder &out)
        : m_tokens(tokens)
        , m_out(out)
    {
    }

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
            if (TextTokenizer::isLineBreak(text.front().unicode()))
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
    SegmentBuilder &m_out;
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
    return TextTokenizer::tokenize(text);
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

    SegmentBuilder out;
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
