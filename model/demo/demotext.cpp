#include "demotext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString CorpusPath = u":/demo/corpus.json"_s;

QHash<QString, QStringList> listsFrom(const QJsonObject &object)
{
    QHash<QString, QStringList> lists;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList entries;
        for (const QJsonValue &value : it.value().toArray())
            entries.append(value.toString());
        lists.insert(it.key(), entries);
    }
    return lists;
}
} // namespace

Result<DemoText> DemoText::load(quint32 seed)
{
    QFile file(CorpusPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, tr("Cannot read %1: %2").arg(CorpusPath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull()) {
        return Error(Error::Kind::Invalid,
                     tr("%1 is not valid JSON at offset %2: %3")
                             .arg(CorpusPath)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    QHash<QString, Lists> channels;
    const QJsonObject channelObject = root.value(u"channels"_s).toObject();
    for (auto it = channelObject.begin(); it != channelObject.end(); ++it)
        channels.insert(it.key(), listsFrom(it.value().toObject()));
    return DemoText(listsFrom(root.value(u"shared"_s).toObject()), channels,
                    listsFrom(root.value(u"english"_s).toObject()), seed);
}

DemoText::DemoText(Lists shared, QHash<QString, Lists> channels, Lists english, quint32 seed)
    : m_shared(std::move(shared))
    , m_channels(std::move(channels))
    , m_english(std::move(english))
    , m_random(seed)
{
}

const QStringList &DemoText::list(Language language, const QString &name,
                                  const QString &scope) const
{
    static const QStringList empty;
    if (language == Language::English) {
        auto it = m_english.find(name);
        return it != m_english.end() ? it.value() : empty;
    }
    auto channel = m_channels.find(scope);
    if (channel != m_channels.end()) {
        auto it = channel->find(name);
        if (it != channel->end())
            return it.value();
    }
    auto it = m_shared.find(name);
    return it != m_shared.end() ? it.value() : empty;
}

QString DemoText::pick(Language language, const QString &name, const QString &scope)
{
    const QStringList &entries = list(language, name, scope);
    if (entries.isEmpty())
        return {};
    return entries.at(m_random.bounded(int(entries.size())));
}

int DemoText::bounded(int lowest, int highest)
{
    return lowest + int(m_random.bounded(quint32(highest - lowest + 1)));
}

bool DemoText::chance(double probability)
{
    return m_random.generateDouble() < probability;
}

QString DemoText::expand(Language language, const QString &pattern, const QString &scope)
{
    QString text;
    text.reserve(pattern.size() * 2);
    qsizetype pos = 0;
    while (pos < pattern.size()) {
        const qsizetype open = pattern.indexOf(u'{', pos);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(u'}', open);
        if (open < 0 || close < 0) {
            text += QStringView(pattern).mid(pos);
            break;
        }
        text += QStringView(pattern).mid(pos, open - pos);
        text += pick(language, pattern.mid(open + 1, close - open - 1), scope);
        pos = close + 1;
    }
    return text;
}

QString DemoText::title(Language language, const QString &scope)
{
    return expand(language, pick(language, u"title"_s, scope), scope);
}

QString DemoText::heading(Language language, const QString &scope)
{
    return expand(language, pick(language, u"heading"_s, scope), scope);
}

QString DemoText::paragraph(Language language, const QString &scope, int sentences)
{
    QString text;
    for (int i = 0; i < sentences; ++i) {
        if (language == Language::English && i > 0)
            text += u' ';
        text += expand(language, pick(language, u"sentence"_s, scope), scope);
    }
    return text;
}

QStringList DemoText::tags(Language language, const QString &scope, int count)
{
    QStringList chosen;
    const QStringList &entries = list(language, u"tag"_s, scope);
    for (int attempt = 0; attempt < count * 3 && chosen.size() < count; ++attempt) {
        const QString tag =
                entries.isEmpty() ? QString() : entries.at(m_random.bounded(int(entries.size())));
        if (!tag.isEmpty() && !chosen.contains(tag))
            chosen.append(tag);
    }
    return chosen;
}

} // namespace Newsdesk
