#include "demonewsroom.h"

#include "storage/library.h"
#include "workflow/passwords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
struct ChannelSeed
{
    const char16_t *path;
    const char16_t *name;
    const char16_t *description;
    int weight;
};

// The reference portal's tree: 首页 > 资讯 > 热点 and its siblings.
constexpr ChannelSeed ChannelSeeds[] = {
        {u"", u"首页", u"老辰光：记录时代，见证变迁。", 1},
        {u"zixun", u"资讯", u"国内外要闻与民生资讯。", 4},
        {u"zixun/redian", u"热点", u"社会关注的热点新闻。", 10},
        {u"zixun/guonei", u"国内", u"国内要闻。", 8},
        {u"zixun/guoji", u"国际", u"国际新闻与全球视野。", 6},
        {u"zixun/caijing", u"财经", u"经济与市场动态。", 6},
        {u"keji", u"科技", u"科技创新与前沿。", 3},
        {u"keji/hulianwang", u"互联网", u"互联网与数字生活。", 5},
        {u"keji/shuma", u"数码", u"数码产品与评测。", 4},
        {u"tiyu", u"体育", u"体育赛事与全民健身。", 5},
        {u"wenhua", u"文化", u"文化传承与艺术生活。", 3},
        {u"wenhua/dushu", u"读书", u"书评与阅读推广。", 3},
        {u"wenhua/yingshi", u"影视", u"电影、电视剧与纪录片。", 3},
        {u"tupian", u"图片", u"用镜头记录时代。", 4},
};

QString parentPath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return path.isEmpty() ? QString() : (slash < 0 ? QString() : path.left(slash));
}

Result<QJsonObject> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, file.errorString());
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

Result<DemoNewsroom> DemoNewsroom::create(Library &library)
{
    DemoNewsroom newsroom(library);
    for (auto step : {&DemoNewsroom::addPeople, &DemoNewsroom::addChannels, &DemoNewsroom::addSite,
                      &DemoNewsroom::addPhotos}) {
        if (Status s = (newsroom.*step)(); !s)
            return s.error();
    }
    return newsroom;
}

Status DemoNewsroom::addChannels()
{
    QHash<QString, qint64> ids;
    int order = 0;
    for (const ChannelSeed &seed : ChannelSeeds) {
        const QString path = QString::fromUtf16(seed.path);
        Channel channel;
        channel.parentId = path.isEmpty() ? 0 : ids.value(parentPath(path));
        channel.slug = path.mid(path.lastIndexOf(u'/') + 1);
        channel.name = QString::fromUtf16(seed.name);
        channel.sortOrder = order++;
        channel.seoTitle = path.isEmpty() ? SiteName : channel.name + u"_"_s + SiteName;
        channel.seoKeywords = channel.name + u","_s + SiteName;
        channel.seoDescription = QString::fromUtf16(seed.description);
        channel.pageSize = path == u"tupian"_s ? 12 : 20;
        Result<qint64> id = m_library->channels().add(channel);
        if (!id)
            return id.error();
        ids.insert(path, id.value());
        m_channels.append({id.value(), path, channel.slug, seed.weight});
    }
    return {};
}

Status DemoNewsroom::addPeople()
{
    const QList<std::pair<QString, Role>> people {{ChiefEditor, Role::Chief},
                                                  {u"林晓"_s, Role::Editor},
                                                  {u"陈静"_s, Role::Editor},
                                                  {u"周远"_s, Role::Editor},
                                                  {u"admin"_s, Role::Admin}};
    // Argon2id takes a noticeable fraction of a second by design: hash the demo password once
    // per process, not for every demo library a test suite creates.
    static const Result<QString> hash = Passwords::hash(DemoPassword);
    if (!hash)
        return hash.error();
    for (const auto &[name, role] : people) {
        const bool needsPassword = role == Role::Chief || role == Role::Admin;
        Result<qint64> id =
                m_library->users().add(name, role, needsPassword ? hash.value() : QString());
        if (!id)
            return id.error();
        m_users.insert(name, id.value());
        if (role == Role::Editor)
            m_editors.append(name);
    }
    return {};
}

