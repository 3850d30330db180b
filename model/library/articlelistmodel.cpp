#include "articlelistmodel.h"

#include <QCollator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ArticleListModel::setArticles(const QList<ArticleSummary> &articles,
                                   const QHash<qint64, QString> &channelNames)
{
    beginResetModel();
    m_articles = articles;
    m_channelNames = channelNames;
    applySort();
    endResetModel();
}

void ArticleListModel::clear()
{
    setArticles({}, {});
}

const ArticleSummary *ArticleListModel::articleAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_articles.size())
        return nullptr;
    return &m_articles.at(index.row());
}

QModelIndex ArticleListModel::indexOf(qint64 articleId, int column) const
{
    for (qsizetype row = 0; row < m_articles.size(); ++row) {
        if (m_articles.at(row).id == articleId)
            return index(int(row), column);
    }
    return {};
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArticleListModel::formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QVariant ArticleListModel::sortValue(const ArticleSummary &a, int column) const
{
    switch (column) {
    case TitleColumn:
        return a.title;
    case ChannelColumn:
        return m_channelNames.value(a.channelId);
    case StatusColumn:
        return int(a.status);
    case AuthorColumn:
        return a.author;
    case EditorColumn:
        return a.editor;
    case FlagsColumn:
        return ArticleFlagsText::letters(a.flags);
    case PublishColumn:
        return a.publishAt.isValid() ? a.publishAt.toSecsSinceEpoch() : 0;
    case UpdatedColumn:
        return a.updatedAt.toSecsSinceEpoch();
    case ClicksColumn:
        return a.clicks;
    default:
        return {};
    }
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    const ArticleSummary *a = articleAt(index);
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return ArticleStatuses::displayName(a->status);
        case FlagsColumn:
            return ArticleFlagsText::displayNames(a->flags);
        case PublishColumn:
            return formatTime(a->publishAt);
        case UpdatedColumn:
            return formatTime(a->updatedAt);
        default:
            return sortValue(*a, index.column());
        }
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(a->title) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ClicksColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
    case ArticleIdRole:
        return a->id;
    case StatusRole:
        return int(a->status);
    case SortRole:
        return sortValue(*a, index.column());
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case ChannelColumn:
        return tr("Channel");
    case StatusColumn:
        return tr("Status");
    case AuthorColumn:
        return tr("Author");
    case EditorColumn:
        return tr("Editor");
    case FlagsColumn:
        return tr("Flags");
    case PublishColumn:
        return tr("Publish time");
    case UpdatedColumn:
        return tr("Updated");
    case ClicksColumn:
        return tr("Clicks");
    default:
        return {};
    }
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids.append(m_articles.at(index.row()).id);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(indexOf(ids.at(i), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ArticleListModel::applySort()
{
    if (m_sortColumn < 0)
        return;
    QCollator collator;
    collator.setNumericMode(true);
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_articles.begin(), m_articles.end(),
                     [&](const ArticleSummary &left, const ArticleSummary &right) {
                         const QVariant l = sortValue(left, column);
                         const QVariant r = sortValue(right, column);
                         const bool less = l.typeId() == QMetaType::QString
                                 ? collator.compare(l.toString(), r.toString()) < 0
                                 : l.toLongLong() < r.toLongLong();
                         const bool greater = l.typeId() == QMetaType::QString
                                 ? collator.compare(r.toString(), l.toString()) < 0
                                 : r.toLongLong() < l.toLongLong();
                         return descending ? greater : less;
                     });
}

} // namespace Newsdesk
