#include "frontmattermapping.h"

#include "frontmatter.h"
#include "importdate.h"
#include "importeddocument.h"

#include <QDate>
#include <QLocale>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

bool isScalar(const QVariant &value)
{
    const int type = value.typeId();
    return type != QMetaType::QVariantList && type != QMetaType::QVariantMap;
}

// The text of a scalar; of a list, its items' texts joined with ", "; of a map, its name.
QString textOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().trimmed();
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    case QMetaType::QVariantList: {
        QStringList texts;
        for (const QVariant &item : value.toList()) {
            if (const QString text = textOf(item); !text.isEmpty())
                texts.append(text);
        }
        return texts.join(u", "_s);
    }
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        for (const auto &[key, item] : map.asKeyValueRange()) {
            if (key.compare(u"name"_s, Qt::CaseInsensitive) == 0)
                return textOf(item);
        }
        return {};
    }
    default:
        return value.toString().trimmed();
    }
}

bool isTrue(const QVariant &value)
{
    const QString text = textOf(value).toLower();
    return text == u"true"_s || text == u"yes"_s || text == u"on"_s || text == u"1"_s;
}

bool isFalse(const QVariant &value)
{
    const QString text = textOf(value).toLower();
    return text == u"false"_s || text == u"no"_s || text == u"off"_s || text == u"0"_s;
}

// A list as it is, or a string split on commas (also "，", "、", ";"), or else on spaces.
QStringList listOf(const QVariant &value)
{
    QStringList items;
    if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : value.toList())
            items.append(textOf(item));
    } else {
        const QString text = textOf(value);
        static constexpr QStringView separators = u",，、;；";
        if (std::any_of(separators.begin(), separators.end(),
                        [&text](QChar c) { return text.contains(c); })) {
            QString item;
            for (const QChar c : text) {
                if (separators.contains(c))
                    items.append(std::exchange(item, {}));
                else
                    item += c;
            }
            items.append(item);
        } else {
            items = text.split(u' ', Qt::SkipEmptyParts);
        }
    }
    QStringList unique;
    QSet<QString> seen;
    for (const QString &item : std::as_const(items)) {
        const QString trimmed = item.simplified();
        if (!trimmed.isEmpty() && !seen.contains(trimmed.toCaseFolded())) {
            seen.insert(trimmed.toCaseFolded());
            unique.append(trimmed);
        }
    }
    return unique;
}

void flatten(const QString &key, const QVariant &value, QList<std::pair<QString, QString>> &params)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        for (const auto &[name, item] : map.asKeyValueRange())
            flatten(key + u'.' + name, item, params);
    } else if (value.typeId() == QMetaType::QVariantList) {
        const QVariantList list = value.toList();
        if (std::all_of(list.begin(), list.end(), isScalar)) {
            if (!list.isEmpty())
                params.append({key, textOf(value)});
        } else {
            for (qsizetype i = 0; i < list.size(); ++i)
                flatten(key + u'.' + QString::number(i + 1), list.at(i), params);
        }
    } else if (value.isValid()) {
        params.append({key, textOf(value)});
    }
}

bool isAbsoluteWebUrl(const QVariant &value)
{
    const QString text = textOf(value);
    return text.startsWith(u"http://"_s, Qt::CaseInsensitive)
            || text.startsWith(u"https://"_s, Qt::CaseInsensitive);
}

// The front matter's entries with a note of which ones were used.
class Fields
{
public:
    explicit Fields(const FrontMatter &frontMatter)
    {
        for (const auto &[key, value] : frontMatter.entries())
            m_fields.append({key, key.toLower(), value, false});
    }

    // The first of keys (in that order of preference) that has a value that accept takes,
    // marked used.
    QVariant take(std::initializer_list<QStringView> keys,
                  bool (*accept)(const QVariant &) = nullptr)
    {
        for (const QStringView key : keys) {
            for (Field &field : m_fields) {
                if (!field.used && field.lowerKey == key && field.value.isValid()
                    && !textOf(field.value).isEmpty() && (!accept || accept(field.value))) {
                    field.used = true;
                    return field.value;
                }
            }
        }
        return {};
    }
    QString takeText(std::initializer_list<QStringView> keys) { return textOf(take(keys)); }

    void unusedToParams(QList<std::pair<QString, QString>> &params) const
    {
        for (const Field &field : m_fields) {
            if (!field.used)
                flatten(field.key, field.value, params);
        }
    }

private:
    struct Field
    {
        QString key;
        QString lowerKey;
        QVariant value;
        bool used = false;
    };
    QList<Field> m_fields;
};

QDateTime dateOf(const QVariant &value, const QTimeZone &zone)
{
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC();
    case QMetaType::QDate:
        return ImportDate::inZone(value.toDate(), QTime(0, 0), zone);
    case QMetaType::QString:
        return ImportDate::parse(value.toString(), zone);
    default:
        return {};
    }
}

} // namespace

void FrontMatterMapping::apply(const FrontMatter &frontMatter, const QTimeZone &zone,
                               const QDateTime &fileNameDate, ImportedDocument &document)
{
    Fields fields(frontMatter);
    document.title = fields.takeText({u"title"});

    const QVariant date = fields.take({u"date", u"publishdate", u"pubdate"});
    document.publishAt = dateOf(date, zone);
    if (date.isValid() && !document.publishAt.isValid()) {
        document.warnings.append(
                fileNameDate.isValid()
                        ? tr("The date “%1” is not a date; the date in the file name is used.")
                                  .arg(textOf(date))
                        : tr("The date “%1” is not a date; the article has no publish time.")
                                  .arg(textOf(date)));
    }
    if (!document.publishAt.isValid())
        document.publishAt = fileNameDate;

    document.draft = isTrue(fields.take({u"draft"}));
    if (fields.take({u"published"}, isFalse).isValid())
        document.draft = true;

    document.tags = listOf(fields.take({u"tags", u"tag"}));
    document.keywords = fields.takeText({u"keywords"});

    if (const QStringList categories = listOf(fields.take({u"categories", u"category"}));
        !categories.isEmpty()) {
        for (const QString &part : categories.first().split(u'/', Qt::SkipEmptyParts)) {
            if (const QString name = part.trimmed(); !name.isEmpty())
                document.channelPath.append(name);
        }
    }

    document.summary = fields.takeText({u"summary", u"description", u"excerpt"}).simplified();
    document.author = fields.takeText({u"author", u"authors", u"作者"});
    document.source = fields.takeText({u"source", u"来源"});
    document.editor = fields.takeText({u"editor", u"编辑"});
    document.chiefEditor = fields.takeText({u"责任编辑"});

    // Only an absolute address says where the item lived; a site path ("/2017/07/slug/") goes
    // to params with the rest.
    document.sourceUrl = textOf(fields.take(
            {u"url", u"permalink", u"canonicalurl", u"canonical_url"}, isAbsoluteWebUrl));

    fields.unusedToParams(document.params);
}

} // namespace Newsdesk
