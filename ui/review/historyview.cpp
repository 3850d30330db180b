#include "historyview.h"

#include "library/auditlogmodel.h"
#include "library/librarysession.h"
#include "review/revisiondiffview.h"
#include "storage/library.h"
#include "workflow/workflow.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr int VersionRole = Qt::UserRole;
}

HistoryView::HistoryView(LibrarySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"history.list"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Version"), tr("Who"), tr("When"), tr("Action"), tr("Detail")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_diff = new RevisionDiffView(this);
    m_diff->setObjectName(u"history.diff"_s);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"history.hint"_s);
    m_hint->setWordWrap(true);
    m_restore = new QPushButton(tr("&Restore This Version"), this);
    m_restore->setObjectName(u"history.restore"_s);
    m_restore->setToolTip(tr("Bring back the content of the selected version as a new version; "
                             "the state of the article stays as it is"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hint, 1);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryView::selectionChanged);
    connect(m_restore, &QPushButton::clicked, this, &HistoryView::restoreSelected);
    selectionChanged();
}

void HistoryView::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    m_revisions.clear();
    m_entries.clear();
    m_list->clear();
    Library *library = m_session.library();
    if (!library || articleId <= 0)
        return;
    Result<QList<HistoryEntry>> history = library->review().historyOf(articleId);
    if (!history) {
        Q_EMIT errorOccurred(history.error().message());
        return;
    }
    m_entries = std::move(history).value();
    QList<QTreeWidgetItem *> items;
    for (const HistoryEntry &e : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem;
        item->setData(VersionColumn, VersionRole, e.version);
        item->setText(VersionColumn, QString::number(e.version));
        item->setText(WhoColumn, e.savedByName);
        item->setText(WhenColumn,
                      QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(ActionColumn,
                      e.action.isEmpty() ? QString() : AuditLogModel::actionName(e.action));
        item->setToolTip(ActionColumn, e.action);
        item->setText(DetailColumn, e.detail.simplified());
        item->setToolTip(DetailColumn, e.detail);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    // The latest revision against the one before it, to start with.
    if (!items.isEmpty())
        m_list->setCurrentItem(items.constLast());
}

void HistoryView::selectVersions(const QList<int> &versions)
{
    m_list->clearSelection();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (versions.contains(item->data(VersionColumn, VersionRole).toInt()))
            item->setSelected(true);
    }
}

QList<int> HistoryView::selectedVersions() const
{
    QList<int> versions;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        versions.append(item->data(VersionColumn, VersionRole).toInt());
    std::sort(versions.begin(), versions.end());
    return versions;
}

QString HistoryView::label(int version) const
{
    for (const HistoryEntry &e : m_entries) {
        if (e.version == version)
            return tr("Version %1 (%2, %3)")
                    .arg(version)
                    .arg(e.savedByName,
                         QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat));
    }
    return tr("Version %1").arg(version);
}

Result<Article> HistoryView::revision(int version)
{
    if (auto found = m_revisions.constFind(version); found != m_revisions.cend())
        return *found;
    Result<Article> article = m_session.library()->review().revision(m_articleId, version);
    if (article)
        m_revisions.insert(version, article.value());
    return article;
}

void HistoryView::selectionChanged()
{
    const QList<int> versions = selectedVersions();
    m_restore->setEnabled(versions.size() == 1 && m_session.library());
    if (versions.isEmpty() || versions.size() > 2 || !m_session.library()) {
        m_hint->setText(tr("Select one version to see what it changed, or two to compare them."));
        return;
    }
    // One version: what it changed from the one before (the first against itself).
    int before = versions.constFirst();
    const int after = versions.constLast();
    if (versions.size() == 1) {
        for (const HistoryEntry &e : std::as_const(m_entries)) {
            if (e.version < after)
                before = e.version;
        }
    }
    Result<Article> older = revision(before);
    Result<Article> newer = revision(after);
    if (!older || !newer) {
        Q_EMIT errorOccurred(!older ? older.error().message() : newer.error().message());
        return;
    }
    QHash<qint64, QString> channels;
    for (const Channel &c : m_session.library()->channels().all().valueOr({}))
        channels.insert(c.id, c.name);
    m_diff->setArticles(older.value(), label(before), newer.value(), label(after),
                        [channels](qint64 id) { return channels.value(id); });
    m_hint->setText(versions.size() == 1
                            ? tr("Version %1 against the version before it.").arg(after)
                            : tr("Version %1 against version %2.").arg(after).arg(before));
}

void HistoryView::restoreSelected()
{
    const QList<int> versions = selectedVersions();
    Library *library = m_session.library();
    if (versions.size() != 1 || !library)
        return;
    if (!m_session.currentUser()) {
        Q_EMIT errorOccurred(tr("Sign in to restore a version."));
        return;
    }
    Workflow workflow(*library, *m_session.currentUser());
    Result<Article> done = workflow.restoreRevision(m_articleId, versions.constFirst());
    if (!done) {
        Q_EMIT errorOccurred(tr("Version %1 was not restored: %2")
                                     .arg(versions.constFirst())
                                     .arg(done.error().message()));
        return;
    }
    setArticle(m_articleId);
    Q_EMIT restored(done.value());
}

} // namespace Newsdesk
