#include "libraryview.h"

#include "config/settings.h"
#include "library/articledetailspane.h"
#include "library/articlelistmodel.h"
#include "library/channeltreemodel.h"
#include "library/librarysession.h"
#include "storage/library.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Newsdesk {

LibraryView::LibraryView(LibrarySession &session, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_channels(new ChannelTreeModel(this))
    , m_articles(new ArticleListModel(this))
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
    m_channelView->header()->setStretchLastSection(false);
    m_channelView->header()->setSectionResizeMode(ChannelTreeModel::NameColumn,
                                                  QHeaderView::Stretch);
    m_channelView->header()->setSectionResizeMode(ChannelTreeModel::CountColumn,
                                                  QHeaderView::ResizeToContents);

    m_articleView = new QTreeView(m_splitter);
    m_articleView->setObjectName(u"articleList"_s);
    m_articleView->setAccessibleName(tr("Articles"));
    m_articleView->setModel(m_articles);
    m_articleView->setRootIsDecorated(false);
    m_articleView->setUniformRowHeights(true);
    m_articleView->setAlternatingRowColors(true);
    m_articleView->setSortingEnabled(true);
    m_articleView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_articleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articleView->header()->setSectionsMovable(true);
    m_articleView->setColumnWidth(ArticleListModel::TitleColumn, 360);
    m_articleView->sortByColumn(ArticleListModel::UpdatedColumn, Qt::DescendingOrder);

    m_details = new ArticleDetailsPane(session, *m_channels, m_splitter);
    m_splitter->addWidget(m_channelView);
    m_splitter->addWidget(m_articleView);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({200, 640, 420});
    m_splitter->restoreState(m_settings.bytes(Settings::Key::LibrarySplitterState));
    m_articleView->header()->restoreState(m_settings.bytes(Settings::Key::ArticleListHeaderState));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(&m_session, &LibrarySession::libraryChanged, this, &LibraryView::libraryChanged);
    connect(m_channelView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LibraryView::channelSelected);
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryView::articleSelected);
    setTabOrder(m_channelView, m_articleView);
    setTabOrder(m_articleView, m_details);
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
    m_details->setVisible(visible);
}

void LibraryView::libraryChanged()
{
    m_details->clear();
    refresh();
    if (!selectedChannelId() && m_channels->rowCount() > 0)
        m_channelView->setCurrentIndex(m_channels->index(0, ChannelTreeModel::NameColumn));
}

qint64 LibraryView::selectedChannelId() const
{
    const QModelIndex current = m_channelView->currentIndex();
    const Channel *channel = m_channels->channelAt(current);
    return channel ? channel->id : 0;
}

qint64 LibraryView::selectedArticleId() const
{
    const ArticleSummary *article = m_articles->articleAt(m_articleView->currentIndex());
    return article ? article->id : 0;
}

void LibraryView::refresh()
{
    const qint64 channelId = selectedChannelId();
    const qint64 articleId = selectedArticleId();
    Library *library = m_session.library();
    if (!library) {
        m_channels->setChannels({}, {});
        m_articles->clear();
        return;
    }
    Result<QList<Channel>> channels = library->channels().all();
    Result<QHash<qint64, int>> counts = library->articles().countsByChannel();
    if (!channels || !counts) {
        Q_EMIT errorOccurred(!channels ? channels.error().message() : counts.error().message());
        return;
    }
    {
        const QSignalBlocker blocker(m_channelView->selectionModel());
        m_channels->setChannels(channels.value(), counts.value());
        m_channelView->expandAll();
        const QModelIndex channel = m_channels->indexOf(channelId);
        if (channel.isValid())
            m_channelView->setCurrentIndex(channel);
    }
    loadArticles(articleId);
}

void LibraryView::channelSelected()
{
    loadArticles(0);
}

void LibraryView::loadArticles(qint64 keepArticleId)
{
    Library *library = m_session.library();
    const qint64 channelId = selectedChannelId();
    if (!library || channelId == 0) {
        m_articles->clear();
        m_details->clear();
        Q_EMIT articleCountChanged(0);
        return;
    }
    ArticleQuery query;
    query.channelIds = m_channels->subtreeIds(channelId);
    Result<QList<ArticleSummary>> articles = library->articles().list(query);
    if (!articles) {
        Q_EMIT errorOccurred(articles.error().message());
        return;
    }
    QHash<qint64, QString> names;
    for (qint64 id : std::as_const(query.channelIds))
        names.insert(id, m_channels->nameOf(id));
    m_articles->setArticles(articles.value(), names);
    Q_EMIT articleCountChanged(int(articles.value().size()));
    // Keep the article that was selected; otherwise select the first, so the details pane
    // always shows something when there is something to show.
    QModelIndex keep = m_articles->indexOf(keepArticleId);
    if (!keep.isValid() && m_articles->rowCount() > 0)
        keep = m_articleView->model()->index(0, ArticleListModel::TitleColumn);
    if (keep.isValid()) {
        m_articleView->setCurrentIndex(keep);
        m_articleView->scrollTo(keep);
    } else {
        m_details->clear();
    }
}

void LibraryView::articleSelected()
{
    const qint64 id = selectedArticleId();
    if (id == 0)
        m_details->clear();
    else if (id != m_details->articleId())
        m_details->showArticle(id);
}

} // namespace Newsdesk
