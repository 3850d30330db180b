#pragma once

#include <QObject>

namespace Newsdesk {

class LibrarySession;
class Taxonomy;
class LibraryView;

// Managing the channel tree from the library view: new sub-channel, edit (rename, URL name,
// SEO, page size, URL rule), move under another channel, delete (asking where its articles
// go when it holds any).
class ChannelActions final : public QObject
{
    Q_OBJECT

public:
    ChannelActions(LibrarySession &session, LibraryView &view, QWidget *dialogParent);

    void newChannel();
    void editChannel();
    void moveChannel();
    void deleteChannel();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // Articles moved to another channel (lists, search and pages follow).
    void articlesChanged(const QList<qint64> &articleIds);

private:
    void fail(const QString &title, const QString &message);

    Taxonomy taxonomy() const;

    LibrarySession &m_session;
    LibraryView &m_view;
    QWidget *m_dialogParent = nullptr;
};

} // namespace Newsdesk
