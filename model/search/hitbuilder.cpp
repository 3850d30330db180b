#include "hitbuilder.h"

#include "search/htmltext.h"
#include "search/snippet.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString SelectHitRows =
        u"SELECT id, title, channel_id, status, trashed_at IS NOT NULL, short_title, subtitle, "
        "summary, source, author, body FROM articles WHERE id IN (%1)"_s;
const QString SelectTags = u"SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                           "WHERE at.article_id = ? ORDER BY at.position"_s;

// BM25's term-frequency saturation and length normalisation, over the title. Every candidate
// holds every term, so BM25's inverse document frequency (which would cost a walk through
// every hit of each term) is left out.
constexpr double K1 = 1.2;
constexpr double B = 0.75;
// A match in the short title or subtitle counts half as much as one in the title.
constexpr double OtherTitleWeight = 0.5;
} // namespace

Result<QHash<qint64, HitBuilder::Row>> HitBuilder::load(const QList<qint64> &ids) const
{
    QHash<qint64, Row> rows;
    if (ids.isEmpty())
        return rows;
    QStringList marks;
    QVariantList values;
    for (qint64 id : ids) {
        marks.append(u"?"_s);
        values.append(id);
    }
    Result<QSqlQuery> query = m_database.run(SelectHitRows.arg(marks.join(u", "_s)), values);
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    while (q.next()) {
        Row row;
        row.hit.id = q.value(0).toLongLong();
        row.hit.title = q.value(1).toString();
        row.hit.channelId = q.value(2).toLongLong();
        row.hit.status =
                ArticleStatuses::fromKey(q.value(3).toString()).value_or(ArticleStatus::Draft);
        row.hit.trashed = q.value(4).toBool();
        row.shortTitle = q.value(5).toString();
        row.subtitle = q.value(6).toString();
        row.summary = q.value(7).toString();
        row.source = q.value(8).toString();
        row.author = q.value(9).toString();
        row.body = q.value(10).toString();
        rows.insert(row.hit.id, std::move(row));
    }
    if (q.lastError().isValid())
        return m_database.errorFor(q.lastError());
    return rows;
}

Result<QString> HitBuilder::snippetFor(const Row &row) const
{
    // The first text with a match, in reading order; the body is only converted from HTML
    // when neither title nor summary has one.
    auto quote = [&](const QString &text) -> std::optional<QString> {
        const QString flat = text.simplified();
        TermMatcher::Scan scan = m_matcher.scan(flat);
        if (scan.matches.isEmpty())
            return std::nullopt;
        return Snippet::around(flat, scan.matches);
    };
    for (const QString *text : {&row.hit.title, &row.summary}) {
        if (std::optional<QString> snippet = quote(*text))
            return *snippet;
    }
    const QString bodyText = HtmlText::toPlainText(row.body);
    if (std::optional<QString> snippet = quote(bodyText))
        return *snippet;
    Result<QSqlQuery> tags = m_database.run(SelectTags, {row.hit.id});
    if (!tags)
        return tags.error();
    QStringList tagNames;
    while (tags.value().next())
        tagNames.append(tags.value().value(0).toString());
    for (const QString &text :
         {row.shortTitle, row.subtitle, tagNames.join(u", "_s), row.source, row.author}) {
        if (std::optional<QString> snippet = quote(text))
            return *snippet;
    }
    return Snippet::beginning((row.summary.isEmpty() ? bodyText : row.summary).simplified());
}

QList<double> HitBuilder::titleRelevance(const QList<const Row *> &rows) const
{
    struct Counts
    {
        QList<double> frequency;
        qsizetype length = 0;
    };
    QList<Counts> counts;
    for (const Row *row : rows) {
        Counts c;
        c.frequency.fill(0.0, m_matcher.termCount());
        const TermMatcher::Scan title = m_matcher.scan(row->hit.title);
        for (const TermMatcher::Match &match : title.matches)
            c.frequency[match.term] += 1.0;
        const TermMatcher::Scan other =
                m_matcher.scan(QString(row->shortTitle % u'\n' % row->subtitle));
        for (const TermMatcher::Match &match : other.matches)
            c.frequency[match.term] += OtherTitleWeight;
        c.length = std::max<qsizetype>(1, title.tokenCount);
        counts.append(c);
    }
    double averageLength = 0;
    for (const Counts &c : counts)
        averageLength += double(c.length);
    averageLength = counts.isEmpty() ? 1.0 : averageLength / double(counts.size());

    QList<double> relevance;
    for (const Counts &c : counts) {
        const double norm = K1 * (1.0 - B + B * double(c.length) / averageLength);
        double sum = 0;
        for (double tf : c.frequency)
            sum += tf * (K1 + 1.0) / (tf + norm);
        relevance.append(sum / (1.0 + sum)); // in [0, 1)
    }
    return relevance;
}

Result<QList<SearchHit>> HitBuilder::build(const QList<qint64> &titleIds,
                                           const QList<qint64> &otherIds)
{
    Result<QHash<qint64, Row>> loaded = load(titleIds + otherIds);
    if (!loaded)
        return loaded.error();
    const QHash<qint64, Row> &rows = loaded.value();

    // Index rows of articles deleted meanwhile have no article row: skip them.
    QList<const Row *> titled;
    for (qint64 id : titleIds) {
        if (auto it = rows.constFind(id); it != rows.cend())
            titled.append(&it.value());
    }
    QList<const Row *> others;
    for (qint64 id : otherIds) {
        if (auto it = rows.constFind(id); it != rows.cend())
            others.append(&it.value());
    }

    QList<SearchHit> hits;
    const QList<double> relevance = titleRelevance(titled);
    for (qsizetype i = 0; i < titled.size(); ++i) {
        SearchHit hit = titled.at(i)->hit;
        hit.titleMatch = true;
        hit.score = 1.0 + relevance.at(i);
        hits.append(hit);
    }
    // Best title first; among equals the newer (titleIds are newest first).
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    for (qsizetype i = 0; i < others.size(); ++i) {
        SearchHit hit = others.at(i)->hit;
        hit.score = double(others.size() - i) / double(others.size() + 1); // in (0, 1)
        hits.append(hit);
    }
    for (SearchHit &hit : hits) {
        Result<QString> snippet = snippetFor(*rows.constFind(hit.id));
        if (!snippet)
            return snippet.error();
        hit.snippet = snippet.value();
    }
    return hits;
}

} // namespace Newsdesk