Status DemoNewsroom::addSite()
{
    SiteSettings site;
    site.name = SiteName;
    site.baseUrl = u"https://www.laochenguang.example/"_s;
    site.language = u"zh-CN"_s;
    site.footer = u"Copyright © 2017–2026 老辰光 版权所有 · 本站为 Newsdesk 演示站点"_s;
    if (Status s = m_library->site().setSettings(site); !s)
        return s;
    const QList<AdSlot> adSlots {
            {0, u"sidebar"_s, u"侧栏广告位"_s,
             u"<p><strong>广告位招商</strong></p><p>联系电话：010-6512 3456</p>"_s, true},
            {0, u"banner"_s, u"页头横幅"_s, u"<p>老辰光 · 记录时代 见证变迁</p>"_s, true},
            {0, u"article-bottom"_s, u"文章页底部"_s, u"<p>关注老辰光，看更多好新闻。</p>"_s, true},
    };
    for (const AdSlot &slot : adSlots) {
        if (Result<qint64> id = m_library->site().saveAdSlot(slot); !id)
            return id.error();
    }
    return {};
}

Result<qint64> DemoNewsroom::addPhoto(const QString &file, const QString &caption,
                                      const QString &credit, const QString &alt)
{
    const QString path = u":/demo/"_s + file;
    QFile image(path);
    if (!image.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, image.errorString()));
    Media media;
    media.fileName = file;
    media.caption = caption;
    media.credit = credit;
    media.alt = alt;
    return m_library->media().add(image.readAll(), media);
}

Status DemoNewsroom::addPhotos()
{
    const QStringList alts {u"丰收的田野"_s, u"城市街景"_s, u"山间村落"_s, u"湖畔风光"_s};
    for (int i = 1; i <= 4; ++i) {
        Result<qint64> id = addPhoto(u"photo-%1.jpg"_s.arg(i), alts.at(i - 1), {}, alts.at(i - 1));
        if (!id)
            return id.error();
        m_photos.append(id.value());
    }
    return {};
}

Status DemoNewsroom::addReferenceArticle()
{
    const QString path = u":/demo/reference-article.json"_s;
    Result<QJsonObject> json = readJson(path);
    if (!json)
        return Error(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, json.error().message()));
    const QJsonObject o = json.value();
    const QJsonObject photo = o.value(u"photo"_s).toObject();
    Result<qint64> photoId =
            addPhoto(photo.value(u"file"_s).toString(), photo.value(u"caption"_s).toString(),
                     photo.value(u"credit"_s).toString(), photo.value(u"alt"_s).toString());
    if (!photoId)
        return photoId.error();

    Article a;
    a.title = o.value(u"title"_s).toString();
    a.shortTitle = o.value(u"shortTitle"_s).toString();
    a.summary = o.value(u"summary"_s).toString();
    a.keywords = o.value(u"keywords"_s).toString();
    for (const ChannelRef &channel : m_channels) {
        if (channel.path == o.value(u"channel"_s).toString())
            a.channelId = channel.id;
    }
    for (const QJsonValue &tag : o.value(u"tags"_s).toArray())
        a.tags.append(tag.toString());
    a.flags = ArticleFlagsText::fromLetters(o.value(u"flags"_s).toString());
    a.coverMediaId = photoId.value();
    a.source = o.value(u"source"_s).toString();
    a.author = o.value(u"author"_s).toString();
    a.editor = o.value(u"editor"_s).toString();
    a.body = o.value(u"body"_s).toString().replace(u"{photo}"_s, QString::number(photoId.value()));
    a.publishAt = QDateTime::fromString(o.value(u"publishAt"_s).toString(), Qt::ISODate).toUTC();
    a.createdAt = a.publishAt.addSecs(-3 * 3600);
    a.updatedAt = a.publishAt.addSecs(-1800);
    a.status = ArticleStatus::Published;
    a.approvedById = userId(o.value(u"approvedBy"_s).toString());
    a.approvedAt = a.publishAt.addSecs(-600);
    const qint64 author = userId(o.value(u"createdBy"_s).toString());
    Result<qint64> id = m_library->articles().create(a, author);
    if (!id)
        return id.error();
    HistoryRepository &history = m_library->history();
    for (const auto &[action, at] :
         {std::pair {u"submit"_s, a.updatedAt}, std::pair {u"approve"_s, a.approvedAt},
          std::pair {u"publish"_s, a.publishAt}}) {
        if (Result<qint64> e = history.audit({0, at, a.approvedById, action, id.value(), {}}); !e)
            return e.error();
    }
    return {};
}

} // namespace Newsdesk
