#include "libraryview.h"

#include "common/dialogs.h"
#include "config/settings.h"
#include "library/articledetailspane.h"
#include "library/articlelistview.h"
#include "library/articletablemodel.h"
#include "library/channeltreemodel.h"
#include "library/filterbar.h"
#include "library/librarysession.h"
#include "library/savedsearchesmenu.h"
#include "preview/previewpane.h"
#include "storage/leaserepository.h"
#include "storage/library.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

LibraryView::LibraryView(LibrarySession &session, Settings &settings, QAction *saveSearchAction,
                         QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_channels(new ChannelTreeModel(this))
    , m_articles(new ArticleTableModel(this))
{
    setObjectName(u"libraryView"_s);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"librarySplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    m_channelView = new QTreeView(m_splitter);
    m_channelView->setObjectName(u"channelTree"_s);
    m_channelView->setAccessibleName(tr("Channels"));
    m_channelView->setModel(m_channels);
    m_channelView->setUniformRowHeights(true);
    m_channelView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_channelView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_channelView->header()->setStretchLastSection(false);
    m_channelView->header()->setSectionResizeMode(ChannelTreeModel::NameColumn,
                                                  QHeaderView::Stretch);
    m_channelView->header()->setSectionResizeMode(ChannelTreeModel::CountColumn,
                                                  QHeaderView::ResizeToContents);
    // Narrower, and the names of sub-channels (two levels in) vanish behind the counts.
    m_channelView->setMinimumWidth(10 * m_channelView->fontMetrics().height());

    auto *listPanel = new QWidget(m_splitter);
    m_filterBar = new FilterBar(listPanel);
    m_savedSearches = new SavedSearchesMenu(settings, saveSearchAction, m_filterBar);
    m_filterBar->savedSearchesButton()->setMenu(m_savedSearches);
    m_articleView = new ArticleListView(m_articles, listPanel);
    m_articleView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_articleView, 1);

    m_side = new QTabWidget(m_splitter);
    m_side->setObjectName(u"librarySide"_s);
    m_side->setDocumentMode(true);
    m_side->tabBar()->setAccessibleName(tr("Article details and preview"));
    m_details = new ArticleDetailsPane(session, *m_channels, m_side);
    m_side->addTab(m_details, tr("Details"));
    // The preview's page is added when first shown: Qt WebEngine starts only if it is used.
    m_side->addTab(new QWidget(m_side), tr("Preview"));
    m_splitter->addWidget(m_channelView);
    m_splitter->addWidget(listPanel);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({200, 680, 420});
    m_splitter->restoreState(m_settings.bytes(Settings::Key::LibrarySplitterState));
    m_articleView->header()->restoreState(m_settings.bytes(Settings::Key::ArticleListHeaderState));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(&m_session, &LibrarySession::libraryChanged, this, &LibraryView::libraryChanged);
    connect(&m_session, &LibrarySession::currentUserChanged, this, &LibraryView::refreshLeases);
    // Who else is editing what: leases are renewed every minute, so this is fresh enough.
    m_leaseTimer = new QTimer(this);
    m_leaseTimer->setInterval(LeaseRefreshMs);
    connect(m_leaseTimer, &QTimer::timeout, this, &LibraryView::refreshLeases);
    m_leaseTimer->start();
    connect(m_channelView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LibraryView::updateFilter);
    connect(m_filterBar, &FilterBar::changed, this, &LibraryView::updateFilter);
    connect(m_savedSearches, &SavedSearchesMenu::applyRequested, this,
            [this](const QJsonObject &json) { applyFilter(ArticleFilter::fromJson(json)); });
    connect(m_articleView, &ArticleListView::currentArticleChanged, this,
            &LibraryView::showArticle);
    connect(m_articleView, &ArticleListView::selectionCountChanged, this,
            &LibraryView::selectionCountChanged);
    connect(m_articleView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_articles->idAt(index.row()); id > 0)
            Q_EMIT articleOpenRequested(id);
    });
    connect(m_articles, &ArticleTableModel::countChanged, this, &LibraryView::articleCountChanged);
    connect(m_articles, &ArticleTableModel::errorOccurred, this, &LibraryView::errorOccurred);
    connect(m_side, &QTabWidget::currentChanged, this, &LibraryView::sideTabChanged);
    // Tab follows the layout, which is the order the widgets were made in: channels, the
    // search field and filters, the articles, then the details and preview tabs.
    libraryChanged();
}

