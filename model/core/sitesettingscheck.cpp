#include "sitesettingscheck.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Newsdesk {

Result<SiteSettings> SiteSettingsCheck::normalized(const SiteSettings &settings)
{
    SiteSettings s;
    s.name = settings.name.trimmed();
    if (s.name.isEmpty())
        return Error(Error::Kind::Invalid, tr("The site needs a name."));
    if (s.name.size() > MaxNameLength) {
        return Error(Error::Kind::Invalid,
                     tr("The site name is %1 characters long; at most %2 fit in a page title.")
                             .arg(s.name.size())
                             .arg(MaxNameLength));
    }
    Result<QString> url = baseUrl(settings.baseUrl);
    if (!url)
        return url.error();
    s.baseUrl = url.value();
    Result<QString> language = languageTag(settings.language);
    if (!language)
        return language.error();
    s.language = language.value();
    s.footer = settings.footer.trimmed();
    if (s.footer.size() > MaxFooterLength) {
        return Error(Error::Kind::Invalid,
                     tr("The footer is %1 characters long; at most %2 are allowed.")
                             .arg(s.footer.size())
                             .arg(MaxFooterLength));
    }
    s.theme = settings.theme.trimmed();
    if (!s.theme.isEmpty() && !QDir::isAbsolutePath(s.theme)) {
        return Error(Error::Kind::Invalid,
                     tr("The theme folder \"%1\" is not an absolute path; choose the folder "
                        "again, or leave it empty for the default theme.")
                             .arg(s.theme));
    }
    if (!s.theme.isEmpty())
        s.theme = QDir::cleanPath(s.theme);
    return s;
}

Result<QString> SiteSettingsCheck::baseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty()) {
        return Error(Error::Kind::Invalid,
                     tr("The base URL \"%1\" is not an absolute http or https address such as "
                        "https://www.example.com/.")
                             .arg(trimmed));
    }
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        return Error(Error::Kind::Invalid,
                     tr("The base URL \"%1\" may not have a query (?…), a fragment (#…) or a "
                        "user name.")
                             .arg(trimmed));
    }
    QString normalized = url.toString(QUrl::FullyEncoded | QUrl::NormalizePathSegments);
    if (!normalized.endsWith(u'/'))
        normalized += u'/';
    return normalized;
}

Result<QString> SiteSettingsCheck::languageTag(const QString &text)
{
    // language [-script] [-region] *(-variant), as in RFC 5646 (no extensions or private use).
    static const QRegularExpression tag(
            u"^([A-Za-z]{2,3})(?:-([A-Za-z]{4}))?(?:-([A-Za-z]{2}|[0-9]{3}))?"
            u"((?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*)$"_s);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Kind::Invalid, tr("The site needs a language, such as zh-CN or en."));
    const QRegularExpressionMatch match = tag.match(trimmed);
    if (!match.hasMatch()) {
        const QString hint = trimmed.contains(u'_')
                ? tr(" Language tags use a hyphen: %1.").arg(QString(trimmed).replace(u'_', u'-'))
                : QString();
        return Error(Error::Kind::Invalid,
                     tr("The language \"%1\" is not a BCP 47 language tag such as zh-CN or en.")
                                     .arg(trimmed)
                             + hint);
    }
    QString result = match.captured(1).toLower();
    if (const QString script = match.captured(2); !script.isEmpty())
        result += u'-' + script.left(1).toUpper() + script.mid(1).toLower();
    if (const QString region = match.captured(3); !region.isEmpty())
        result += u'-' + region.toUpper();
    result += match.captured(4).toLower();
    return result;
}

Result<QList<AdSlot>> SiteSettingsCheck::adSlots(const QList<AdSlot> &slots)
{
    static const QRegularExpression keyPattern(u"^[a-z0-9][a-z0-9_-]*$"_s);
    QList<AdSlot> result;
    QSet<QString> keys;
    for (AdSlot slot : slots) {
        slot.key = slot.key.trimmed();
        slot.name = slot.name.trimmed();
        if (slot.key.isEmpty()) {
            return Error(Error::Kind::Invalid,
                         tr("The ad slot \"%1\" needs a key (such as sidebar), which templates "
                            "use to place it.")
                                 .arg(slot.name));
        }
        if (!keyPattern.match(slot.key).hasMatch()) {
            return Error(Error::Kind::Invalid,
                         tr("The ad slot key \"%1\" may only hold lower-case letters a–z, digits, "
                            "'-' and '_', starting with a letter or digit.")
                                 .arg(slot.key));
        }
        if (keys.contains(slot.key)) {
            return Error(Error::Kind::Invalid,
                         tr("Two ad slots have the key \"%1\"; keys must differ.").arg(slot.key));
        }
        keys.insert(slot.key);
        if (slot.name.isEmpty())
            slot.name = slot.key;
        result.append(slot);
    }
    return result;
}

} // namespace Newsdesk
