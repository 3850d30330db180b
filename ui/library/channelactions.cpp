#include "channelactions.h"

#include "workflow/taxonomy.h"

#include "common/dialogs.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "manage/channeldialog.h"
#include "manage/channelpickerdialog.h"
#include "storage/library.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

Taxonomy ChannelActions::taxonomy() const
{
    return Taxonomy(*m_session.library(), m_session.currentUser().value_or(User {}));
}

ChannelActions::ChannelActions(LibrarySession &session, LibraryView &view, QWidget *dialogParent)
    : QObject(&view)
    , m_session(session)
    , m_view(view)
    , m_dialogParent(dialogParent)
{
}

void ChannelActions::fail(const QString &title, const QString &message)
{
    Dialogs::critical(m_dialogParent, title, message);
}

void ChannelActions::newChannel()
{
    Library *library = m_session.library();
    if (!library)
        return;
    Channel channel;
    channel.parentId = m_view.selectedChannelId();
    ChannelDialog dialog(channel, tr("New Channel"), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<qint64> id = taxonomy().addChannel(dialog.channel());
    if (!id)
        return fail(tr("New Channel"), id.error().message());
    m_view.refresh();
    Q_EMIT statusMessage(tr("Channel \"%1\" created.").arg(dialog.channel().name));
}

void ChannelActions::editChannel()
{
    Library *library = m_session.library();
    if (!library || m_view.selectedChannelId() == 0)
        return;
    Result<Channel> channel = library->channels().byId(m_view.selectedChannelId());
    if (!channel)
        return fail(tr("Edit Channel"), channel.error().message());
    ChannelDialog dialog(channel.value(), tr("Edit Channel"), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status saved = taxonomy().updateChannel(dialog.channel()); !saved)
        return fail(tr("Edit Channel"), saved.error().message());
    m_view.refresh();
}

void ChannelActions::moveChannel()
{
    Library *library = m_session.library();
    const qint64 id = m_view.selectedChannelId();
    if (!library || id == 0)
        return;
    Result<Channel> channel = library->channels().byId(id);
    if (!channel)
        return fail(tr("Move Channel"), channel.error().message());
    if (channel.value().isRoot())
        return fail(tr("Move Channel"), tr("The home channel cannot be moved."));
    ChannelPickerDialog dialog(tr("Move Channel"),
                               tr("Move \"%1\" under:").arg(channel.value().name),
                               library->channels().all().valueOr({}),
                               library->articles().countsByChannel().valueOr({}), m_dialogParent);
    dialog.exclude(id, true);
    if (dialog.exec() != QDialog::Accepted || dialog.channelId() == 0)
        return;
    if (Status moved = taxonomy().moveChannel(id, dialog.channelId()); !moved)
        return fail(tr("Move Channel"), moved.error().message());
    m_view.refresh();
}

void ChannelActions::deleteChannel()
{
    Library *library = m_session.library();
    const qint64 id = m_view.selectedChannelId();
    if (!library || id == 0)
        return;
    Result<Channel> channel = library->channels().byId(id);
    Result<int> articles = library->channels().articleCount(id);
    if (!channel || !articles)
        return fail(tr("Delete Channel"),
                    !channel ? channel.error().message() : articles.error().message());
    qint64 target = 0;
    if (articles.value() > 0) {
        ChannelPickerDialog dialog(
                tr("Delete Channel"),
                tr("\"%1\" holds %n article(s). Move them to:", "", articles.value())
                        .arg(channel.value().name),
                library->channels().all().valueOr({}),
                library->articles().countsByChannel().valueOr({}), m_dialogParent);
        dialog.exclude(id, false);
        dialog.setChannelId(channel.value().parentId);
        if (dialog.exec() != QDialog::Accepted || dialog.channelId() == 0)
            return;
        target = dialog.channelId();
    } else if (Dialogs::question(m_dialogParent, tr("Delete Channel"),
                                 tr("Delete the empty channel \"%1\"?").arg(channel.value().name))
               != QMessageBox::Yes) {
        return;
    }
    // The ids of the moved articles, for the search index and pages, before they move.
    ArticleFilter moved;
    moved.channelIds = {id};
    QList<qint64> movedIds;
    for (auto scope : {ArticleFilter::Scope::Library, ArticleFilter::Scope::Trash}) {
        moved.scope = scope;
        movedIds += library->articleList().ids(moved, {}, 0, articles.value()).valueOr({});
    }
    if (Status removed = taxonomy().removeChannel(id, target); !removed)
        return fail(tr("Delete Channel"), removed.error().message());
    m_view.refresh();
    if (!movedIds.isEmpty())
        Q_EMIT articlesChanged(movedIds);
    Q_EMIT statusMessage(tr("Channel \"%1\" deleted.").arg(channel.value().name));
}

} // namespace Newsdesk