void LibraryView::saveState()
{
    m_settings.setValue(Settings::Key::LibrarySplitterState, m_splitter->saveState());
    m_settings.setValue(Settings::Key::ArticleListHeaderState,
                        m_articleView->header()->saveState());
}

void LibraryView::setDetailsVisible(bool visible)
{
    m_side->setVisible(visible);
}

PreviewPane *LibraryView::previewPane()
{
    if (!m_preview) {
        m_preview = new PreviewPane(m_session, m_side);
        const int index = m_side->indexOf(m_side->widget(1));
        const QSignalBlocker blocker(m_side);
        QWidget *placeholder = m_side->widget(index);
        m_side->removeTab(index);
        delete placeholder;
        m_side->insertTab(index, m_preview, tr("Preview"));
    }
    return m_preview;
}

void LibraryView::showPreview()
{
    m_side->setCurrentIndex(1);
}

void LibraryView::sideTabChanged(int index)
{
    if (index != 1)
        return;
    PreviewPane *preview = previewPane();
    m_side->setCurrentWidget(preview);
    if (m_previewStale) {
        m_previewStale = false;
        preview->refresh();
    }
    preview->showArticle(m_articleView->currentId());
}

void LibraryView::focusSearch()
{
    m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchField()->selectAll();
}

void LibraryView::libraryChanged()
{
    m_details->clear();
    m_savedSearches->setLocation(m_session.location());
    {
        const QSignalBlocker blocker(m_filterBar);
        m_filterBar->clear();
    }
    reloadChannels();
    reloadCompletions();
    if (!m_channelView->currentIndex().isValid() && m_channels->rowCount() > 0) {
        const QSignalBlocker blocker(m_channelView->selectionModel());
        m_channelView->setCurrentIndex(m_channels->index(0, ChannelTreeModel::NameColumn));
    }
    m_articles->setLibrary(m_session.library());
    refreshLeases();
    updateFilter();
    if (!m_articleView->currentIndex().isValid() && m_articles->rowCount() > 0)
        m_articleView->setCurrentIndex(m_articles->index(0, 0));
}

void LibraryView::reloadChannels()
{
    const qint64 channelId = selectedChannelId();
    Library *library = m_session.library();
    QList<Channel> channels;
    QHash<qint64, int> counts;
    if (library) {
        Result<QList<Channel>> loaded = library->channels().all();
        Result<QHash<qint64, int>> counted = library->articles().countsByChannel();
        if (!loaded || !counted) {
            Q_EMIT errorOccurred(!loaded ? loaded.error().message() : counted.error().message());
            return;
        }
        channels = loaded.value();
        counts = counted.value();
    }
    const QSignalBlocker blocker(m_channelView->selectionModel());
    m_channels->setChannels(channels, counts);
    m_channelView->expandAll();
    QHash<qint64, QString> names;
    for (const Channel &channel : std::as_const(channels))
        names.insert(channel.id, channel.name);
    m_articles->setChannelNames(names);
    const QModelIndex channel = m_channels->indexOf(channelId);
    if (channel.isValid())
        m_channelView->setCurrentIndex(channel);
}

