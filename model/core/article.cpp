#include "article.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
struct StatusInfo
{
    ArticleStatus status;
    QLatin1StringView key;
    const char *name;
};

constexpr std::array<StatusInfo, ArticleStatusCount> statusTable {{
        {ArticleStatus::Draft, "draft"_L1, QT_TRANSLATE_NOOP("Newsdesk::ArticleStatus", "Draft")},
        {ArticleStatus::Submitted, "submitted"_L1,
         QT_TRANSLATE_NOOP("Newsdesk::ArticleStatus", "Submitted")},
        {ArticleStatus::Returned, "returned"_L1,
         QT_TRANSLATE_NOOP("Newsdesk::ArticleStatus", "Returned")},
        {ArticleStatus::Approved, "approved"_L1,
         QT_TRANSLATE_NOOP("Newsdesk::ArticleStatus", "Approved")},
        {ArticleStatus::Published, "published"_L1,
         QT_TRANSLATE_NOOP("Newsdesk::ArticleStatus", "Published")},
        {ArticleStatus::Withdrawn, "withdrawn"_L1,
         QT_TRANSLATE_NOOP("Newsdesk::ArticleStatus", "Withdrawn")},
}};

struct FlagInfo
{
    ArticleFlag flag;
    char letter;
    const char *name;
};

constexpr std::array<FlagInfo, ArticleFlagCount> flagTable {{
        {ArticleFlag::Headline, 'h', QT_TRANSLATE_NOOP("Newsdesk::ArticleFlag", "Headline")},
        {ArticleFlag::Recommended, 'c', QT_TRANSLATE_NOOP("Newsdesk::ArticleFlag", "Recommended")},
        {ArticleFlag::Slide, 'f', QT_TRANSLATE_NOOP("Newsdesk::ArticleFlag", "Slide")},
        {ArticleFlag::Featured, 'a', QT_TRANSLATE_NOOP("Newsdesk::ArticleFlag", "Featured")},
        {ArticleFlag::Scrolling, 's', QT_TRANSLATE_NOOP("Newsdesk::ArticleFlag", "Scrolling")},
        {ArticleFlag::Bold, 'b', QT_TRANSLATE_NOOP("Newsdesk::ArticleFlag", "Bold")},
        {ArticleFlag::Picture, 'p', QT_TRANSLATE_NOOP("Newsdesk::ArticleFlag", "Picture")},
        {ArticleFlag::Redirect, 'j', QT_TRANSLATE_NOOP("Newsdesk::ArticleFlag", "Redirect")},
}};

const StatusInfo &statusInfo(ArticleStatus status)
{
    return statusTable[static_cast<std::size_t>(status)];
}

const FlagInfo *flagInfo(ArticleFlag flag)
{
    for (const FlagInfo &info : flagTable) {
        if (info.flag == flag)
            return &info;
    }
    return nullptr;
}
} // namespace

namespace ArticleStatuses {

QString key(ArticleStatus status)
{
    return statusInfo(status).key;
}

std::optional<ArticleStatus> fromKey(const QString &key)
{
    for (const StatusInfo &info : statusTable) {
        if (info.key == key)
            return info.status;
    }
    return std::nullopt;
}

QString displayName(ArticleStatus status)
{
    return QCoreApplication::translate("Newsdesk::ArticleStatus", statusInfo(status).name);
}

QList<ArticleStatus> all()
{
    QList<ArticleStatus> statuses;
    for (const StatusInfo &info : statusTable)
        statuses.append(info.status);
    return statuses;
}

} // namespace ArticleStatuses

namespace ArticleFlagsText {

QList<ArticleFlag> all()
{
    QList<ArticleFlag> flags;
    for (const FlagInfo &info : flagTable)
        flags.append(info.flag);
    return flags;
}

QChar letter(ArticleFlag flag)
{
    const FlagInfo *info = flagInfo(flag);
    return info ? QChar::fromLatin1(info->letter) : QChar();
}

QString letters(ArticleFlags flags)
{
    QString text;
    for (const FlagInfo &info : flagTable) {
        if (flags.testFlag(info.flag))
            text.append(QChar::fromLatin1(info.letter));
    }
    return text;
}

ArticleFlags fromLetters(const QString &letters, QString *invalid)
{
    ArticleFlags flags;
    for (QChar c : letters) {
        if (c == u',' || c.isSpace())
            continue;
        bool known = false;
        for (const FlagInfo &info : flagTable) {
            if (c == QChar::fromLatin1(info.letter)) {
                flags |= info.flag;
                known = true;
            }
        }
        if (!known && invalid)
            invalid->append(c);
    }
    return flags;
}

QString displayName(ArticleFlag flag)
{
    const FlagInfo *info = flagInfo(flag);
    return info ? QCoreApplication::translate("Newsdesk::ArticleFlag", info->name) : QString();
}

QString displayNames(ArticleFlags flags)
{
    QStringList names;
    for (const FlagInfo &info : flagTable) {
        if (flags.testFlag(info.flag))
            names.append(displayName(info.flag));
    }
    return names.join(u' ');
}

} // namespace ArticleFlagsText

} // namespace Newsdesk
