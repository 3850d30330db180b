#include "sanitizer.h"

#include "bodybuilder.h"
#include "bodytree.h"
#include "gumbowalker.h"
#include "nestingguard.h"

#include <gumbo.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

struct GumboDeleter
{
    void operator()(GumboOutput *output) const
    {
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
};

} // namespace

bool Sanitizer::looksLikeHtml(QStringView text)
{
    for (qsizetype i = text.indexOf(u'<'); i >= 0 && i + 1 < text.size();
         i = text.indexOf(u'<', i + 1)) {
        const QChar next = text.at(i + 1);
        if ((next >= u'a' && next <= u'z') || (next >= u'A' && next <= u'Z') || next == u'/'
            || next == u'!' || next == u'?')
            return true;
    }
    return false;
}

QString Sanitizer::plainTextToHtml(QStringView text)
{
    QString normalised = text.toString();
    normalised.replace(u"\r\n"_s, u"\n"_s);
    normalised.replace(u'\r', u'\n');
    QString html;
    html.reserve(normalised.size() + normalised.size() / 8);
    QString paragraph;
    const auto endParagraph = [&] {
        if (!paragraph.isEmpty())
            html += u"<p>"_s + paragraph + u"</p>\n"_s;
        paragraph.clear();
    };
    for (const QStringView line : QStringView(normalised).split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            endParagraph();
            continue;
        }
        if (!paragraph.isEmpty())
            paragraph += u"<br>"_s;
        paragraph += line.toString().toHtmlEscaped();
    }
    endParagraph();
    return html;
}

Sanitizer::Result Sanitizer::clean(const QString &html, const Options &options)
{
    Result result;
    result.html = cleanTree(html, options, &result.report).toHtml();
    return result;
}

BodyTree Sanitizer::cleanTree(const QString &html, const Options &options, SanitizerReport *report)
{
    BodyTree tree;
    SanitizerReport localReport;
    SanitizerReport &out = report ? *report : localReport;
    const QString input = looksLikeHtml(html) ? html : plainTextToHtml(html);
    if (input.trimmed().isEmpty())
        return tree;

    const NestingGuard::Outcome guarded = NestingGuard::limit(input.toUtf8());
    out.limitedTags = guarded.droppedTags;

    GumboOptions gumboOptions = kGumboDefaultOptions;
    gumboOptions.fragment_context = GUMBO_TAG_BODY;
    gumboOptions.fragment_namespace = GUMBO_NAMESPACE_HTML;
    gumboOptions.max_errors = 0; // errors are not used; do not collect them
    const std::unique_ptr<GumboOutput, GumboDeleter> output(gumbo_parse_with_options(
            &gumboOptions, guarded.html.constData(), size_t(guarded.html.size())));
    if (!output)
        return tree;

    {
        BodyBuilder builder(tree);
        GumboWalker walker(builder, out, options.baseUrl, options.localImages);
        walker.walk(output->root);
    }
    tree.finish();
    return tree;
}

} // namespace Newsdesk
