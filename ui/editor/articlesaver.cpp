#include "articlesaver.h"

#include "common/dialogs.h"
#include "core/approvedcontent.h"
#include "editor/conflictdialog.h"
#include "storage/library.h"
#include "workflow/permissions.h"
#include "workflow/workflow.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

ArticleSaver::ArticleSaver(Library &library, User user, QWidget *parent,
                           VersionCompareView::ChannelName channelName)
    : m_library(library)
    , m_user(std::move(user))
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
    Result<qint64> created = Workflow(m_library, m_user).create(article);
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
    Workflow workflow(m_library, m_user);
    Result<Article> saved = workflow.save(edited);
    if (saved)
        return Saved {saved.value(), false};
    if (saved.error().kind() != Error::Kind::Conflict) {
        showError(saved.error().message());
        return std::nullopt;
    }
    // Two kinds of conflict: someone is editing it now (their lease), or someone saved it
    // since this editor loaded it (a newer version to compare with).
    Result<std::optional<Lease>> other = workflow.otherLease(edited.id);
    if (!other || !other.value())
        return resolveConflict(edited, saved.error().message());
    const QMessageBox::StandardButton answer = Dialogs::question(
            m_parent, tr("Someone Else Is Editing"),
            tr("%1\n\nSave your text as a new article instead? Nothing you typed is lost "
               "either way: it stays in the editor.")
                    .arg(saved.error().message()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return std::nullopt;
    return saveCopy(edited);
}

std::optional<ArticleSaver::Saved> ArticleSaver::saveCopy(const Article &edited)
{
    Article copy = edited;
    copy.id = 0;
    copy.version = 1;
    copy.status = ArticleStatus::Draft;
    copy.pending.reset();
    copy.approvedById = 0;
    copy.approvedByName.clear();
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
    // A copy is a new draft: only a chief editor's copy keeps a place on the front page.
    if (!Permissions::allows(m_user.role, Permission::CurateFrontPage)) {
        copy.flags &= ~ApprovedContent::curationFlags();
        copy.weight = 0;
    }
    return create(copy, true);
}

std::optional<ArticleSaver::Saved> ArticleSaver::resolveConflict(const Article &edited,
                                                                 const QString &message)
{
    Result<Article> theirs = m_library.articles().byId(edited.id);
    if (!theirs) {
        showError(message + u'\n' + theirs.error().message());
        return std::nullopt;
    }
    // What both started from, to merge them; an article without that revision (a library
    // from before revisions) can still be overwritten or copied.
    std::optional<ArticleMerge> merge;
    if (Result<Article> base = m_library.review().revision(edited.id, edited.version); base)
        merge = ArticleMerge::merge(base.value(), theirs.value(), edited);
    switch (ConflictDialog::ask(m_parent, theirs.value(), edited, m_channelName, merge)) {
    case ConflictDialog::Choice::Merge: {
        // merged carries their version: a save that conflicts again (a third person) asks
        // again.
        std::optional<Saved> saved = save(merge->merged);
        if (saved)
            saved->merged = true;
        return saved;
    }
    case ConflictDialog::Choice::Overwrite: {
        // Theirs stays in the article's revisions; a save that conflicts again (a third
        // person) asks again.
        Article mine = edited;
        mine.version = theirs.value().version;
        return save(mine);
    }
    case ConflictDialog::Choice::SaveCopy:
        return saveCopy(edited);
    case ConflictDialog::Choice::Cancel:
        break;
    }
    return std::nullopt;
}

} // namespace Newsdesk
