#include "bundlelinks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <gumbo.h>

using namespace Qt::StringLiterals;

namespace Newsdesk::Test::BundleLinks {

namespace {
const QString SitePathsHome = u"index.html"_s;

// srcset: comma-separated candidates, each a URL and an optional descriptor ("a.jpg 640w").
QStringList srcsetUrls(const QString &srcset)
{
    QStringList urls;
    for (const QString &candidate : srcset.split(u',', Qt::SkipEmptyParts)) {
        const QString url = candidate.trimmed().section(u' ', 0, 0);
        if (!url.isEmpty())
            urls.append(url);
    }
    return urls;
}

void collect(const GumboNode *root, QStringList &links)
{
    QList<const GumboNode *> stack {root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
            continue;
        const GumboElement &element = node->v.element;
        for (unsigned i = 0; i < element.attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            const QByteArray name(attribute->name);
            const QString value = QString::fromUtf8(attribute->value).trimmed();
            if (name == "href" || name == "src" || name == "action" || name == "poster")
                links.append(value);
            else if (name == "srcset")
                links.append(srcsetUrls(value));
        }
        for (unsigned i = element.children.length; i > 0; --i)
            stack.append(static_cast<const GumboNode *>(element.children.data[i - 1]));
    }
}
} // namespace

Page read(const QString &root, const QString &page)
{
    QFile file(QDir(root).filePath(page));
    if (!file.open(QIODevice::ReadOnly))
        return {{}, u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString())};
    const QByteArray html = file.readAll();
    GumboOutput *output =
            gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size()));
    Page result;
    collect(output->root, result.links);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return result;
}

bool isExternal(const QString &link)
{
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    return link.startsWith(u"//"_s) || scheme.match(link).hasMatch();
}

QString resolve(const QString &root, const QString &page, const QString &link,
                const QString &sitePath)
{
    QString path = link;
    for (const QChar end : {u'?', u'#'}) {
        if (const qsizetype at = path.indexOf(end); at >= 0)
            path.truncate(at);
    }
    const QString base = QDir::cleanPath(QDir(root).absolutePath());
    // A document at the root (a sitemap) resolves like the home page.
    const QString from = base + u'/' + (page.isEmpty() ? SitePathsHome : page);
    QString target = from;
    if (!path.isEmpty()) {
        path = QUrl::fromPercentEncoding(path.toUtf8());
        const bool absolute = path.startsWith(u'/');
        if (absolute) {
            const QString site = sitePath.endsWith(u'/') ? sitePath : sitePath + u'/';
            if (!path.startsWith(site))
                return {};
            path = path.mid(site.size());
        }
        const QString folder = absolute ? base : QFileInfo(from).path();
        if (path.endsWith(u'/') || path == u"."_s || path == u".."_s || path.endsWith(u"/."_s)
            || path.endsWith(u"/.."_s))
            path += u"/index.html"_s;
        target = QDir::cleanPath(folder + u'/' + path);
    }
    if (!target.startsWith(base + u'/') || !QFileInfo(target).isFile())
        return {};
    return target;
}

} // namespace Newsdesk::Test::BundleLinks
