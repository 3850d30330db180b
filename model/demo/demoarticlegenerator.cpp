#include "demoarticlegenerator.h"

#include "search/searchindex.h"
#include "storage/library.h"

#include <QStringBuilder>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr quint32 Seed = 20170721;
// Articles indexed for search at once (see ArticleRepository::SearchIndexing).
constexpr qsizetype IndexBatch = 500;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;
const QString PageBreak = u"<hr class=\"page-break\">"_s;

struct StateWeight
{
    ArticleStatus status;
    bool trashed;
    int weight;
};

// The first seven articles take one state each so that even a small demo shows them all.
constexpr StateWeight StateWeights[] = {
        {ArticleStatus::Published, false, 55}, {ArticleStatus::Approved, false, 8},
        {ArticleStatus::Submitted, false, 10}, {ArticleStatus::Returned, false, 5},
        {ArticleStatus::Draft, false, 12},     {ArticleStatus::Withdrawn, false, 4},
        {ArticleStatus::Draft, true, 6},
};

bool englishChannel(const QString &slug)
{
    return slug == u"guoji"_s || slug == u"caijing"_s || slug == u"keji"_s
            || slug == u"hulianwang"_s;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

Result<DemoArticleGenerator> DemoArticleGenerator::create(Library &library, DemoNewsroom &newsroom)
{
    Result<DemoText> text = DemoText::load(Seed);
    if (!text)
        return text.error();
    return DemoArticleGenerator(library, newsroom, std::move(text.value()));
}

DemoArticleGenerator::DemoArticleGenerator(Library &library, DemoNewsroom &newsroom, DemoText text)
    : m_library(&library)
    , m_newsroom(&newsroom)
    , m_text(std::move(text))
    , m_anchor(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 60 * 60, Qt::UTC))
{
    for (const DemoNewsroom::ChannelRef &channel : newsroom.channels())
        m_totalWeight += channel.weight;
}

DemoArticleGenerator::Plan DemoArticleGenerator::planFor(int index)
{
    constexpr int StateCount = int(std::size(StateWeights));
    if (index < StateCount)
        return {StateWeights[index].status, StateWeights[index].trashed};
    int total = 0;
    for (const StateWeight &w : StateWeights)
        total += w.weight;
    int roll = m_text.bounded(0, total - 1);
    for (const StateWeight &w : StateWeights) {
        if (roll < w.weight)
            return {w.status, w.trashed};
        roll -= w.weight;
    }
    return {};
}

const DemoNewsroom::ChannelRef &DemoArticleGenerator::channelFor(int index)
{
    // Every channel gets at least one article (the last ones first, so that the home
    // channel's share stays small), then by weight.
    const QList<DemoNewsroom::ChannelRef> &channels = m_newsroom->channels();
    if (index < channels.size())
        return channels.at(channels.size() - 1 - index);
    int roll = m_text.bounded(0, m_totalWeight - 1);
    for (const DemoNewsroom::ChannelRef &channel : channels) {
        if (roll < channel.weight)
            return channel;
        roll -= channel.weight;
    }
    return channels.constLast();
}

QDateTime DemoArticleGenerator::ago(qint64 minSeconds, qint64 maxSeconds)
{
    const qint64 span = maxSeconds - minSeconds;
    const qint64 offset = minSeconds + qint64(m_text.random().bounded(quint64(span + 1)));
    return m_anchor.addSecs(-offset);
}

QString DemoArticleGenerator::body(DemoText::Language language, const QString &scope,
                                   qint64 photoId, const QString &photoCaption)
{
    QStringList blocks;
    if (photoId > 0) {
        blocks.append(
                u"<figure><img src=\"media:%1\" alt=\"%2\"><figcaption>%2"
                "<small class=\"credit\">%3</small></figcaption></figure>"_s.arg(
                        QString::number(photoId), escaped(photoCaption),
                        escaped(language == DemoText::Language::English ? u"Photo: Newsdesk demo"_s
                                                                        : u"记者"_s
                                                + m_text.pick(language, u"reporter"_s) + u"摄"_s)));
    }
    const int paragraphs = m_text.bounded(3, 9);
    const bool paged = paragraphs >= 6 && m_text.chance(0.12);
    for (int i = 0; i < paragraphs; ++i) {
        if (paged && i > 0 && i % 3 == 0)
            blocks.append(PageBreak);
        if (i > 0 && i % 3 == 0 && m_text.chance(0.5))
            blocks.append(u"<h2>"_s + escaped(m_text.heading(language, scope)) + u"</h2>"_s);
        const QString text = m_text.paragraph(language, scope, m_text.bounded(2, 4));
        if (i == 0)
            m_lead = text;
        if (i == 2 && m_text.chance(0.1))
            blocks.append(u"<blockquote><p>"_s + escaped(text) + u"</p></blockquote>"_s);
        else
            blocks.append(u"<p>"_s + escaped(text) + u"</p>"_s);
        if (i == 1 && m_text.chance(0.08)) {
            QString list = u"<ul>"_s;
            for (int item = 0; item < 3; ++item)
                list += u"<li>"_s + escaped(m_text.paragraph(language, scope, 1)) + u"</li>"_s;
            blocks.append(list + u"</ul>"_s);
        }
    }
    return blocks.join(u'\n');
}

