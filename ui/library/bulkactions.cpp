#include "bulkactions.h"

#include "common/dialogs.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "manage/channelpickerdialog.h"
#include "manage/flagsdialog.h"
#include "manage/tagsinputdialog.h"
#include "workflow/articlebatch.h"
#include "storage/library.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr int MaxListedSkips = 12;
}

BulkActions::BulkActions(LibrarySession &session, LibraryView &view, QWidget *dialogParent)
    : QObject(&view)
    , m_session(session)
    , m_view(view)
    , m_dialogParent(dialogParent)
{
}

QList<qint64> BulkActions::selection() const
{
    return m_session.library() ? m_view.selectedIds() : QList<qint64>();
}

ArticleBatch BulkActions::batch() const
{
    // Nobody signed in: every article is skipped with the reason.
    return ArticleBatch(m_session.library()->database(), m_session.currentUser().value_or(User {}));
}

void BulkActions::finish(const Result<BatchOutcome> &outcome, const QString &title)
{
    if (!outcome) {
        Dialogs::critical(m_dialogParent, title, outcome.error().message());
        return;
    }
    const BatchOutcome &o = outcome.value();
    m_view.refresh();
    if (!o.changed.isEmpty())
        Q_EMIT articlesChanged(o.changed);
    const QString changed = tr("%1: %n article(s) changed", "", int(o.changed.size())).arg(title);
    if (o.skipped.isEmpty()) {
        Q_EMIT statusMessage(changed + u'.');
        return;
    }
    QStringList lines;
    for (qsizetype i = 0; i < o.skipped.size() && i < MaxListedSkips; ++i) {
        const auto &[id, reason] = o.skipped.at(i);
        lines.append(tr("Article %1: %2").arg(id).arg(reason));
    }
    if (o.skipped.size() > MaxListedSkips)
        lines.append(tr("… and %n more", "", int(o.skipped.size() - MaxListedSkips)));
    const QString skipped = tr("%n article(s) left as they were", "", int(o.skipped.size()));
    Q_EMIT statusMessage(changed + u"; "_s + skipped + u'.');
    Dialogs::information(m_dialogParent, title,
                         changed + u".\n\n"_s + skipped + u":\n"_s + lines.join(u'\n'));
}

void BulkActions::addTags()
{
    const QList<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    TagsInputDialog dialog(
            tr("Add Tags"),
            tr("Tags to add to %n article(s), separated by commas:", "", int(ids.size())),
            m_session.library()->tags().names().valueOr({}), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(batch().addTags(ids, dialog.tags()),
           tr("Add Tags"));
}

void BulkActions::removeTags()
{
    const QList<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    TagsInputDialog dialog(
            tr("Remove Tags"),
            tr("Tags to remove from %n article(s), separated by commas:", "", int(ids.size())),
            m_session.library()->tags().names().valueOr({}), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(batch().removeTags(ids, dialog.tags()),
           tr("Remove Tags"));
}

void BulkActions::moveToChannel()
{
    const QList<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    Library *library = m_session.library();
    ChannelPickerDialog dialog(tr("Move to Channel"),
                               tr("Move %n article(s) to:", "", int(ids.size())),
                               library->channels().all().valueOr({}),
                               library->articles().countsByChannel().valueOr({}), m_dialogParent);
    dialog.setChannelId(m_view.selectedChannelId());
    if (dialog.exec() != QDialog::Accepted || dialog.channelId() == 0)
        return;
    finish(batch().moveToChannel(ids, dialog.channelId()),
           tr("Move to Channel"));
}

void BulkActions::setFlags()
{
    const QList<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    FlagsDialog dialog(m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(batch()
                   .setFlags(ids, dialog.flagsToSet(), dialog.flagsToClear()),
           tr("Set Flags"));
}

void BulkActions::submit()
{
    const QList<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    finish(batch().submit(ids),
           tr("Submit for Review"));
}

void BulkActions::moveToTrash()
{
    const QList<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    finish(batch().moveToTrash(ids),
           tr("Move to Trash"));
}

void BulkActions::restore()
{
    const QList<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    finish(batch().restore(ids),
           tr("Restore from Trash"));
}

} // namespace Newsdesk
