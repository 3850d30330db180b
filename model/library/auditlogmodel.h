#pragma once

#include "core/history.h"
#include "core/result.h"

#include <QAbstractTableModel>
#include <QList>

namespace Newsdesk {

class Library;

// The audit log as a table for the viewer: rows as an AuditFilter selects them, newest first,
// loaded a page at a time as the view scrolls (canFetchMore/fetchMore), since a library can
// hold millions of entries. Pages follow a keyset cursor (the last row's time and id), so a
// late page costs what the first does.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, UserColumn, ActionColumn, ArticleColumn, DetailColumn, ColumnCount };
    enum ItemRole {
        ActionKeyRole = Qt::UserRole + 1, // "save", "user.add": the raw action
        ArticleIdRole,
        EntryIdRole,
    };
    static constexpr int PageSize = 200;

    explicit AuditLogModel(QObject *parent = nullptr);

    // Shows the rows filter selects in library (nullptr: none); loads the first page.
    Status setFilter(Library *library, const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    const AuditRow &rowAt(int row) const { return m_rows.at(row); }

    // A person's name for an action key ("save" → "Save"); the key itself when unknown.
    static QString actionName(const QString &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    Result<QList<AuditRow>> nextPage() const;

    Library *m_library = nullptr;
    AuditFilter m_filter;
    QList<AuditRow> m_rows;
    bool m_atEnd = true;
    bool m_resetting = false;
};

} // namespace Newsdesk
