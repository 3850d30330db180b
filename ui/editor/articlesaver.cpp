#include "articlesaver.h"

#include "common/dialogs.h"
#include "editor/conflictdialog.h"
#include "storage/library.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

ArticleSaver::ArticleSaver(Library &library, qint64 userId, QWidget *parent,
                           VersionCompareView::ChannelName channelName)
    : m_library(library)
    , m_userId(userId)
    , m_parent(parent)
    , m_channelName(std::move(channelName))
{
}

void ArticleSaver::showError(const QString &message)
{
    Dialogs::critical(m_parent, tr("Cannot Save the Article"), message);
}

std::optional<ArticleSaver::Saved> ArticleSaver::create(const Article &article, bool asCopy)
{
    Result<qint64> created = m_library.articles().create(article, m_userId);
    if (!created) {
        showError(created.error().message());
        return std::nullopt;
    }
    Result<Article> loaded = m_library.articles().byId(created.value());
    if (!loaded) {
        showError(loaded.error().message());
        return std::nullopt;
    }
    return Saved {loaded.value(), asCopy};
}

std::optional<ArticleSaver::Saved> ArticleSaver::save(const Article &edited)
{
    if (edited.id == 0)
        return create(edited, false);
    Result<Article> saved = m_library.articles().save(edited, m_userId, u"save"_s);
    if (saved)
        return Saved {saved.value(), false};
    if (saved.error().kind() == Error::Kind::Conflict)
        return resolveConflict(edited, saved.error().message());
    showError(saved.error().message());
    return std::nullopt;
}

std::optional<ArticleSaver::Saved> ArticleSaver::resolveConflict(const Article &edited,
                                                                 const QString &message)
{
    Result<Article> theirs = m_library.articles().byId(edited.id);
    if (!theirs) {
        showError(message + u'\n' + theirs.error().message());
        return std::nullopt;
    }
    switch (ConflictDialog::ask(m_parent, theirs.value(), edited, m_channelName)) {
    case ConflictDialog::Choice::Overwrite: {
        // Theirs stays in the article's revisions; a save that conflicts again (a third
        // person) asks again.
        Article mine = edited;
        mine.version = theirs.value().version;
        return save(mine);
    }
    case ConflictDialog::Choice::SaveCopy: {
        Article copy = edited;
        copy.id = 0;
        copy.version = 1;
        copy.status = ArticleStatus::Draft;
        copy.approvedById = 0;
        copy.approvedAt = {};
        copy.approvedRevisionId = 0;
        copy.approvedHash.clear();
        copy.trashedAt = {};
        copy.createdById = 0;
        copy.createdAt = {};
        copy.updatedAt = {};
        copy.clicks = copy.votesUp = copy.votesDown = 0;
        // Two articles cannot be published under one custom file name.
        copy.fileName.clear();
        return create(copy, true);
    }
    case ConflictDialog::Choice::Cancel:
        break;
    }
    return std::nullopt;
}

} // namespace Newsdesk
