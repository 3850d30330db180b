#include "articletablemodel.h"

#include "search/searchindex.h"
#include "storage/leaserepository.h"
#include "storage/library.h"

#include <QColor>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
struct ColumnInfo
{
    ArticleTableModel::Column column;
    std::optional<ArticleSortKey> key;
};

constexpr ColumnInfo Columns[] = {
        {ArticleTableModel::TitleColumn, ArticleSortKey::Title},
        {ArticleTableModel::ChannelColumn, ArticleSortKey::Channel},
        {ArticleTableModel::StatusColumn, ArticleSortKey::Status},
        {ArticleTableModel::AuthorColumn, ArticleSortKey::Author},
        {ArticleTableModel::EditorColumn, ArticleSortKey::Editor},
        {ArticleTableModel::SourceColumn, ArticleSortKey::Source},
        {ArticleTableModel::TagsColumn, std::nullopt},
        {ArticleTableModel::FlagsColumn, ArticleSortKey::Flags},
        {ArticleTableModel::PublishColumn, ArticleSortKey::PublishTime},
        {ArticleTableModel::UpdatedColumn, ArticleSortKey::Updated},
        {ArticleTableModel::ClicksColumn, ArticleSortKey::Clicks},
        {ArticleTableModel::MatchColumn, ArticleSortKey::Relevance},
};

// A pencil for articles someone else is editing (a dot of colour where no theme has one).
QVariant leaseIndicator()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QColor(0xef, 0x8a, 0x00);
    static const QIcon icon = [] {
        QPixmap dot(12, 12);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xef, 0x8a, 0x00));
        painter.drawEllipse(QRectF(1, 1, 10, 10));
        painter.end();
        return QIcon::fromTheme(u"document-edit"_s, QIcon(dot));
    }();
    return icon;
}

QColor statusColor(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return QColor(0x9e, 0x9e, 0x9e);
    case ArticleStatus::Submitted:
        return QColor(0xef, 0x8a, 0x00);
    case ArticleStatus::Returned:
        return QColor(0xd3, 0x2f, 0x2f);
    case ArticleStatus::Approved:
        return QColor(0x19, 0x76, 0xd2);
    case ArticleStatus::Published:
        return QColor(0x2e, 0x7d, 0x32);
    case ArticleStatus::Withdrawn:
        // A grey darker than a draft's that still stands out on a dark list (3:1 or more on
        // white and on #1e1e1e, WCAG's figure for non-text marks).
        return QColor(0x75, 0x75, 0x75);
    }
    return {};
}
} // namespace

ArticleTableModel::ArticleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

std::optional<ArticleSortKey> ArticleTableModel::sortKeyFor(int column)
{
    for (const ColumnInfo &info : Columns) {
        if (info.column == column)
            return info.key;
    }
    return std::nullopt;
}

int ArticleTableModel::columnFor(ArticleSortKey key)
{
    for (const ColumnInfo &info : Columns) {
        if (info.key == key)
            return info.column;
    }
    return -1;
}

QString ArticleTableModel::formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

void ArticleTableModel::setLibrary(Library *library)
{
    m_library = library;
    reload();
}

void ArticleTableModel::setChannelNames(const QHash<qint64, QString> &names)
{
    m_channelNames = names;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, ChannelColumn), index(m_count - 1, ChannelColumn));
}

void ArticleTableModel::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    reload();
}

void ArticleTableModel::setArticleSort(const ArticleSort &sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

void ArticleTableModel::setQuery(const ArticleFilter &filter, const ArticleSort &sort)
{
    m_filter = filter;
    m_sort = sort;
    reload();
}

void ArticleTableModel::setLeases(const QHash<qint64, Lease> &leases)
{
    bool same = leases.size() == m_leases.size();
    for (auto it = leases.cbegin(); same && it != leases.cend(); ++it)
        same = m_leases.value(it.key()).userId == it.value().userId
                && m_leases.value(it.key()).takenAt == it.value().takenAt;
    if (same)
        return;
    m_leases = leases;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, TitleColumn), index(m_count - 1, TitleColumn),
                           {Qt::DecorationRole, Qt::ToolTipRole, EditedByRole});
}

void ArticleTableModel::refresh()
{
    reload();
}

void ArticleTableModel::reload()
{
    beginResetModel();
    m_windows.clear();
    m_recent.clear();
    m_count = 0;
    if (m_library) {
        Result<int> counted = m_library->articleList().count(m_filter);
        if (counted)
            m_count = counted.value();
        else
            report(counted.error().message());
    }
    endResetModel();
    Q_EMIT countChanged(m_count);
}

void ArticleTableModel::report(const QString &message) const
{
    // Signals are not const; reporting an error does not change the model's state.
    Q_EMIT const_cast<ArticleTableModel *>(this)->errorOccurred(message);
}

const QList<ArticleSummary> *ArticleTableModel::window(int windowIndex) const
{
    auto it = m_windows.constFind(windowIndex);
    if (it != m_windows.constEnd()) {
        if (m_recent.constLast() != windowIndex) {
            m_recent.removeOne(windowIndex);
            m_recent.append(windowIndex);
        }
        return &it.value();
    }
    if (!m_library)
        return nullptr;
    Result<QList<ArticleSummary>> rows =
            m_library->articleList().window(m_filter, m_sort, windowIndex * WindowSize, WindowSize);
    if (!rows) {
        report(rows.error().message());
        return nullptr;
    }
    if (m_filter.hasSearch())
        addSnippets(rows.value());
    if (m_recent.size() >= MaxWindows)
        m_windows.remove(m_recent.takeFirst());
    m_recent.append(windowIndex);
    return &m_windows.insert(windowIndex, std::move(rows).value()).value();
}

