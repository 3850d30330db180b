#include "attributefilter.h"

#include "allowlist.h"
#include "sanitizerreport.h"
#include "urlpolicy.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Newsdesk {

AttributeFilter::AttributeFilter(SanitizerReport &report, const QUrl &baseUrl,
                                 LocalImages localImages)
    : m_report(report)
    , m_baseUrl(baseUrl)
    , m_localImages(std::move(localImages))
{
}

QString AttributeFilter::collapsed(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c.unicode() >= 0x20 && !(c.unicode() >= 0x7f && c.unicode() <= 0x9f)
            && c.unicode() != 0xfeff)
            out.append(c);
        else if (c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f')
            out.append(u' ');
    }
    return out.simplified();
}

int AttributeFilter::leadingNumber(const QString &value)
{
    const QString v = value.trimmed();
    qsizetype digits = 0;
    while (digits < v.size() && digits < 9 && v.at(digits).isDigit()
           && v.at(digits).unicode() < 128)
        ++digits;
    return digits ? v.left(digits).toInt() : -1;
}

bool AttributeFilter::isCentred(const QString &name, const QString &value)
{
    static const QRegularExpression textAlign(u"text-align\\s*:\\s*center"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    if (name == u"align"_s)
        return value.trimmed().compare(u"center"_s, Qt::CaseInsensitive) == 0
                || value.trimmed().compare(u"middle"_s, Qt::CaseInsensitive) == 0;
    return name == u"style"_s && value.contains(textAlign);
}

void AttributeFilter::countDropped(const QString &name, const QString &value)
{
    if (name.startsWith(u"on"_s)) {
        ++m_report.eventHandlers;
    } else if (name == u"style"_s) {
        ++m_report.styleAttributes;
    } else if (name == u"srcset"_s || name == u"imagesrcset"_s) {
        bool dangerous = false;
        for (const QString &candidate : value.split(u',')) {
            const QString url = candidate.trimmed().section(u' ', 0, 0);
            dangerous =
                    dangerous || (!url.isEmpty() && !UrlPolicy::isSafe(UrlPolicy::Kind::Link, url));
        }
        ++(dangerous ? m_report.dangerousUrls : m_report.otherAttributes);
    } else if (AllowList::isAnyUrlAttribute(name) && !UrlPolicy::cleaned(value).isEmpty()
               && !UrlPolicy::isSafe(UrlPolicy::Kind::Link, value)) {
        ++m_report.dangerousUrls;
    } else {
        ++m_report.otherAttributes;
    }
}

QString AttributeFilter::linkUrl(const QString &value)
{
    const QString url = UrlPolicy::cleaned(value);
    if (url.isEmpty())
        return {};
    if (UrlPolicy::classify(UrlPolicy::Kind::Link, url) != UrlPolicy::Verdict::Allowed)
        return {}; // counted when the unwrapped link's attributes are

    if (m_baseUrl.isValid() && UrlPolicy::scheme(url).isEmpty() && !url.startsWith(u'#')) {
        const QString resolved = m_baseUrl.resolved(QUrl(url)).toString(QUrl::FullyEncoded);
        if (UrlPolicy::isSafe(UrlPolicy::Kind::Link, resolved))
            return UrlPolicy::cleaned(resolved);
    }
    return url;
}

QString AttributeFilter::imageUrl(const QString &value)
{
    QString url = UrlPolicy::cleaned(value);
    UrlPolicy::Verdict verdict = UrlPolicy::classify(UrlPolicy::Kind::Image, url);
    if ((verdict == UrlPolicy::Verdict::Relative || verdict == UrlPolicy::Verdict::LocalFile)
        && m_localImages) {
        // Only a media:<id> answer is taken: the resolver cannot smuggle in another scheme.
        if (const QString local = m_localImages(url);
            !local.isEmpty()
            && UrlPolicy::classify(UrlPolicy::Kind::Image, local) == UrlPolicy::Verdict::Allowed)
            return local;
    }
    if (verdict == UrlPolicy::Verdict::Relative && m_baseUrl.isValid()) {
        url = UrlPolicy::cleaned(m_baseUrl.resolved(QUrl(url)).toString(QUrl::FullyEncoded));
        verdict = UrlPolicy::classify(UrlPolicy::Kind::Image, url);
    }
    switch (verdict) {
    case UrlPolicy::Verdict::Allowed:
        return url;
    case UrlPolicy::Verdict::Remote:
        if (!m_remoteSeen.contains(url)) {
            m_remoteSeen.insert(url);
            m_report.remoteImages.append(url);
        }
        return url;
    case UrlPolicy::Verdict::DataUri:
        ++m_report.dataImages;
        return {};
    case UrlPolicy::Verdict::Relative:
        ++m_report.relativeImages;
        return {};
    case UrlPolicy::Verdict::LocalFile:
        ++m_report.localImages;
        return {};
    case UrlPolicy::Verdict::Forbidden:
        if (!url.isEmpty())
            ++m_report.dangerousUrls;
        return {};
    }
    return {};
}

} // namespace Newsdesk
