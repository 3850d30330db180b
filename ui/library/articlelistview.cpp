#include "articlelistview.h"

#include "library/articletablemodel.h"
#include "library/snippetdelegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Newsdesk {

ArticleListView::ArticleListView(ArticleTableModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    setObjectName(u"articleList"_s);
    setAccessibleName(tr("Articles"));
    setModel(model);
    setRootIsDecorated(false);
    setUniformRowHeights(true); // only visible rows are asked for their data
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAllColumnsShowFocus(true);
    header()->setSectionsMovable(true);
    header()->setStretchLastSection(false);
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    setColumnWidth(ArticleTableModel::TitleColumn, 340);
    setColumnWidth(ArticleTableModel::TagsColumn, 140);
    for (int column : {ArticleTableModel::EditorColumn, ArticleTableModel::SourceColumn,
                       ArticleTableModel::FlagsColumn, ArticleTableModel::MatchColumn})
        setColumnHidden(column, true);
    setItemDelegateForColumn(ArticleTableModel::MatchColumn, new SnippetDelegate(this));
    setColumnWidth(ArticleTableModel::MatchColumn, 360);
    const int sortColumn = ArticleTableModel::columnFor(model->articleSort().key);
    m_sortColumn = sortColumn;
    m_sortOrder = model->articleSort().descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    // Set the indicator before enabling sorting, which sorts by it at once.
    header()->setSortIndicator(sortColumn, m_sortOrder);
    setSortingEnabled(true);

    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ArticleListView::aboutToReset);
    connect(model, &QAbstractItemModel::modelReset, this, &ArticleListView::wasReset);
    connect(header(), &QWidget::customContextMenuRequested, this, &ArticleListView::showHeaderMenu);
    connect(header(), &QHeaderView::sortIndicatorChanged, this,
            &ArticleListView::sortIndicatorChanged);
}

QList<qint64> ArticleListView::selectedIds() const
{
    QList<qint64> ids;
    const QItemSelection selection = selectionModel()->selection();
    for (const QItemSelectionRange &range : selection)
        ids += m_model->idsInRows(range.top(), range.bottom());
    return ids;
}

qint64 ArticleListView::currentId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void ArticleListView::selectIds(const QList<qint64> &ids, qint64 current)
{
    QList<qint64> wanted = ids;
    if (current && !wanted.contains(current))
        wanted.append(current);
    const QHash<qint64, int> rows = m_model->rowsOf(wanted);
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (qint64 id : ids) {
        const auto it = rows.constFind(id);
        if (it != rows.constEnd())
            selection.select(m_model->index(it.value(), 0), m_model->index(it.value(), lastColumn));
    }
    const auto currentRow = rows.constFind(current);
    if (currentRow != rows.constEnd())
        selectionModel()->setCurrentIndex(m_model->index(currentRow.value(), 0),
                                          QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ArticleListView::aboutToReset()
{
    m_keptScroll = verticalScrollBar()->value();
    m_keptCurrent = currentId();
    const int selectedRows = [this] {
        int rows = 0;
        for (const QItemSelectionRange &range : selectionModel()->selection())
            rows += range.height();
        return rows;
    }();
    m_keptAll = selectedRows > 0 && selectedRows == m_model->rowCount();
    m_keptIds = (!m_keptAll && selectedRows <= MaxKeptSelection) ? selectedIds() : QList<qint64>();
}

void ArticleListView::wasReset()
{
    // Where a search matched is worth a column only while searching.
    setColumnHidden(ArticleTableModel::MatchColumn, !m_model->filter().hasSearch());
    const ArticleSort sort = m_model->articleSort();
    m_sortColumn = ArticleTableModel::columnFor(sort.key);
    m_sortOrder = sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (header()->sortIndicatorSection() != m_sortColumn
        || header()->sortIndicatorOrder() != m_sortOrder) {
        const QSignalBlocker blocker(header());
        header()->setSortIndicator(m_sortColumn, m_sortOrder);
    }
    if (m_keptAll && m_model->rowCount() > 0) {
        selectAll();
    } else if (!m_keptIds.isEmpty() || m_keptCurrent) {
        selectIds(m_keptIds, m_keptCurrent);
    }
    verticalScrollBar()->setValue(m_keptScroll);
    const QModelIndex current = currentIndex();
    if (current.isValid())
        scrollTo(current, QAbstractItemView::EnsureVisible);
    Q_EMIT currentArticleChanged(currentId());
    Q_EMIT selectionCountChanged(int(selectedIds().size()));
    m_keptIds.clear();
    m_keptCurrent = 0;
    m_keptAll = false;
}

void ArticleListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    if (current.row() != previous.row())
        Q_EMIT currentArticleChanged(current.isValid() ? m_model->idAt(current.row()) : 0);
}

void ArticleListView::selectionChanged(const QItemSelection &selected,
                                       const QItemSelection &deselected)
{
    QTreeView::selectionChanged(selected, deselected);
    int rows = 0;
    for (const QItemSelectionRange &range : selectionModel()->selection())
        rows += range.height();
    Q_EMIT selectionCountChanged(rows);
}

void ArticleListView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(u"column.%1"_s.arg(column));
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        // The title always stays, so the list is never empty of meaning.
        action->setEnabled(column != ArticleTableModel::TitleColumn);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
    menu.exec(header()->viewport()->mapToGlobal(position));
}

void ArticleListView::sortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (!ArticleTableModel::sortKeyFor(column)) {
        // Tags cannot be sorted: put the indicator back where the list is really sorted.
        const QSignalBlocker blocker(header());
        header()->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
}

} // namespace Newsdesk
