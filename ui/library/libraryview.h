#pragma once

#include "core/articlefilter.h"

#include <QJsonObject>
#include <QWidget>

class QSplitter;
class QTabWidget;
class QTimer;
class QTreeView;

namespace Newsdesk {

class ArticleDetailsPane;
class ArticleListView;
class ArticleTableModel;
class ChannelTreeModel;
class FilterBar;
class LibrarySession;
class PreviewPane;
class SavedSearchesMenu;
class Settings;

// The library: the channel tree with article counts; the search field and filters; the
// articles of the selected channel and its sub-channels that pass them (any number, fetched in
// windows); and the current article's details.
class LibraryView final : public QWidget
{
    Q_OBJECT

public:
    LibraryView(LibrarySession &session, Settings &settings, QAction *saveSearchAction,
                QWidget *parent = nullptr);

    // Reloads channels, counts, completions and the list, keeping selection and scroll.
    void refresh();
    // Reads who else is editing which article (their edit leases) for the list's indicator;
    // done by itself every LeaseRefreshMs.
    void refreshLeases();
    static constexpr int LeaseRefreshMs = 30000;
    void setDetailsVisible(bool visible);
    void saveState();
    void focusSearch();
    // Asks for a name and keeps the current filter as a saved search.
    void saveCurrentSearch();
    void applyFilter(const ArticleFilter &filter);

    ArticleFilter currentFilter() const;
    QList<qint64> selectedIds() const;
    qint64 selectedChannelId() const;

    QTreeView *channelView() const { return m_channelView; }
    ArticleListView *articleView() const { return m_articleView; }
    ArticleDetailsPane *detailsPane() const { return m_details; }
    // The preview, created when its tab is first shown (Qt WebEngine starts then).
    PreviewPane *previewPane();
    void showPreview();
    ChannelTreeModel *channelModel() const { return m_channels; }
    ArticleTableModel *articleModel() const { return m_articles; }
    FilterBar *filterBar() const { return m_filterBar; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void articleCountChanged(int shown);
    void selectionCountChanged(int selected);
    // An article was double-clicked or Enter pressed on it: the person wants to edit it.
    void articleOpenRequested(qint64 articleId);

private:
    void libraryChanged();
    void reloadChannels();
    void reloadCompletions();
    void updateFilter();
    void showArticle(qint64 articleId);
    void sideTabChanged(int index);

    LibrarySession &m_session;
    Settings &m_settings;
    ChannelTreeModel *m_channels = nullptr;
    ArticleTableModel *m_articles = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_channelView = nullptr;
    FilterBar *m_filterBar = nullptr;
    SavedSearchesMenu *m_savedSearches = nullptr;
    ArticleListView *m_articleView = nullptr;
    ArticleDetailsPane *m_details = nullptr;
    QTabWidget *m_side = nullptr;
    PreviewPane *m_preview = nullptr;
    bool m_previewStale = false;
    QTimer *m_leaseTimer = nullptr;
};

} // namespace Newsdesk
