#include "htmlpagereader.h"

#include "htmlbodywriter.h"
#include "htmlchrome.h"
#include "htmldocument.h"
#include "portalinfoline.h"
#include "portalpageparts.h"
#include "textdecoding.h"

#include <QFileInfo>
#include <QUrl>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

QString absoluteUrl(const QString &address)
{
    const QUrl url(address.trimmed(), QUrl::StrictMode);
    const bool web = url.scheme() == u"http"_s || url.scheme() == u"https"_s;
    return url.isValid() && web && !url.host().isEmpty() ? url.toString() : QString();
}

QString canonicalLink(const HtmlDocument &page)
{
    for (const HtmlDocument::Node *link : page.elementsNamed(u"link")) {
        const QStringList rel = HtmlDocument::attribute(link, "rel").toLower().split(u' ');
        if (rel.contains(u"canonical"_s))
            return HtmlDocument::attribute(link, "href");
    }
    return {};
}

QString firstOf(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty())
            return candidate;
    }
    return {};
}

} // namespace

bool HtmlPageReader::isHtmlFile(const QString &path)
{
    static const QStringList suffixes = {u"html"_s, u"htm"_s, u"shtml"_s, u"xhtml"_s};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

Result<ImportedDocument> HtmlPageReader::read(const QByteArray &bytes, const QString &fileName,
                                              const QTimeZone &zone)
{
    ImportedDocument document;
    const TextDecoding::Decoded decoded = TextDecoding::decodeHtml(bytes);
    document.warnings += decoded.warnings;
    const HtmlDocument page(decoded.text);

    const HtmlDocument::Node *content = PortalPageParts::content(page);
    document.title = PortalPageParts::title(page, content);
    HtmlBodyWriter::Body body;
    if (content)
        body = HtmlBodyWriter::write(content, document.title);
    if (body.textLength == 0 && body.images == 0)
        return Error(Error::Kind::Invalid,
                     tr("%1: no article text found (the page has no article, main content or "
                        "block of paragraphs).")
                             .arg(fileName));
    document.bodyHtml = body.html.trimmed();

    const PortalInfoLine::Fields info = PortalInfoLine::parse(PortalPageParts::infoLine(page));
    document.source = info.source;
    document.author = info.author.isEmpty() ? page.meta(u"author") : info.author;
    // The info line first, then the lines at the end of the body, then anywhere on the page.
    const PortalPageParts::Credits credits = PortalPageParts::credits(page);
    document.editor = firstOf({info.editor, body.editor, credits.editor});
    document.chiefEditor = firstOf({info.chiefEditor, body.chiefEditor, credits.chiefEditor});

    // <time datetime> is exact where an info line often shows the date only.
    const QStringList times = {page.meta(u"article:published_time"),
                               PortalPageParts::timeElement(page, content), info.time};
    for (const QString &time : times) {
        if (time.isEmpty())
            continue;
        document.publishAt = PortalInfoLine::parseTime(time, zone);
        if (document.publishAt.isValid())
            break;
        document.warnings.append(
                tr("The time “%1” is not a date; the article has no publish time from it.")
                        .arg(time));
    }

    document.channelPath = PortalPageParts::channelPath(page, document.title);
    document.summary = page.meta(u"description").simplified();
    if (document.summary.isEmpty()) {
        for (const HtmlDocument::Node *element : page.elements()) {
            if ((HtmlDocument::hasClass(element, u"intro")
                 || HtmlDocument::hasClass(element, u"summary"))
                && !HtmlChrome::isInPageChrome(element)) {
                document.summary = HtmlDocument::text(element);
                break;
            }
        }
    }
    document.keywords = PortalPageParts::normalizedKeywords(page.meta(u"keywords"));
    document.sourceUrl = absoluteUrl(canonicalLink(page));
    if (document.sourceUrl.isEmpty())
        document.sourceUrl = absoluteUrl(page.meta(u"og:url"));
    if (document.title.isEmpty())
        document.warnings.append(tr("The page has no title."));
    return document;
}

} // namespace Newsdesk
