#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

namespace Newsdesk {

// Generates realistic news text for the demo library from the vocabulary and sentence
// patterns in :/demo/corpus.json. Deterministic for a given seed.
class DemoText final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::DemoText)

public:
    enum class Language { Chinese, English };

    static Result<DemoText> load(quint32 seed);

    // scope is a channel slug for Chinese text; English text has one scope of its own.
    QString title(Language language, const QString &scope);
    QString heading(Language language, const QString &scope);
    QString paragraph(Language language, const QString &scope, int sentences);
    QStringList tags(Language language, const QString &scope, int count);
    // A random entry of the shared list name (e.g. "source", "reporter", "comment").
    QString pick(Language language, const QString &name, const QString &scope = {});

    int bounded(int lowest, int highest); // inclusive
    bool chance(double probability);
    QRandomGenerator &random() { return m_random; }

private:
    using Lists = QHash<QString, QStringList>;
    DemoText(Lists shared, QHash<QString, Lists> channels, Lists english, quint32 seed);
    const QStringList &list(Language language, const QString &name, const QString &scope) const;
    QString expand(Language language, const QString &pattern, const QString &scope);

    Lists m_shared;
    QHash<QString, Lists> m_channels;
    Lists m_english;
    QRandomGenerator m_random;
};

} // namespace Newsdesk
