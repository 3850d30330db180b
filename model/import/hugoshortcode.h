#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace Newsdesk {

// One Hugo shortcode's name and parameters, as written between {{< and >}} (or {{% and %}}):
//
//     figure src="a.jpg" caption="A \"quoted\" word" attr=`raw text` width=640
//     youtube dQw4w9WgXcQ
//     /highlight
//
// Parameters are named (key=value) or positional; values are "quoted" (with backslash
// escapes), `raw` or bare words. Used by ShortcodeExpander.
class HugoShortcode final
{
public:
    static HugoShortcode parse(QByteArrayView inner);

    const QString &name() const { return m_name; } // lower-cased, without the closing '/'
    bool isClosing() const { return m_closing; } // {{< /name >}}
    QByteArray positional(qsizetype index) const { return m_positional.value(index); }
    QByteArray value(QStringView key) const; // a named parameter; empty when absent

    // Hugo's figure shortcode as the article figure of docs/article-html.md:
    // <figure><img src alt width height><figcaption>title caption<small class="credit">attr
    // </small></figcaption></figure>, every value escaped. The alt text defaults to the caption,
    // as in Hugo's own figure. Empty when there is no src.
    QByteArray figureHtml() const;

private:
    QString m_name;
    bool m_closing = false;
    QList<QByteArray> m_positional;
    QList<std::pair<QString, QByteArray>> m_named;
};

} // namespace Newsdesk
