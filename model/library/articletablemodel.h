#pragma once

#include "core/article.h"
#include "core/articlefilter.h"
#include "core/lease.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace Newsdesk {

class Library;

// The library list at any size: the row count comes from SQL, rows are fetched in windows of
// WindowSize as the view asks for them (a bounded number of windows is kept), and sorting and
// filtering are done by SQL on indexed columns. Changing the filter or the sort resets the
// model; views keep their selection by article id (rowsOf).
class ArticleTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        ChannelColumn,
        StatusColumn,
        AuthorColumn,
        EditorColumn,
        SourceColumn,
        TagsColumn,
        FlagsColumn,
        PublishColumn,
        UpdatedColumn,
        ClicksColumn,
        MatchColumn, // where a search matched; sorting by it sorts by relevance
        ColumnCount
    };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        StatusRole, // ArticleStatus as int
        TrashedRole,
        EditedByRole, // who else is editing the article now (their lease), or empty
    };
    static constexpr int WindowSize = 128;
    static constexpr int MaxWindows = 64;

    explicit ArticleTableModel(QObject *parent = nullptr);

    // The library to list (nullptr: none). Resets the model.
    void setLibrary(Library *library);
    void setChannelNames(const QHash<qint64, QString> &names);
    void setFilter(const ArticleFilter &filter);
    const ArticleFilter &filter() const { return m_filter; }
    void setArticleSort(const ArticleSort &sort);
    // Both at once, with one reset.
    void setQuery(const ArticleFilter &filter, const ArticleSort &sort);
    const ArticleSort &articleSort() const { return m_sort; }
    // Counts again and forgets every fetched row, after the library changed.
    void refresh();
    // The active edit leases of other people, by article id: their titles get an indicator and
    // a tooltip "being edited by …". The view refreshes them on a timer.
    void setLeases(const QHash<qint64, Lease> &leases);
    const QHash<qint64, Lease> &leases() const { return m_leases; }

    const ArticleSummary *articleAt(const QModelIndex &index) const;
    qint64 idAt(int row) const;
    // Where each of ids is now (ids the filter does not match are left out).
    QHash<qint64, int> rowsOf(const QList<qint64> &ids) const;
    // The ids of rows first .. last: as fetched when they were (what the view shows), else
    // as the library has them now.
    QList<qint64> idsInRows(int first, int last) const;
    QModelIndex indexOf(qint64 articleId, int column = TitleColumn) const;

    static std::optional<ArticleSortKey> sortKeyFor(int column);
    static int columnFor(ArticleSortKey key);
    static QString formatTime(const QDateTime &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void countChanged(int count);
    void errorOccurred(const QString &message);

private:
    const QList<ArticleSummary> *window(int windowIndex) const;
    void reload();
    void addSnippets(QList<ArticleSummary> &rows) const;
    void report(const QString &message) const;

    Library *m_library = nullptr;
    ArticleFilter m_filter;
    ArticleSort m_sort;
    QHash<qint64, QString> m_channelNames;
    QHash<qint64, Lease> m_leases;
    int m_count = 0;
    mutable QHash<int, QList<ArticleSummary>> m_windows;
    mutable QList<int> m_recent; // window indexes, most recently used last
};

} // namespace Newsdesk