void DemoArticleGenerator::schedule(Article &a, const Plan &plan)
{
    switch (plan.status) {
    case ArticleStatus::Published:
    case ArticleStatus::Withdrawn:
        a.publishAt = ago(Hour, 730 * Day);
        a.createdAt = a.publishAt.addSecs(-m_text.bounded(1, 48) * Hour);
        a.approvedAt = a.publishAt.addSecs(-m_text.bounded(5, 60) * 60);
        a.updatedAt = a.approvedAt.addSecs(-m_text.bounded(1, 30) * 60);
        if (plan.status == ArticleStatus::Published && m_text.chance(0.03))
            a.expireAt = a.publishAt.addSecs(m_text.bounded(30, 400) * Day);
        break;
    case ArticleStatus::Approved:
        a.approvedAt = ago(10 * 60, 3 * Day);
        a.createdAt = a.approvedAt.addSecs(-m_text.bounded(2, 72) * Hour);
        a.updatedAt = a.approvedAt.addSecs(-m_text.bounded(5, 60) * 60);
        // Some wait for an embargo; the rest wait for the next export.
        a.publishAt = m_text.chance(0.4) ? m_anchor.addSecs(m_text.bounded(1, 7 * 24) * Hour)
                                         : a.approvedAt;
        break;
    default:
        a.createdAt = ago(Hour, 30 * Day);
        a.updatedAt = a.createdAt.addSecs(m_text.bounded(0, 48) * 60);
        if (m_text.chance(0.3))
            a.publishAt = m_anchor.addSecs(m_text.bounded(1, 10) * Day);
        break;
    }
    if (a.updatedAt > m_anchor)
        a.updatedAt = m_anchor;
    if (plan.trashed)
        a.trashedAt = a.updatedAt.addSecs(m_text.bounded(1, 600) * 60);
    if (a.trashedAt > m_anchor)
        a.trashedAt = m_anchor;
}

void DemoArticleGenerator::decorate(Article &a, const Plan &plan, bool picture)
{
    const bool live = plan.status == ArticleStatus::Published && !plan.trashed;
    if (picture) {
        a.flags |= ArticleFlag::Picture;
        if (live && m_text.chance(0.35))
            a.flags |= ArticleFlag::Slide;
    }
    if (live && (!m_headlineDone || m_text.chance(0.02))) {
        a.flags |= ArticleFlag::Headline;
        m_headlineDone = true;
    }
    if (m_text.chance(0.15))
        a.flags |= ArticleFlag::Recommended;
    if (m_text.chance(0.03))
        a.flags |= ArticleFlag::Featured;
    if (m_text.chance(0.10))
        a.flags |= ArticleFlag::Scrolling;
    if (m_text.chance(0.03)) {
        a.flags |= ArticleFlag::Bold;
        a.titleBold = true;
    }
    if (m_text.chance(0.03))
        a.titleColor = m_text.chance(0.5) ? u"#cc0000"_s : u"#0055aa"_s;
    if (m_text.chance(0.01)) {
        a.flags |= ArticleFlag::Redirect;
        a.redirectUrl =
                u"https://www.laochenguang.example/zhuanti/%1.html"_s.arg(m_text.bounded(100, 999));
    }
    if (m_text.chance(0.2))
        a.shortTitle = a.title.left(12);
    if (m_text.chance(0.02))
        a.fileName = u"zhuanti-%1"_s.arg(m_text.bounded(1000, 9999));
    a.weight = m_text.chance(0.1) ? m_text.bounded(1, 100) : 0;
    if (live || plan.status == ArticleStatus::Withdrawn) {
        const double r = m_text.random().generateDouble();
        a.clicks = qint64(std::pow(r, 3) * 20000);
        a.votesUp = a.clicks / m_text.bounded(40, 200);
        a.votesDown = a.votesUp / m_text.bounded(3, 12);
    }
}

