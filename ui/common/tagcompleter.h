#pragma once

#include <QCompleter>

namespace Newsdesk {

// Completes the tag being typed in a comma-separated list of tags ("扶贫, 小" → "扶贫, 小康").
// Commas, Chinese commas and 、 separate tags.
class TagCompleter final : public QCompleter
{
    Q_OBJECT

public:
    explicit TagCompleter(const QStringList &tags, QObject *parent = nullptr);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

    // The tags of a typed list, trimmed, without empties and repeats.
    static QStringList tagsOf(const QString &text);
};

} // namespace Newsdesk
