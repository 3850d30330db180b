#include "articlevalidator.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

bool ArticleValidator::isValidFileName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"_s);
    return pattern.match(name).hasMatch() && !name.contains(u".."_s) && !name.endsWith(u'.');
}

bool ArticleValidator::isValidRedirectUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'/') && !trimmed.startsWith(u"//"_s))
        return !trimmed.contains(u' ');
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty();
}

QList<ArticleValidator::Problem> ArticleValidator::check(const Article &a)
{
    QList<Problem> problems;
    const auto add = [&](ArticleField field, const QString &message) {
        problems.append({field, u"%1: %2"_s.arg(ArticleFields::displayName(field), message)});
    };
    if (a.title.trimmed().isEmpty())
        add(ArticleField::Title, tr("every article needs a title."));
    if (a.channelId <= 0)
        add(ArticleField::Channel, tr("choose the channel the article appears in."));
    static const QRegularExpression color(u"^#[0-9a-fA-F]{6}$"_s);
    if (!a.titleColor.isEmpty() && !color.match(a.titleColor).hasMatch())
        add(ArticleField::TitleColor, tr("\"%1\" is not a colour like #cc0000.").arg(a.titleColor));
    if (a.flags.testFlag(ArticleFlag::Redirect) && a.redirectUrl.trimmed().isEmpty())
        add(ArticleField::RedirectUrl,
            tr("the article is flagged %1 but has no address to redirect to.")
                    .arg(ArticleFlagsText::displayName(ArticleFlag::Redirect)));
    else if (!a.redirectUrl.trimmed().isEmpty() && !isValidRedirectUrl(a.redirectUrl))
        add(ArticleField::RedirectUrl,
            tr("\"%1\" is not a web address (http://… or https://…) or a path on the site "
               "(/…).")
                    .arg(a.redirectUrl));
    if (a.expireAt.isValid() && a.publishAt.isValid() && a.expireAt <= a.publishAt)
        add(ArticleField::ExpireAt,
            tr("%1 is not after the publish time %2.")
                    .arg(timeText(a.expireAt), timeText(a.publishAt)));
    if (!a.fileName.isEmpty() && !isValidFileName(a.fileName))
        add(ArticleField::FileName,
            tr("\"%1\" may only hold Latin letters, digits, '-', '_' and '.', start with a "
               "letter or digit and be at most 100 characters long.")
                    .arg(a.fileName));
    for (qint64 id : a.secondaryChannelIds) {
        if (id == a.channelId) {
            add(ArticleField::SecondaryChannels,
                tr("the main channel cannot also be a secondary channel."));
            break;
        }
    }
    return problems;
}

Status ArticleValidator::validate(const Article &article)
{
    const QList<Problem> problems = check(article);
    if (problems.isEmpty())
        return {};
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.message);
    return Error(Error::Kind::Invalid, lines.join(u'\n'));
}

} // namespace Newsdesk