Status DemoArticleGenerator::recordHistory(const Article &a, const Plan &plan, qint64 editorId)
{
    HistoryRepository &history = m_library->history();
    const qint64 chief = m_newsroom->userId(DemoNewsroom::ChiefEditor);
    QList<AuditEntry> entries;
    const QDateTime submitted = a.updatedAt;
    if (plan.status != ArticleStatus::Draft)
        entries.append({0, submitted, editorId, u"submit"_s, a.id, {}});
    if (plan.status == ArticleStatus::Returned) {
        const QString comment = m_text.pick(DemoText::Language::Chinese, u"comment"_s);
        const QDateTime at = std::min(m_anchor, submitted.addSecs(m_text.bounded(10, 600) * 60));
        if (Result<qint64> c = history.addComment({0, a.id, 0, chief, at, comment}); !c)
            return c.error();
        entries.append({0, at, chief, u"return"_s, a.id, comment});
    }
    if (a.approvedAt.isValid())
        entries.append({0, a.approvedAt, chief, u"approve"_s, a.id, {}});
    if (plan.status == ArticleStatus::Published || plan.status == ArticleStatus::Withdrawn)
        entries.append({0, a.publishAt, chief, u"publish"_s, a.id, {}});
    if (plan.status == ArticleStatus::Withdrawn) {
        const QDateTime at = std::min(m_anchor, a.publishAt.addSecs(m_text.bounded(1, 30) * Day));
        entries.append({0, at, chief, u"withdraw"_s, a.id, {}});
    }
    if (plan.trashed)
        entries.append({0, a.trashedAt, editorId, u"trash"_s, a.id, {}});
    for (const AuditEntry &entry : entries) {
        if (Result<qint64> e = history.audit(entry); !e)
            return e.error();
    }
    return {};
}

Status DemoArticleGenerator::add(int index)
{
    const Plan plan = planFor(index);
    const DemoNewsroom::ChannelRef &channel = channelFor(index);
    const bool english = englishChannel(channel.slug) && (index == 0 || m_text.chance(0.3));
    const auto language = english ? DemoText::Language::English : DemoText::Language::Chinese;
    const bool picture = channel.slug == u"tupian"_s || m_text.chance(0.12);

    Article a;
    a.channelId = channel.id;
    a.title = m_text.title(language, channel.slug);
    if (m_text.chance(0.1))
        a.subtitle = m_text.title(language, channel.slug);
    const QString editor =
            m_newsroom->editors().at(m_text.bounded(0, int(m_newsroom->editors().size()) - 1));
    a.editor = editor;
    a.source = m_text.pick(language, u"source"_s);
    const QString reporter = m_text.pick(DemoText::Language::Chinese, u"reporter"_s);
    if (english)
        a.author = m_text.chance(0.5) ? a.source : u"Staff reporter"_s;
    else
        a.author = a.source == u"本站原创"_s ? editor : (m_text.chance(0.5) ? a.source : reporter);
    a.tags = m_text.tags(language, channel.slug, m_text.bounded(1, 3));
    a.keywords = a.tags.join(u',');
    if (picture) {
        a.coverMediaId =
                m_newsroom->photos().at(m_text.bounded(0, int(m_newsroom->photos().size()) - 1));
        if (!m_captions.contains(a.coverMediaId)) {
            Result<Media> photo = m_library->media().byId(a.coverMediaId);
            if (!photo)
                return photo.error();
            m_captions.insert(a.coverMediaId, photo.value().caption);
        }
        a.body = body(language, channel.slug, a.coverMediaId, m_captions.value(a.coverMediaId));
    } else {
        a.body = body(language, channel.slug, 0, {});
    }
    const qsizetype end = m_lead.indexOf(english ? u". "_s : u"。"_s);
    a.summary = m_lead.left(end < 0 ? 120 : std::min<qsizetype>(end + 1, 120));
    a.status = plan.status;
    if (m_text.chance(0.15) && channel.path.contains(u'/')) {
        for (const DemoNewsroom::ChannelRef &other : m_newsroom->channels()) {
            if (other.path.startsWith(channel.path.section(u'/', 0, 0)) && other.id != channel.id
                && !other.path.isEmpty()) {
                a.secondaryChannelIds.append(other.id);
                break;
            }
        }
    }
    schedule(a, plan);
    decorate(a, plan, picture);
    if (a.approvedAt.isValid())
        a.approvedById = m_newsroom->userId(DemoNewsroom::ChiefEditor);

    const qint64 editorId = m_newsroom->userId(editor);
    Result<qint64> id =
            ArticleRepository(m_library->database(), ArticleRepository::SearchIndexing::ByCaller)
                    .create(a, editorId);
    if (!id)
        return id.error();
    a.id = id.value();
    if (Status recorded = recordHistory(a, plan, editorId); !recorded)
        return recorded;
    m_unindexed.append(a);
    return m_unindexed.size() >= IndexBatch ? finish() : Status();
}

Status DemoArticleGenerator::finish()
{
    if (Status indexed = SearchIndex(m_library->database()).index(m_unindexed); !indexed)
        return indexed;
    m_unindexed.clear();
    return {};
}

} // namespace Newsdesk
