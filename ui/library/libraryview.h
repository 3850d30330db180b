#pragma once

#include <QWidget>

class QItemSelection;
class QLabel;
class QSplitter;
class QTreeView;

namespace Newsdesk {

class ArticleDetailsPane;
class ArticleListModel;
class ChannelTreeModel;
class LibrarySession;
class Settings;

// The library: the channel tree with article counts, the articles of the selected channel
// (and its sub-channels), and the selected article's details.
class LibraryView final : public QWidget
{
    Q_OBJECT

public:
    LibraryView(LibrarySession &session, Settings &settings, QWidget *parent = nullptr);

    // Reloads channels and articles, keeping the selected channel and article.
    void refresh();
    void setDetailsVisible(bool visible);
    void saveState();

    QTreeView *channelView() const { return m_channelView; }
    QTreeView *articleView() const { return m_articleView; }
    ArticleDetailsPane *detailsPane() const { return m_details; }
    ChannelTreeModel *channelModel() const { return m_channels; }
    ArticleListModel *articleModel() const { return m_articles; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void articleCountChanged(int shown);

private:
    void libraryChanged();
    void channelSelected();
    void articleSelected();
    void loadArticles(qint64 keepArticleId);
    qint64 selectedChannelId() const;
    qint64 selectedArticleId() const;

    LibrarySession &m_session;
    Settings &m_settings;
    ChannelTreeModel *m_channels = nullptr;
    ArticleListModel *m_articles = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_channelView = nullptr;
    QTreeView *m_articleView = nullptr;
    ArticleDetailsPane *m_details = nullptr;
};

} // namespace Newsdesk
