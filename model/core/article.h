#pragma once

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Newsdesk {

// Workflow states of the brief: 草稿 → 待审 → 退回 / 已审 → 已发布 → 撤稿. The trash (回收站) is
// kept apart from the state, so restoring an article gives back the state it had.
enum class ArticleStatus { Draft, Submitted, Returned, Approved, Published, Withdrawn };
inline constexpr int ArticleStatusCount = 6;

// DedeCMS-compatible flags; letters are those the portal world knows (h c f a s b p j).
enum class ArticleFlag : unsigned {
    Headline = 0x01, // 头条 h
    Recommended = 0x02, // 推荐 c
    Slide = 0x04, // 幻灯 f
    Featured = 0x08, // 特荐 a
    Scrolling = 0x10, // 滚动 s
    Bold = 0x20, // 加粗 b
    Picture = 0x40, // 图片 p
    Redirect = 0x80, // 跳转 j
};
Q_DECLARE_FLAGS(ArticleFlags, ArticleFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(ArticleFlags)
inline constexpr int ArticleFlagCount = 8;

// One article with every field of the content model. Times are UTC; an invalid QDateTime
// means "not set". Ids of 0 mean "none".
struct Article
{
    qint64 id = 0;
    QString title;
    QString shortTitle;
    QString subtitle;
    QString titleColor; // "#rrggbb" or empty
    bool titleBold = false;
    QString summary;
    QString keywords;
    qint64 channelId = 0;
    QList<qint64> secondaryChannelIds;
    QStringList tags;
    ArticleFlags flags;
    QString redirectUrl;
    int weight = 0;
    qint64 coverMediaId = 0;
    QString source;
    QString author;
    QString editor;
    qint64 approvedById = 0;
    QString approvedByName; // read-only: resolved from approvedById when loaded
    QDateTime approvedAt;
    qint64 approvedRevisionId = 0;
    QString approvedHash;
    QString body; // canonical article HTML
    QDateTime publishAt;
    QDateTime expireAt;
    QString fileName;
    ArticleStatus status = ArticleStatus::Draft;
    // A staged edit of an approved or published article: the row holds the edited text, in
    // this review state (Draft, Submitted or Returned), while the approved revision stays
    // live until the edit is approved. None when the row is what was approved.
    std::optional<ArticleStatus> pending;
    QDateTime trashedAt; // set when in the trash
    int version = 1;
    qint64 clicks = 0;
    qint64 votesUp = 0;
    qint64 votesDown = 0;
    qint64 createdById = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isTrashed() const { return trashedAt.isValid(); }
    // Where the text being worked on is in review: the staged edit's state, else the status.
    ArticleStatus reviewState() const { return pending.value_or(status); }
    // Approved or published: an approved revision is (or goes) live.
    bool isLive() const
    {
        return status == ArticleStatus::Approved || status == ArticleStatus::Published;
    }
};

// The columns of an article that lists show, without the body.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    qint64 channelId = 0;
    ArticleStatus status = ArticleStatus::Draft;
    std::optional<ArticleStatus> pending; // a staged edit's review state (see Article)
    bool trashed = false;
    ArticleFlags flags;
    QString author;
    QString editor;
    QString source;
    QStringList tags;
    QDateTime publishAt;
    QDateTime updatedAt;
    qint64 clicks = 0;
    QString snippet; // where a search matched: HTML-escaped, matches in <mark>
};

namespace ArticleStatuses {
QString key(ArticleStatus status); // "draft", stored in the database
std::optional<ArticleStatus> fromKey(const QString &key);
QString displayName(ArticleStatus status); // translated: 草稿 / Draft
QList<ArticleStatus> all();
} // namespace ArticleStatuses

namespace ArticleFlagsText {
QList<ArticleFlag> all();
QChar letter(ArticleFlag flag); // 'h'
QString letters(ArticleFlags flags); // "hcp"
ArticleFlags fromLetters(const QString &letters, QString *invalid = nullptr);
QString displayName(ArticleFlag flag); // translated: 头条 / Headline
QString displayNames(ArticleFlags flags); // "头条 推荐"
} // namespace ArticleFlagsText

} // namespace Newsdesk
