#pragma once

#include "core/channel.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace Newsdesk {

// The channel tree with the number of articles in each channel and its sub-channels.
class ChannelTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        ChannelIdRole = Qt::UserRole + 1,
        PathRole, // slug path, "zixun/redian"
        OwnCountRole, // articles whose main channel this is
        SubtreeCountRole, // including sub-channels
    };

    explicit ChannelTreeModel(QObject *parent = nullptr);

    void setChannels(const QList<Channel> &channels, const QHash<qint64, int> &counts);

    const Channel *channelAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 channelId, int column = NameColumn) const;
    // The channel and all channels below it.
    QList<qint64> subtreeIds(qint64 channelId) const;
    // "首页 > 资讯 > 热点"
    QString displayPath(qint64 channelId) const;
    QString nameOf(qint64 channelId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Channel channel;
        int parentNode = -1; // index into m_nodes
        int row = 0;
        QList<int> children;
        int ownCount = 0;
        int subtreeCount = 0;
    };

    int nodeOf(const QModelIndex &index) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<qint64, int> m_nodeById;
};

} // namespace Newsdesk