void LibraryView::reloadCompletions()
{
    Library *library = m_session.library();
    if (!library) {
        m_filterBar->setCompletions({}, {}, {}, {});
        return;
    }
    using Field = ArticleListRepository::Field;
    ArticleListRepository &list = library->articleList();
    m_filterBar->setCompletions(
            library->tags().names().valueOr({}), list.values(Field::Author).valueOr({}),
            list.values(Field::Editor).valueOr({}), list.values(Field::Source).valueOr({}));
}

void LibraryView::refresh()
{
    // The preview's site data (sidebar blocks, lists) follows the library when next shown.
    if (m_preview && m_side->currentWidget() == m_preview)
        m_preview->refresh();
    else
        m_previewStale = true;
    reloadChannels();
    reloadCompletions();
    m_articles->refresh();
    refreshLeases();
    showArticle(m_articleView->currentId());
}

void LibraryView::refreshLeases()
{
    Library *library = m_session.library();
    QHash<qint64, Lease> others;
    if (library) {
        Result<QHash<qint64, Lease>> active =
                LeaseRepository(library->database()).activeAt(QDateTime::currentDateTimeUtc());
        if (!active)
            return; // shown again at the next refresh; not worth a message box every 30 s
        const qint64 me = m_session.currentUser() ? m_session.currentUser()->id : 0;
        for (auto it = active.value().cbegin(); it != active.value().cend(); ++it) {
            if (it.value().userId != me)
                others.insert(it.key(), it.value());
        }
    }
    m_articles->setLeases(others);
}

qint64 LibraryView::selectedChannelId() const
{
    const Channel *channel = m_channels->channelAt(m_channelView->currentIndex());
    return channel ? channel->id : 0;
}

QList<qint64> LibraryView::selectedIds() const
{
    return m_articleView->selectedIds();
}

ArticleFilter LibraryView::currentFilter() const
{
    ArticleFilter filter;
    const Channel *channel = m_channels->channelAt(m_channelView->currentIndex());
    // The home channel holds the whole tree: no channel condition at all.
    if (channel && !channel->isRoot())
        filter.channelIds = m_channels->subtreeIds(channel->id);
    m_filterBar->applyTo(filter);
    return filter;
}

void LibraryView::updateFilter()
{
    const ArticleFilter filter = currentFilter();
    if (filter == m_articles->filter() && m_articles->rowCount() > 0)
        return;
    // A new search lists the best matches first; leaving it goes back to the newest changes.
    ArticleSort sort = m_articles->articleSort();
    const bool wasSearching = m_articles->filter().hasSearch();
    if (filter.hasSearch() && !wasSearching)
        sort = {ArticleSortKey::Relevance, true};
    else if (!filter.hasSearch() && sort.key == ArticleSortKey::Relevance)
        sort = {};
    m_articles->setQuery(filter, sort);
}

void LibraryView::applyFilter(const ArticleFilter &filter)
{
    {
        const QSignalBlocker blocker(m_channelView->selectionModel());
        const QModelIndex channel = filter.channelIds.isEmpty()
                ? m_channels->index(0, ChannelTreeModel::NameColumn)
                : m_channels->indexOf(filter.channelIds.constFirst());
        if (channel.isValid())
            m_channelView->setCurrentIndex(channel);
    }
    m_filterBar->showFilter(filter);
    updateFilter();
}

void LibraryView::saveCurrentSearch()
{
    const ArticleFilter filter = currentFilter();
    const QString suggestion = filter.hasSearch() ? filter.search : QString();
    const std::optional<QString> name =
            Dialogs::text(this, tr("Save Search"), tr("Name of the saved search:"), suggestion);
    if (!name || name->trimmed().isEmpty())
        return;
    m_settings.saveSearch(m_session.location(), {name->trimmed(), filter.toJson()});
}

void LibraryView::showArticle(qint64 articleId)
{
    if (articleId == 0)
        m_details->clear();
    else
        m_details->showArticle(articleId);
    if (m_preview && m_side->currentWidget() == m_preview)
        m_preview->showArticle(articleId);
}

} // namespace Newsdesk
