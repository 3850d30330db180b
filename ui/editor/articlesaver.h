#pragma once

#include "core/article.h"
#include "editor/versioncompareview.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace Newsdesk {

class Library;

// Writes an edited article to the library: creates a new one, or saves a new revision of one
// that is still at the version the editor started from. When someone else saved it meanwhile
// it shows the conflict and does what the person chooses; other failures are shown with the
// library's message. Nothing is written without the person knowing.
class ArticleSaver final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleSaver)

public:
    struct Saved
    {
        Article article; // as the library now holds it
        bool asCopy = false; // saved as a new article, the conflicting one left as it was
    };

    ArticleSaver(Library &library, qint64 userId, QWidget *parent,
                 VersionCompareView::ChannelName channelName = {});

    // Saves edited (its version is the one it started from). nullopt when nothing was saved.
    std::optional<Saved> save(const Article &edited);

private:
    std::optional<Saved> create(const Article &article, bool asCopy);
    std::optional<Saved> resolveConflict(const Article &edited, const QString &message);
    void showError(const QString &message);

    Library &m_library;
    qint64 m_userId = 0;
    QWidget *m_parent = nullptr;
    VersionCompareView::ChannelName m_channelName;
};

} // namespace Newsdesk