void ArticleTableModel::addSnippets(QList<ArticleSummary> &rows) const
{
    QList<qint64> ids;
    for (const ArticleSummary &row : rows)
        ids.append(row.id);
    Result<QHash<qint64, QString>> snippets =
            SearchIndex(m_library->database()).snippets(m_filter.search, ids);
    if (!snippets) {
        report(snippets.error().message());
        return;
    }
    for (ArticleSummary &row : rows)
        row.snippet = snippets.value().value(row.id);
}

const ArticleSummary *ArticleTableModel::articleAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_count)
        return nullptr;
    const QList<ArticleSummary> *rows = window(index.row() / WindowSize);
    const int offset = index.row() % WindowSize;
    return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
}

qint64 ArticleTableModel::idAt(int row) const
{
    const ArticleSummary *article = articleAt(index(row, 0));
    return article ? article->id : 0;
}

QHash<qint64, int> ArticleTableModel::rowsOf(const QList<qint64> &ids) const
{
    if (!m_library || ids.isEmpty())
        return {};
    Result<QHash<qint64, int>> rows = m_library->articleList().rowsOf(ids, m_filter, m_sort);
    if (!rows) {
        report(rows.error().message());
        return {};
    }
    return rows.value();
}

QList<qint64> ArticleTableModel::idsInRows(int first, int last) const
{
    if (!m_library || first > last || first < 0)
        return {};
    // The rows as shown, when they were fetched: the library may have changed since (another
    // desktop's save moves rows), and a selection kept across a reload must be what was seen.
    if (last - first < MaxWindows * WindowSize) {
        QList<qint64> shown;
        for (int row = first; row <= last; ++row) {
            const auto it = m_windows.constFind(row / WindowSize);
            if (it == m_windows.cend() || row % WindowSize >= it->size())
                break;
            shown.append(it->at(row % WindowSize).id);
        }
        if (shown.size() == last - first + 1)
            return shown;
    }
    Result<QList<qint64>> ids =
            m_library->articleList().ids(m_filter, m_sort, first, last - first + 1);
    if (!ids) {
        report(ids.error().message());
        return {};
    }
    return ids.value();
}

QModelIndex ArticleTableModel::indexOf(qint64 articleId, int column) const
{
    const QHash<qint64, int> rows = rowsOf({articleId});
    const auto it = rows.constFind(articleId);
    return it == rows.constEnd() ? QModelIndex() : index(it.value(), column);
}

int ArticleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ArticleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleTableModel::data(const QModelIndex &index, int role) const
{
    const ArticleSummary *a = articleAt(index);
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return a->title;
        case ChannelColumn:
            return m_channelNames.value(a->channelId);
        case StatusColumn:
            // A live article with a staged edit: "已发布 · 修改待审".
            if (a->pending)
                return tr("%1 · edit %2", "status of a live article with a staged edit")
                        .arg(ArticleStatuses::displayName(a->status),
                             ArticleStatuses::displayName(*a->pending));
            return ArticleStatuses::displayName(a->status);
        case AuthorColumn:
            return a->author;
        case EditorColumn:
            return a->editor;
        case SourceColumn:
            return a->source;
        case TagsColumn:
            return a->tags.join(tr(", ", "separator of a list of tags"));
        case FlagsColumn:
            return ArticleFlagsText::displayNames(a->flags);
        case PublishColumn:
            return formatTime(a->publishAt);
        case UpdatedColumn:
            return formatTime(a->updatedAt);
        case ClicksColumn:
            return a->clicks;
        case MatchColumn:
            return a->snippet;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && m_leases.contains(a->id))
            return leaseIndicator();
        return index.column() == StatusColumn ? QVariant(statusColor(a->pending.value_or(a->status)))
                                              : QVariant();
    case Qt::ToolTipRole:
        if (index.column() != TitleColumn)
            return {};
        if (const auto lease = m_leases.constFind(a->id); lease != m_leases.cend())
            return QString(a->title + u'\n' + LeaseRepository::describe(*lease));
        return a->title;
    case EditedByRole:
        return m_leases.value(a->id).userName;
    case Qt::TextAlignmentRole:
        return index.column() == ClicksColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
    case ArticleIdRole:
        return a->id;
    case StatusRole:
        return int(a->status);
    case TrashedRole:
        return a->trashed;
    default:
        return {};
    }
}

QVariant ArticleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case SourceColumn:
        return tr("Source");
    case TagsColumn:
        return tr("Tags");
    case FlagsColumn:
        return tr("Flags");
    case PublishColumn:
        return tr("Publish time");
    case UpdatedColumn:
        return tr("Updated");
    case ClicksColumn:
        return tr("Clicks");
    case MatchColumn:
        return tr("Match");
    default:
        return {};
    }
}

void ArticleTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<ArticleSortKey> key = sortKeyFor(column);
    if (!key)
        return;
    setArticleSort({*key, order == Qt::DescendingOrder});
}

} // namespace Newsdesk
