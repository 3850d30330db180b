#include "importchannels.h"

#include "storage/library.h"
#include "workflow/permissions.h"
#include "workflow/taxonomy.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QString normalised(const QString &text)
{
    return text.simplified().toCaseFolded();
}
} // namespace

ImportChannels::ImportChannels(Library &library, User user, bool dryRun)
    : m_library(library)
    , m_user(std::move(user))
    , m_dryRun(dryRun)
{
}

Status ImportChannels::load()
{
    Result<QList<Channel>> all = m_library.channels().all();
    if (!all)
        return all.error();
    m_channels.clear();
    m_children.clear();
    for (const Channel &channel : all.value()) {
        m_channels.insert(channel.id, channel);
        if (channel.isRoot())
            m_rootId = m_rootId ? m_rootId : channel.id;
        else
            m_children[channel.parentId].append(channel.id);
    }
    if (!m_rootId)
        return Error(Error::Kind::Invalid,
                     tr("The library %1 has no channels to import into.").arg(m_library.location()));
    return {};
}

qint64 ImportChannels::child(qint64 parentId, const QString &segment) const
{
    const QString wanted = normalised(segment);
    const QString slug = ChannelRepository::slugFor(segment);
    for (qint64 id : m_children.value(parentId)) {
        const Channel &channel = m_channels[id];
        if (normalised(channel.name) == wanted || channel.slug == wanted)
            return id;
    }
    for (qint64 id : m_children.value(parentId)) {
        if (!slug.isEmpty() && m_channels[id].slug == slug)
            return id;
    }
    return 0;
}

qint64 ImportChannels::anywhere(const QString &segment) const
{
    QList<qint64> level = m_children.value(m_rootId);
    while (!level.isEmpty()) {
        QList<qint64> next;
        for (qint64 id : std::as_const(level)) {
            if (const qint64 found = child(id, segment))
                return found;
            next += m_children.value(id);
        }
        level = next;
    }
    return 0;
}

std::pair<qint64, int> ImportChannels::deepest(const QStringList &segments) const
{
    qint64 at = m_rootId;
    int matched = 0;
    int start = 0;
    if (!segments.isEmpty() && normalised(segments.first()) == normalised(m_channels[m_rootId].name))
        start = matched = 1;
    for (int i = start; i < segments.size(); ++i) {
        qint64 next = child(at, segments.at(i));
        // A path may start below the top ("热点", a category naming a sub-channel): the first
        // channel of that name anywhere in the tree, parents before children.
        if (!next && i == start)
            next = anywhere(segments.at(i));
        if (!next)
            break;
        at = next;
        matched = i + 1;
    }
    return {at, matched};
}

QString ImportChannels::pathName(qint64 channelId) const
{
    QStringList names;
    for (qint64 id = channelId; id && id != m_rootId && m_channels.contains(id);
         id = m_channels[id].parentId)
        names.prepend(m_channels[id].name);
    return names.isEmpty() ? m_channels.value(m_rootId).name : names.join(u" > "_s);
}

Result<qint64> ImportChannels::add(qint64 parentId, const QString &name)
{
    Channel channel;
    channel.parentId = parentId;
    channel.name = name.simplified();
    QString slug = ChannelRepository::slugFor(channel.name);
    if (slug.isEmpty())
        slug = u"channel"_s;
    QString unique = slug;
    for (int n = 2;; ++n) {
        bool taken = false;
        for (qint64 id : m_children.value(parentId))
            taken = taken || m_channels[id].slug == unique;
        if (!taken)
            break;
        unique = slug + u'-' + QString::number(n);
    }
    channel.slug = unique;
    channel.sortOrder = int(m_children.value(parentId).size());
    Result<qint64> added = Taxonomy(m_library, m_user).addChannel(channel);
    if (!added)
        return added.error();
    channel.id = added.value();
    m_channels.insert(channel.id, channel);
    m_children[parentId].append(channel.id);
    return channel.id;
}

Result<ImportChannels::Placement> ImportChannels::place(const QStringList &channelPath,
                                                        const QStringList &folders)
{
    Placement placement;
    if (!channelPath.isEmpty()) {
        auto [at, matched] = deepest(channelPath);
        const QStringList missing = channelPath.mid(matched);
        if (missing.isEmpty()) {
            placement.channelId = at;
            return placement;
        }
        const QString wanted =
                ((at == m_rootId ? QStringList() : QStringList {pathName(at)}) + missing)
                        .join(u" > "_s);
        if (!Permissions::allows(m_user.role, Permission::ManageChannels)) {
            if (at == m_rootId)
                at = m_children.value(m_rootId).value(0, m_rootId);
            placement.channelId = at;
            placement.note = tr("There is no channel %1 and only chief editors may add "
                                "channels: put in %2.")
                                     .arg(wanted, pathName(at));
            return placement;
        }
        if (m_dryRun) {
            placement.added = wanted;
            placement.note = tr("would add the channel %1").arg(wanted);
            return placement;
        }
        for (const QString &name : missing) {
            Result<qint64> added = add(at, name);
            if (!added)
                return added.error();
            at = added.value();
        }
        placement.channelId = at;
        placement.added = pathName(at);
        return placement;
    }
    if (!folders.isEmpty()) {
        // The deepest existing channel named by the folders, from the outermost folder that
        // names one ("content/news/2017": news).
        for (int first = 0; first < folders.size(); ++first) {
            const auto [at, matched] = deepest(folders.mid(first));
            if (matched > 0 && at != m_rootId) {
                placement.channelId = at;
                return placement;
            }
        }
    }
    placement.channelId = m_children.value(m_rootId).value(0, m_rootId);
    placement.note = tr("It names no channel of the library: put in %1.")
                             .arg(pathName(placement.channelId));
    return placement;
}

Result<qint64> ImportChannels::find(const QString &pathText) const
{
    static const QRegularExpression separators(u"\\s*[/>›»]\\s*"_s);
    const QStringList segments = pathText.split(separators, Qt::SkipEmptyParts);
    const auto [at, matched] = deepest(segments);
    if (segments.isEmpty() || matched < segments.size())
        return Error(Error::Kind::NotFound,
                     tr("There is no channel “%1” in %2 (give names or slugs from the top, such "
                        "as “资讯/热点”).")
                             .arg(pathText, m_library.location()));
    return at;
}

} // namespace Newsdesk
