#pragma once

#include <QList>
#include <QTreeView>

namespace Newsdesk {

class ArticleTableModel;

// The article list: a tree view over ArticleTableModel that keeps the selection, the current
// article and the scroll position (by article id) when the model resets after a refresh, a new
// filter or a new sort, and lets people choose the columns from the header's context menu.
class ArticleListView final : public QTreeView
{
    Q_OBJECT

public:
    explicit ArticleListView(ArticleTableModel *model, QWidget *parent = nullptr);

    // The ids of the selected articles, in list order.
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    void selectIds(const QList<qint64> &ids, qint64 current);

    // Selections larger than this are not carried across a reset article by article.
    static constexpr int MaxKeptSelection = 2000;

Q_SIGNALS:
    void currentArticleChanged(qint64 articleId);
    void selectionCountChanged(int count);

private:
    void aboutToReset();
    void wasReset();
    void showHeaderMenu(const QPoint &position);
    void sortIndicatorChanged(int column, Qt::SortOrder order);
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void selectionChanged(const QItemSelection &selected,
                          const QItemSelection &deselected) override;

    ArticleTableModel *m_model = nullptr;
    QList<qint64> m_keptIds;
    qint64 m_keptCurrent = 0;
    bool m_keptAll = false;
    int m_keptScroll = 0;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace Newsdesk
