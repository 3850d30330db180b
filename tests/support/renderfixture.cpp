#include "renderfixture.h"

#include "core/approvedcontent.h"
#include "demo/demonewsroom.h"
#include "storage/library.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Newsdesk::Test {

namespace {
QDateTime beijing(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toUTC();
}

qint64 channelId(const DemoNewsroom &newsroom, const QString &path)
{
    for (const DemoNewsroom::ChannelRef &channel : newsroom.channels()) {
        if (channel.path == path)
            return channel.id;
    }
    return 0;
}

Article article(const DemoNewsroom &newsroom, const QString &channel, const QString &title,
                const QDateTime &publishAt)
{
    Article a;
    a.title = title;
    a.channelId = channelId(newsroom, channel);
    a.summary = title + u"。"_s;
    a.body = u"<p>"_s + title + u"的正文。</p>"_s;
    a.source = u"本站原创"_s;
    a.author = u"林晓"_s;
    a.editor = u"林晓"_s;
    a.status = ArticleStatus::Published;
    a.publishAt = publishAt;
    a.createdAt = publishAt.addSecs(-3600);
    a.updatedAt = publishAt.addSecs(-1800);
    a.approvedById = newsroom.userId(DemoNewsroom::ChiefEditor);
    a.approvedAt = publishAt.addSecs(-600);
    return a;
}
} // namespace

Status RenderFixture::populate(Library &library, RenderFixture &ids)
{
    return library.database().transaction([&]() -> Status {
        Result<DemoNewsroom> created = DemoNewsroom::create(library);
        if (!created)
            return created.error();
        DemoNewsroom &newsroom = created.value();
        if (Status s = newsroom.addReferenceArticle(); !s)
            return s;
        ids.referenceId = 1;
        ids.hotChannelId = channelId(newsroom, u"zixun/redian"_s);
        Result<Channel> hot = library.channels().byId(ids.hotChannelId);
        if (!hot)
            return hot.error();
        hot.value().pageSize = 5;
        if (Status s = library.channels().update(hot.value()); !s)
            return s;
        const qint64 editor = newsroom.userId(u"林晓"_s);
        const auto add = [&](const Article &a) {
            return library.articles().create(a, editor);
        };

        Article paged = article(newsroom, u"zixun/redian"_s, u"三页长文:东西部协作一年间"_s,
                                beijing(2017, 7, 20, 9, 0));
        paged.body =
                u"<p>第一页的正文。</p>\n<figure><img src=\"media:%1\" alt=\"丰收的田野\">"
                "<figcaption>金色的稻田。<small class=\"credit\">记者 林晓 摄</small>"
                "</figcaption></figure>\n<hr class=\"page-break\">\n<h2>第二页</h2>\n"
                "<p>第二页的正文。</p>\n<hr class=\"page-break\">\n<p>第三页的正文。</p>"_s.arg(
                        newsroom.photos().first());
        paged.titleColor = u"#cc0000"_s;
        paged.titleBold = true;
        paged.flags = ArticleFlag::Recommended | ArticleFlag::Scrolling | ArticleFlag::Bold;
        paged.tags = QStringList {u"扶贫"_s, u"长文"_s};
        paged.clicks = 500;
        paged.votesUp = 12;
        paged.votesDown = 3;
        Result<qint64> id = add(paged);
        if (!id)
            return id.error();
        ids.multiPageId = id.value();

        Article headline = article(newsroom, u"zixun/guonei"_s, u"头条:全国秋粮收购进展顺利"_s,
                                   beijing(2017, 7, 22, 8, 30));
        headline.flags = ArticleFlag::Headline | ArticleFlag::Slide | ArticleFlag::Picture;
        headline.coverMediaId = newsroom.photos().at(1);
        headline.clicks = 1500;
        headline.tags = QStringList {u"扶贫"_s};
        if (id = add(headline); !id)
            return id.error();
        ids.headlineId = id.value();

        for (int i = 1; i <= 10; ++i) {
            Article filler = article(newsroom, u"zixun/redian"_s, u"热点快讯第%1条"_s.arg(i),
                                     beijing(2017, 6, i, 10, 0));
            filler.clicks = i * 10;
            if (i % 3 == 0)
                filler.flags = ArticleFlag::Recommended;
            if (id = add(filler); !id)
                return id.error();
        }
        Article english = article(newsroom, u"keji/hulianwang"_s,
                                  u"Broadband reaches every village"_s, beijing(2017, 7, 1, 12, 0));
        english.fileName = u"broadband-villages"_s;
        if (id = add(english); !id)
            return id.error();
        Article redirect =
                article(newsroom, u"tiyu"_s, u"专题:全民健身日"_s, beijing(2017, 7, 2, 12, 0));
        redirect.flags = ArticleFlag::Redirect | ArticleFlag::Recommended;
        redirect.redirectUrl = u"https://www.laochenguang.example/zhuanti/jianshen.html"_s;
        if (id = add(redirect); !id)
            return id.error();

        // Never on the site: a draft, an embargoed article and one in the trash.
        Article draft = article(newsroom, u"zixun/redian"_s, u"草稿:不应出现"_s,
                                beijing(2017, 7, 23, 9, 0));
        draft.status = ArticleStatus::Draft;
        draft.approvedById = 0;
        draft.approvedAt = {};
        if (id = add(draft); !id)
            return id.error();
        ids.draftId = id.value();
        Article embargoed =
                article(newsroom, u"zixun/redian"_s, u"禁发:不应出现"_s, beijing(2030, 1, 1, 9, 0));
        embargoed.status = ArticleStatus::Approved;
        if (id = add(embargoed); !id)
            return id.error();
        Article trashed = article(newsroom, u"zixun/redian"_s, u"回收站:不应出现"_s,
                                  beijing(2017, 7, 23, 10, 0));
        trashed.trashedAt = beijing(2017, 7, 24, 10, 0);
        if (id = add(trashed); !id)
            return id.error();
        return {};
    });
}

RenderFixture RenderFixture::create(const QTemporaryDir &dir)
{
    RenderFixture ids;
    ids.path = dir.filePath(u"render.newsdesk"_s);
    const Status created =
            Library::create(ids.path, [&](Library &library) { return populate(library, ids); });
    if (!created)
        QTest::qFail(qPrintable(created.error().message()), __FILE__, __LINE__);
    return ids;
}

Result<qint64> RenderFixture::publishOneMore(Library &library, const RenderFixture &ids)
{
    Result<Article> reference = library.articles().byId(ids.referenceId);
    if (!reference)
        return reference.error();
    Article a;
    a.title = u"新发布:又一条热点"_s;
    a.channelId = ids.hotChannelId;
    a.body = u"<p>新的正文。</p>"_s;
    a.status = ArticleStatus::Published;
    a.publishAt = beijing(2017, 8, 1, 9, 0);
    a.approvedById = reference.value().approvedById;
    a.approvedAt = a.publishAt;
    return library.articles().create(a, reference.value().approvedById);
}

Result<Article> RenderFixture::saveApproved(Library &library, const Article &article)
{
    Result<ArticleRepository::Saved> saved =
            library.articles().saveRecorded(article, article.approvedById, u"save"_s);
    if (!saved)
        return saved.error();
    Article a = saved.value().article;
    a.approvedRevisionId = saved.value().revision.id;
    a.approvedHash = ApprovedContent::hash(a);
    if (Status pinned = library.articles().pinApproval(a.id, a.approvedRevisionId, a.approvedHash);
        !pinned)
        return pinned.error();
    return a;
}

} // namespace Newsdesk::Test
