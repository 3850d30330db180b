// libFuzzer harness for the sanitizer: any bytes must clean without a crash, sanitizer
// report (ASan, UBSan) or timeout; the output must hold only what the allow-list allows when a
// browser re-parses it as a document; and cleaning the output again must return it unchanged.
// Built by the `fuzz` preset (clang); run with `make fuzz` (see README).

#include "html/allowlist.h"
#include "html/sanitizer.h"

#include <QByteArray>
#include <QString>

#include <gumbo.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Newsdesk;

namespace {

[[noreturn]] void fail(const char *what, const QString &input, const QString &output)
{
    std::fprintf(stderr, "fuzz_sanitizer: %s\n--- input\n%s\n--- output\n%s\n", what,
                 input.toUtf8().constData(), output.toUtf8().constData());
    std::abort();
}

void checkAllowed(const QString &input, const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output =
            gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    std::vector<const GumboNode *> stack {output->root};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type == GUMBO_NODE_COMMENT || node->type == GUMBO_NODE_CDATA)
            fail("comment in output", input, html);
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &element = node->v.element;
        const QString name = QString::fromLatin1(gumbo_normalized_tagname(element.tag));
        const bool wrapper = element.tag == GUMBO_TAG_HTML || element.tag == GUMBO_TAG_HEAD
                || element.tag == GUMBO_TAG_BODY;
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML
            || (!wrapper && !AllowList::isAllowedElement(name)))
            fail("element outside the allow-list", input, html);
        for (unsigned i = 0; i < element.attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            const QString attributeName = QString::fromUtf8(attribute->name);
            if (!AllowList::isAllowedAttribute(name, attributeName))
                fail("attribute outside the allow-list", input, html);
            if (AllowList::isUrlAttribute(name, attributeName)
                && !AllowList::isSafeUrl(attributeName, QString::fromUtf8(attribute->value)))
                fail("unsafe URL", input, html);
        }
        for (unsigned i = 0; i < element.children.length; ++i)
            stack.push_back(static_cast<const GumboNode *>(element.children.data[i]));
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Sanitizer::Result once = Sanitizer::clean(input);
    checkAllowed(input, once.html);
    const Sanitizer::Result twice = Sanitizer::clean(once.html);
    if (twice.html != once.html)
        fail("not idempotent", input, once.html + QStringLiteral("\n--- again\n") + twice.html);
    return 0;
}
