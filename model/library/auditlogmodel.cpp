#include "auditlogmodel.h"

#include "storage/library.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Newsdesk {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString AuditLogModel::actionName(const QString &key)
{
    static const QHash<QString, const char *> names {
            {u"create"_s, QT_TR_NOOP("Create")},
            {u"save"_s, QT_TR_NOOP("Save")},
            {u"import"_s, QT_TR_NOOP("Import")},
            {u"submit"_s, QT_TR_NOOP("Submit")},
            {u"approve"_s, QT_TR_NOOP("Approve")},
            {u"return"_s, QT_TR_NOOP("Return")},
            {u"publish"_s, QT_TR_NOOP("Publish")},
            {u"withdraw"_s, QT_TR_NOOP("Withdraw")},
            {u"export"_s, QT_TR_NOOP("Export")},
            {u"trash"_s, QT_TR_NOOP("Move to trash")},
            {u"restore"_s, QT_TR_NOOP("Restore")},
            {u"move"_s, QT_TR_NOOP("Move to channel")},
            {u"flags"_s, QT_TR_NOOP("Set flags")},
            {u"tag"_s, QT_TR_NOOP("Add tags")},
            {u"untag"_s, QT_TR_NOOP("Remove tags")},
            {u"tags"_s, QT_TR_NOOP("Change tags")},
            {u"user.add"_s, QT_TR_NOOP("Add user")},
            {u"user.role"_s, QT_TR_NOOP("Change role")},
            {u"user.password"_s, QT_TR_NOOP("Set password")},
            {u"user.deactivate"_s, QT_TR_NOOP("Deactivate user")},
            {u"user.activate"_s, QT_TR_NOOP("Reactivate user")},
            {u"comment"_s, QT_TR_NOOP("Comment")},
            {u"repin"_s, QT_TR_NOOP("Approval moved with a taxonomy change")},
            {u"lease.takeover"_s, QT_TR_NOOP("Take over editing")},
            {u"tag.create"_s, QT_TR_NOOP("Create tag")},
            {u"tag.rename"_s, QT_TR_NOOP("Rename tag")},
            {u"tag.merge"_s, QT_TR_NOOP("Merge tags")},
            {u"tag.delete"_s, QT_TR_NOOP("Delete tag")},
            {u"site.settings"_s, QT_TR_NOOP("Change site settings")},
    };
    const char *name = names.value(key, nullptr);
    return name ? tr(name) : key;
}

Result<QList<AuditRow>> AuditLogModel::nextPage() const
{
    AuditFilter page = m_filter;
    page.limit = PageSize;
    page.offset = 0;
    if (!m_rows.isEmpty()) {
        page.beforeAt = m_rows.constLast().entry.at;
        page.beforeId = m_rows.constLast().entry.id;
    }
    return m_library->history().auditLog(page);
}

Status AuditLogModel::setFilter(Library *library, const AuditFilter &filter)
{
    beginResetModel();
    // Views ask for more while the reset is announced; they ask again once laid out.
    m_resetting = true;
    m_library = library;
    m_filter = filter;
    m_rows.clear();
    m_atEnd = library == nullptr;
    Status status;
    if (library) {
        Result<QList<AuditRow>> page = nextPage();
        if (page) {
            m_rows = page.value();
            m_atEnd = m_rows.size() < PageSize;
        } else {
            m_atEnd = true;
            status = page.error();
        }
    }
    endResetModel();
    m_resetting = false;
    return status;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRow &row = m_rows.at(index.row());
    const AuditEntry &e = row.entry;
    switch (role) {
    case ActionKeyRole:
        return e.action;
    case ArticleIdRole:
        return e.articleId;
    case EntryIdRole:
        return e.id;
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn)
            return e.action;
        if (index.column() == DetailColumn)
            return e.detail;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case UserColumn:
            return row.userName;
        case ActionColumn:
            return actionName(e.action);
        case ArticleColumn:
            if (e.articleId <= 0)
                return QString();
            return row.articleTitle.isEmpty()
                    ? u"#%1"_s.arg(e.articleId)
                    : u"#%1 %2"_s.arg(e.articleId).arg(row.articleTitle);
        case DetailColumn:
            return QString(e.detail).replace(u'\n', u' ');
        }
        return {};
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case ArticleColumn:
        return tr("Article");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Result<QList<AuditRow>> page = nextPage();
    if (!page) {
        m_atEnd = true;
        Q_EMIT errorOccurred(page.error().message());
        return;
    }
    m_atEnd = page.value().size() < PageSize;
    if (page.value().isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.value().size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

} // namespace Newsdesk
