#pragma once

#include "core/article.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Newsdesk {

// A list of article summaries held in memory, sortable by any column. The library view's
// first model; the scalable, windowed one replaces it for large libraries.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        ChannelColumn,
        StatusColumn,
        AuthorColumn,
        EditorColumn,
        FlagsColumn,
        PublishColumn,
        UpdatedColumn,
        ClicksColumn,
        ColumnCount
    };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        StatusRole, // ArticleStatus as int
        SortRole, // the value the column sorts by
    };

    explicit ArticleListModel(QObject *parent = nullptr);

    // channelNames maps channel ids to the names shown in the channel column.
    void setArticles(const QList<ArticleSummary> &articles,
                     const QHash<qint64, QString> &channelNames);
    void clear();

    const ArticleSummary *articleAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 articleId, int column = TitleColumn) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString formatTime(const QDateTime &time);

private:
    QVariant sortValue(const ArticleSummary &article, int column) const;
    void applySort();

    QList<ArticleSummary> m_articles;
    QHash<qint64, QString> m_channelNames;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Newsdesk
