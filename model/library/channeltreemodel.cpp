#include "channeltreemodel.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

ChannelTreeModel::ChannelTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ChannelTreeModel::setChannels(const QList<Channel> &channels, const QHash<qint64, int> &counts)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_nodeById.clear();
    // Channels arrive parents first, so a parent's node always exists before its children.
    for (const Channel &channel : channels) {
        Node node;
        node.channel = channel;
        node.ownCount = counts.value(channel.id);
        const int self = int(m_nodes.size());
        const auto parent = m_nodeById.constFind(channel.parentId);
        if (channel.parentId != 0 && parent != m_nodeById.constEnd()) {
            node.parentNode = parent.value();
            node.row = int(m_nodes[parent.value()].children.size());
            m_nodes[parent.value()].children.append(self);
        } else {
            node.row = int(m_roots.size());
            m_roots.append(self);
        }
        m_nodes.append(node);
        m_nodeById.insert(channel.id, self);
    }
    // Children come after their parents: summing backwards gives subtree totals.
    for (qsizetype i = m_nodes.size() - 1; i >= 0; --i) {
        Node &node = m_nodes[i];
        node.subtreeCount += node.ownCount;
        if (node.parentNode >= 0)
            m_nodes[node.parentNode].subtreeCount += node.subtreeCount;
    }
    endResetModel();
}

int ChannelTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

const Channel *ChannelTreeModel::channelAt(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    return node >= 0 ? &m_nodes.at(node).channel : nullptr;
}

QModelIndex ChannelTreeModel::indexOf(qint64 channelId, int column) const
{
    const auto it = m_nodeById.constFind(channelId);
    if (it == m_nodeById.constEnd())
        return {};
    return createIndex(m_nodes.at(it.value()).row, column, quintptr(it.value()));
}

QList<qint64> ChannelTreeModel::subtreeIds(qint64 channelId) const
{
    QList<qint64> ids;
    const auto it = m_nodeById.constFind(channelId);
    if (it == m_nodeById.constEnd())
        return ids;
    QList<int> pending {it.value()};
    while (!pending.isEmpty()) {
        const Node &node = m_nodes.at(pending.takeLast());
        ids.append(node.channel.id);
        pending.append(node.children);
    }
    return ids;
}

QString ChannelTreeModel::displayPath(qint64 channelId) const
{
    QStringList names;
    for (auto it = m_nodeById.constFind(channelId); it != m_nodeById.constEnd();) {
        const Node &node = m_nodes.at(it.value());
        names.prepend(node.channel.name);
        it = node.parentNode >= 0 ? m_nodeById.constFind(m_nodes.at(node.parentNode).channel.id)
                                  : m_nodeById.constEnd();
    }
    return names.join(u" > "_s);
}

QString ChannelTreeModel::nameOf(qint64 channelId) const
{
    const auto it = m_nodeById.constFind(channelId);
    return it == m_nodeById.constEnd() ? QString() : m_nodes.at(it.value()).channel.name;
}

QModelIndex ChannelTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> &siblings = parent.isValid() ? m_nodes.at(nodeOf(parent)).children : m_roots;
    if (parent.isValid() && parent.column() != NameColumn)
        return {};
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex ChannelTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node < 0)
        return {};
    const int parentNode = m_nodes.at(node).parentNode;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, NameColumn, quintptr(parentNode));
}

int ChannelTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != NameColumn)
        return 0;
    return int(m_nodes.at(nodeOf(parent)).children.size());
}

int ChannelTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChannelTreeModel::data(const QModelIndex &index, int role) const
{
    const int nodeIndex = nodeOf(index);
    if (nodeIndex < 0)
        return {};
    const Node &node = m_nodes.at(nodeIndex);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(node.channel.name)
                                            : QVariant(node.subtreeCount);
    case Qt::ToolTipRole:
        return tr("%1: %n article(s), %2 including sub-channels", "", node.ownCount)
                .arg(displayPath(node.channel.id))
                .arg(node.subtreeCount);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case ChannelIdRole:
        return node.channel.id;
    case PathRole: {
        QStringList slugs;
        for (int n = nodeIndex; n >= 0 && !m_nodes.at(n).channel.slug.isEmpty();
             n = m_nodes.at(n).parentNode)
            slugs.prepend(m_nodes.at(n).channel.slug);
        return slugs.join(u'/');
    }
    case OwnCountRole:
        return node.ownCount;
    case SubtreeCountRole:
        return node.subtreeCount;
    default:
        return {};
    }
}

QVariant ChannelTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Channel");
    case CountColumn:
        return tr("Articles");
    default:
        return {};
    }
}

} // namespace Newsdesk
