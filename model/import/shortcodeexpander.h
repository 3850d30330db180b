#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

namespace Newsdesk {

// Replaces the template tags that Hugo and Jekyll let authors write in Markdown, before the
// Markdown is converted, since no Markdown library knows them:
//
// - Hugo's figure shortcode, {{< figure src="x.jpg" caption="…" attr="…" >}} (or {{% … %}}),
//   becomes <figure><img src alt><figcaption>caption<small class="credit">attr</small>
//   </figcaption></figure>, the article figure of docs/article-html.md;
// - Hugo's highlight shortcode and Liquid's {% highlight x %}…{% endhighlight %} become fenced
//   code blocks; Liquid's {% raw %} markers are dropped (what they hold is kept as written) and
//   {% comment %}…{% endcomment %} is dropped with its content;
// - Hugo's escaped shortcodes, {{</* x */>}}, become the text {{< x >}} as Hugo shows them;
// - every other shortcode (youtube, tweet, gist, ref, …), Liquid tag (include, post_url, …) and
//   Liquid output ({{ site.url }}) is left out, with one warning per name. The content between
//   a paired shortcode's markers is kept: it is the author's text.
//
// Nothing inside fenced code blocks, indented code blocks and code spans is touched: a post
// about Hugo shows its shortcodes as code.
//
// It also defuses what Debian's cmark-gfm 0.29.0.gfm.6 is slow on (CVE-2023-22486 and kin): a
// paragraph of over 32 KB has its brackets escaped (its text stays, its links and images become
// text, with a warning) and a table of over 256 columns is left as text. No article has either.
//
// Works on UTF-8 bytes in one pass, linear in the input whatever it holds (MarkdownSource).
//
// Thread-safe: no shared state.
class ShortcodeExpander final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ShortcodeExpander)

public:
    struct Expanded
    {
        QByteArray markdown;
        QStringList warnings; // translated, one per distinct tag left out
    };

    static Expanded expand(QByteArrayView markdown);
};

} // namespace Newsdesk
