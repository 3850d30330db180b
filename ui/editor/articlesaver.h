#pragma once

#include "core/article.h"
#include "core/user.h"
#include "editor/versioncompareview.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace Newsdesk {

class Library;

// Writes an edited article to the library through the Workflow, as the person working:
// creates a new one, or saves a new revision (a staged edit of a live article) of one that is
// still at the version the editor started from. When someone else saved it meanwhile it shows
// the conflict and does what the person chooses; when someone else holds the edit lease it
// says so and offers to save a copy; refusals are shown with their reason. Nothing is written
// without the person knowing, and nothing the person typed is dropped.
class ArticleSaver final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleSaver)

public:
    struct Saved
    {
        Article article; // as the library now holds it
        bool asCopy = false; // saved as a new article, the conflicting one left as it was
        bool merged = false; // saved merged with someone else's changes: reload the editor
    };

    ArticleSaver(Library &library, User user, QWidget *parent,
                 VersionCompareView::ChannelName channelName = {});

    // Saves edited (its version is the one it started from). nullopt when nothing was saved.
    std::optional<Saved> save(const Article &edited);
    // Saves edited as a new draft of the person's, whatever became of the article it came from.
    std::optional<Saved> saveCopy(const Article &edited);

private:
    std::optional<Saved> create(const Article &article, bool asCopy);
    std::optional<Saved> resolveConflict(const Article &edited, const QString &message);
    void showError(const QString &message);

    Library &m_library;
    User m_user;
    QWidget *m_parent = nullptr;
    VersionCompareView::ChannelName m_channelName;
};

} // namespace Newsdesk
