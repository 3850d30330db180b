#pragma once

#include "core/channel.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QPushButton;
class QTreeView;

namespace Newsdesk {

class ChannelTreeModel;

// Chooses a channel from the tree; channels in excluded (and below them, when excludeSubtree)
// cannot be chosen.
class ChannelPickerDialog final : public QDialog
{
    Q_OBJECT

public:
    ChannelPickerDialog(const QString &title, const QString &prompt, const QList<Channel> &channels,
                        const QHash<qint64, int> &counts, QWidget *parent = nullptr);

    void exclude(qint64 channelId, bool withSubtree);
    qint64 channelId() const;
    void setChannelId(qint64 id);

private:
    void updateOk();

    ChannelTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QList<qint64> m_excluded;
    QPushButton *m_ok = nullptr;
};

} // namespace Newsdesk
