#include "tsvectortext.h"

#include <QHash>
#include <QStringBuilder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr int MaxPosition = 16383;
constexpr int MaxPositionsPerWord = 256;
// PostgreSQL refuses words of 2 KiB and more; no segmented word is near that.
constexpr qsizetype MaxWordBytes = 2046;
// Positions left empty between the title and the body.
constexpr int ColumnGap = 8;

QString quotedWord(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'\'', u"''"_s);
    return u'\'' % escaped % u'\'';
}

struct Words
{
    QList<QString> order;
    QHash<QString, QList<std::pair<int, QChar>>> positions;

    // Adds the words of text from position first; returns the position after the last.
    int add(const QString &text, int first, QChar weight)
    {
        int position = first;
        for (const QStringView word : QStringView(text).split(u' ', Qt::SkipEmptyParts)) {
            const QString key = word.trimmed().toString();
            if (key.isEmpty() || key.toUtf8().size() > MaxWordBytes)
                continue;
            auto it = positions.find(key);
            if (it == positions.end()) {
                order.append(key);
                it = positions.insert(key, {});
            }
            if (it->size() < MaxPositionsPerWord)
                it->append({std::min(position, MaxPosition), weight});
            ++position;
        }
        return position;
    }
};
} // namespace

QString TsvectorText::document(const QString &segmentedTitle, const QString &segmentedBody)
{
    Words words;
    QString title = segmentedTitle;
    QString body = segmentedBody;
    title.replace(u'\n', u' ');
    body.replace(u'\n', u' ');
    const int next = words.add(title, 1, u'A');
    words.add(body, next + ColumnGap, u'D');
    QStringList parts;
    parts.reserve(words.order.size());
    for (const QString &word : std::as_const(words.order)) {
        QStringList places;
        for (const auto &[position, weight] : words.positions.value(word))
            places.append(QString::number(position) + (weight == u'D' ? QString() : QString(weight)));
        parts.append(quotedWord(word) % u':' % places.join(u','));
    }
    return parts.join(u' ');
}

QString TsvectorText::query(const SearchQuery &query, bool titleOnly)
{
    QStringList terms;
    for (const SearchQuery::Term &term : query.terms()) {
        QStringList words;
        for (qsizetype i = 0; i < term.tokens.size(); ++i) {
            const bool prefix = term.prefix && i == term.tokens.size() - 1;
            QString label;
            if (prefix || titleOnly)
                label = QString(u':') % (prefix ? u"*"_s : QString()) % (titleOnly ? u"A"_s : QString());
            words.append(quotedWord(term.tokens.at(i)) % label);
        }
        terms.append(words.size() == 1 ? words.first() : u'(' % words.join(u" <-> "_s) % u')');
    }
    return terms.join(u" & "_s);
}

} // namespace Newsdesk
