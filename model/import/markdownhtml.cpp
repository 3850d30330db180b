#include "markdownhtml.h"

#include <QByteArray>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <array>
#include <mutex>

namespace Newsdesk {

namespace {

// The document is read as the author wrote it; see the class comment for why raw HTML passes.
constexpr int Options = CMARK_OPT_DEFAULT | CMARK_OPT_UNSAFE;

// Not "tagfilter": it turns <script>, <iframe>, <style> … into escaped text, so an embedded
// video or tweet would show up in the article as its markup. The Sanitizer drops those
// elements with their content instead. Not "autolink" (bare addresses as links): in Debian's
// cmark-gfm 0.29.0.gfm.6 its time grows with the square of a paragraph's size on inputs like
// "www.a_www.a_…" (CVE-2023-22485, fixed in gfm.7): a 128 KB paragraph takes seconds. Bare
// addresses stay text, as with Jekyll's kramdown; links written as links are links.
const std::array<cmark_syntax_extension *, 2> &extensions()
{
    static const std::array<cmark_syntax_extension *, 2> found = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return std::array<cmark_syntax_extension *, 2> {
                cmark_find_syntax_extension("table"),
                cmark_find_syntax_extension("strikethrough"),
        };
    }();
    return found;
}

std::mutex &inlinePassMutex()
{
    static std::mutex mutex;
    return mutex;
}

cmark_node *firstTitleHeading(cmark_node *document)
{
    for (cmark_node *node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_HEADING
            && cmark_node_get_heading_level(node) == 1)
            return node;
    }
    return nullptr;
}

QString plainText(cmark_node *root)
{
    QByteArray text;
    cmark_iter *iter = cmark_iter_new(root);
    for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter)) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
            text += cmark_node_get_literal(node);
        else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
            text += ' ';
    }
    cmark_iter_free(iter);
    return QString::fromUtf8(text).simplified();
}

} // namespace

MarkdownHtml::Converted MarkdownHtml::convert(QByteArrayView markdown, bool takeTitle)
{
    Converted converted;
    cmark_parser *parser = cmark_parser_new(Options);
    for (cmark_syntax_extension *extension : extensions()) {
        if (extension)
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    cmark_parser_feed(parser, markdown.data(), size_t(markdown.size()));
    cmark_node *document = nullptr;
    {
        const std::lock_guard lock(inlinePassMutex());
        document = cmark_parser_finish(parser);
    }
    if (takeTitle) {
        if (cmark_node *heading = firstTitleHeading(document)) {
            converted.title = plainText(heading);
            cmark_node_unlink(heading);
            cmark_node_free(heading);
        }
    }
    char *html = cmark_render_html(document, Options, cmark_parser_get_syntax_extensions(parser));
    QByteArrayView rendered(html);
    while (rendered.endsWith('\n'))
        rendered.chop(1);
    converted.html = QString::fromUtf8(rendered);
    cmark_get_default_mem_allocator()->free(html);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return converted;
}

} // namespace Newsdesk
