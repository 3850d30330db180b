#include "tsvectortext.h"

#include "search/textsegmenter.h"

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

// A token that is one Han character (TextSegmenter makes each its own token).
bool isHanToken(QStringView token)
{
    const QList<uint> points = token.toUcs4();
    return points.size() == 1 && TextSegmenter::isHan(char32_t(points.first()));
}

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
    QHash<QString, QList<int>> positions;

    void place(const QString &key, int position)
    {
        auto it = positions.find(key);
        if (it == positions.end()) {
            order.append(key);
            it = positions.insert(key, {});
        }
        if (it->size() < MaxPositionsPerWord)
            it->append(std::min(position, MaxPosition));
    }

    // Adds the words of text from position first, and each pair of adjacent Han characters as
    // one more word at the first one's position; returns the position after the last.
    int add(const QString &text, int first)
    {
        int position = first;
        QString previous;
        for (const QStringView word : QStringView(text).split(u' ', Qt::SkipEmptyParts)) {
            const QString key = word.trimmed().toString();
            if (key.isEmpty() || key.toUtf8().size() > MaxWordBytes)
                continue;
            place(key, position);
            if (!previous.isEmpty() && isHanToken(previous) && isHanToken(key))
                place(previous + key, position - 1);
            previous = key;
            ++position;
        }
        return position;
    }
};
} // namespace

QString TsvectorText::literal(const QStringList &texts)
{
    Words words;
    int next = 1;
    for (QString text : texts) {
        text.replace(u'\n', u' ');
        next = words.add(text, next) + ColumnGap;
    }
    QStringList parts;
    parts.reserve(words.order.size());
    for (const QString &word : std::as_const(words.order)) {
        QStringList places;
        for (const int position : words.positions.value(word))
            places.append(QString::number(position));
        parts.append(quotedWord(word) % u':' % places.join(u','));
    }
    return parts.join(u' ');
}

QString TsvectorText::document(const QString &segmentedTitle, const QString &segmentedBody)
{
    return literal({segmentedTitle, segmentedBody});
}

QString TsvectorText::title(const QString &segmentedTitle)
{
    return literal({segmentedTitle});
}

QString TsvectorText::query(const SearchQuery &query)
{
    QStringList terms;
    for (const SearchQuery::Term &term : query.terms()) {
        // Adjacent Han characters are looked up by their pairs (a chain 脱贫攻坚 as 脱贫, 贫攻,
        // 攻坚, one position apart): pairs are far rarer than characters, so the index answers
        // a phrase of common characters without rechecking most articles.
        const QStringList &tokens = term.tokens;
        const auto han = [&](qsizetype i) {
            return i >= 0 && i < tokens.size() && isHanToken(tokens.at(i));
        };
        QString phrase;
        qsizetype lastOffset = -1;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            QString word;
            if (han(i) && han(i + 1))
                word = tokens.at(i) + tokens.at(i + 1);
            else if (han(i) && han(i - 1))
                continue; // the pair before it holds it
            else
                word = tokens.at(i);
            const bool prefix = term.prefix && i == tokens.size() - 1;
            const QString label = prefix ? u":*"_s : QString();
            if (lastOffset >= 0)
                phrase += i - lastOffset == 1 ? u" <-> "_s : u" <%1> "_s.arg(i - lastOffset);
            phrase += quotedWord(word) % label;
            lastOffset = i;
        }
        terms.append(phrase.contains(u" <"_s) ? u'(' % phrase % u')' : phrase);
    }
    return terms.join(u" & "_s);
}

} // namespace Newsdesk
