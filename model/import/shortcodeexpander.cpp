#include "shortcodeexpander.h"

#include "hugoshortcode.h"
#include "markdownsource.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

using Line = MarkdownSource::Line;
constexpr auto isBlank = &MarkdownSource::isBlank;

// A tag's inside without Liquid's whitespace-control dashes ("{%- x -%}").
QByteArrayView withoutDashes(QByteArrayView inner)
{
    inner = inner.trimmed();
    if (inner.startsWith('-'))
        inner = inner.sliced(1);
    if (inner.endsWith('-'))
        inner.chop(1);
    return inner.trimmed();
}

QByteArrayView firstWord(QByteArrayView text)
{
    qsizetype end = 0;
    while (end < text.size() && !isBlank(text.at(end)) && text.at(end) != '\n'
           && text.at(end) != '\r')
        ++end;
    return text.first(end);
}

QString lowerName(QByteArrayView name)
{
    return QString::fromUtf8(name).toLower();
}

// Beyond these, cmark-gfm becomes slow (see Expander::endParagraph()).
constexpr qsizetype MaxParagraphLength = 32 * 1024;
constexpr qsizetype MaxTableColumns = 256;

class Expander
{
public:
    explicit Expander(QByteArrayView in)
        : m_in(in)
        , m_source(in)
    {
        m_out.reserve(in.size() + in.size() / 8);
    }

    ShortcodeExpander::Expanded run()
    {
        while (m_pos < m_in.size()) {
            if ((m_pos == 0 || m_in.at(m_pos - 1) == '\n') && codeBlock())
                continue;
            // Copy up to the next character that may start something.
            qsizetype next = m_pos;
            while (next < m_in.size() && m_in.at(next) != '`' && m_in.at(next) != '{'
                   && m_in.at(next) != '\n')
                ++next;
            copyTo(next);
            if (m_pos >= m_in.size())
                break;
            const char c = m_in.at(m_pos);
            if (c == '\n')
                copyTo(m_pos + 1);
            else if (c == '`')
                codeSpan();
            else if (!tag())
                copyTo(m_pos + 1);
        }
        endParagraph();
        return {std::move(m_out), std::move(m_warnings)};
    }

private:
    // cmark-gfm 0.29.0.gfm.6 (Debian's) takes time that grows faster than the input's size on
    // some inputs (CVE-2023-22486 and its kin, fixed in later releases): nested image and link
    // brackets in one paragraph, and tables with thousands of columns. No article has
    // paragraphs or tables that large, so such a paragraph's brackets are escaped (its text
    // stays, its links become text) and such a table is left as text.
    void endParagraph()
    {
        if (m_out.size() - m_paragraphStart > MaxParagraphLength) {
            QByteArray escaped;
            escaped.reserve((m_out.size() - m_paragraphStart) * 5 / 4);
            for (const char c : QByteArrayView(m_out).sliced(m_paragraphStart)) {
                if (c == '[' || c == ']')
                    escaped += '\\';
                escaped += c;
            }
            m_out.truncate(m_paragraphStart);
            m_out += escaped;
            warnOnce(u"long"_s,
                     ShortcodeExpander::tr("A paragraph of more than %L1 bytes was read without "
                                           "its links and images.")
                             .arg(MaxParagraphLength));
        }
        m_paragraphStart = m_out.size();
    }

    static bool isWideDelimiterRow(QByteArrayView text)
    {
        if (text.count('|') <= MaxTableColumns)
            return false;
        return std::all_of(text.begin(), text.end(),
                           [](char c) { return c == '|' || c == '-' || c == ':' || isBlank(c); });
    }

    void copyTo(qsizetype end)
    {
        m_out.append(m_in.sliced(m_pos, end - m_pos));
        m_pos = end;
    }

    // At a line start: copies a fenced or indented code block whole, or notes what the line
    // says about lists and blank lines and returns false.
    bool codeBlock()
    {
        const Line line = m_source.lineAt(m_pos);
        const char fence = line.text.isEmpty() ? 0 : line.text.front();
        if (fence == '`' || fence == '~') {
            const qsizetype length = MarkdownSource::firstRun(line.text, fence);
            if (length >= 3 && (fence == '~' || !line.text.sliced(length).contains('`'))) {
                endParagraph();
                qsizetype pos = line.end;
                while (pos < m_in.size()) {
                    const Line inner = m_source.lineAt(pos);
                    pos = inner.end;
                    if (MarkdownSource::firstRun(inner.text, fence) >= length
                        && inner.text.sliced(MarkdownSource::firstRun(inner.text, fence))
                                   .trimmed()
                                   .isEmpty())
                        break;
                }
                copyTo(pos);
                m_paragraphStart = m_out.size();
                m_previousBlank = false;
                return true;
            }
        }
        if (!line.blank && line.indent >= 4 && m_previousBlank && !m_inList) {
            endParagraph();
            qsizetype pos = m_pos;
            while (pos < m_in.size()) {
                const Line inner = m_source.lineAt(pos);
                if (!inner.blank && inner.indent < 4)
                    break;
                m_previousBlank = inner.blank;
                pos = inner.end;
            }
            copyTo(pos);
            m_paragraphStart = m_out.size();
            return true;
        }
        if (line.blank)
            endParagraph();
        else if (isWideDelimiterRow(line.text))
            m_out += '\\'; // no longer a table's delimiter row: see MaxTableColumns
        if (MarkdownSource::isListItem(line.text))
            m_inList = true;
        else if (!line.blank && line.indent == 0 && m_previousBlank)
            m_inList = false;
        m_previousBlank = line.blank;
        return false;
    }

    // A code span: copied whole when it closes in its paragraph, else its backticks alone.
    // Scans are remembered per length of backticks, so that many unclosed ones cost one scan.
    void codeSpan()
    {
        const qsizetype length = MarkdownSource::firstRun(m_in.sliced(m_pos), '`');
        if (m_pos < m_spanScannedTo.value(length, -1)) {
            copyTo(m_pos + length);
            return;
        }
        const qsizetype limit =
                std::min(m_source.paragraphEnd(m_pos), m_pos + MarkdownSource::MaxTagLength);
        for (qsizetype i = m_pos + length; i < limit;) {
            const qsizetype run =
                    m_in.at(i) == '`' ? MarkdownSource::firstRun(m_in.sliced(i), '`') : 0;
            if (run == length) {
                copyTo(i + run);
                return;
            }
            i += std::max<qsizetype>(run, 1);
        }
        m_spanScannedTo.insert(length, limit);
        copyTo(m_pos + length);
    }

    void warnOnce(const QString &key, const QString &message)
    {
        if (!m_warned.contains(key)) {
            m_warned.insert(key);
            m_warnings.append(message);
        }
    }

    // At '{': a Hugo shortcode or a Liquid tag or output. False when it is none (no end).
    bool tag()
    {
        if (m_in.sliced(m_pos).startsWith("{{<") || m_in.sliced(m_pos).startsWith("{{%"))
            return hugoShortcode(m_in.at(m_pos + 2));
        if (m_in.sliced(m_pos).startsWith("{%"))
            return liquidTag();
        if (m_in.sliced(m_pos).startsWith("{{"))
            return liquidOutput();
        return false;
    }

    bool hugoShortcode(char kind)
    {
        const QByteArrayView close = kind == '<' ? ">}}" : "%}}";
        const qsizetype innerStart = m_pos + 3;
        // {{</* figure */>}}: Hugo's way of writing a shortcode as text.
        qsizetype afterSpaces = innerStart;
        while (afterSpaces < m_in.size() && isBlank(m_in.at(afterSpaces)))
            ++afterSpaces;
        if (m_in.sliced(afterSpaces).startsWith("/*")) {
            const qsizetype commentStart = m_in.indexOf("/*", innerStart);
            const qsizetype commentEnd = m_source.findInParagraph("*/", commentStart);
            const qsizetype end = commentEnd < 0 ? -1 : m_source.findInParagraph(close, commentEnd);
            if (end < 0 || !m_in.sliced(commentEnd + 2, end - commentEnd - 2).trimmed().isEmpty())
                return false;
            m_out += "{{" + QByteArray(1, kind);
            m_out += m_in.sliced(commentStart + 2, commentEnd - commentStart - 2);
            m_out += close;
            m_pos = end + close.size();
            return true;
        }
        const qsizetype end = m_source.findInParagraph(close, innerStart);
        if (end < 0)
            return false;
        const qsizetype start = m_pos;
        const HugoShortcode shortcode =
                HugoShortcode::parse(m_in.sliced(innerStart, end - innerStart));
        m_pos = end + close.size();
        if (shortcode.isClosing())
            return true; // the opening one was dealt with
        if (shortcode.name() == u"figure"_s) {
            figure(shortcode, start);
        } else if (shortcode.name() == u"highlight"_s) {
            const auto [closeStart, closeEnd] = m_source.findTag(false, "/highlight", m_pos);
            fence(shortcode.positional(0), closeStart < 0 ? m_in.size() : closeStart,
                  closeEnd < 0 ? m_in.size() : closeEnd);
        } else if (shortcode.name() == u"ref"_s || shortcode.name() == u"relref"_s) {
            warnOnce(u"ref"_s,
                     ShortcodeExpander::tr("Links to other pages of the Hugo site (“%1”) were "
                                           "left out; their text is kept.")
                             .arg(shortcode.name()));
        } else {
            warnOnce(u"hugo:"_s + shortcode.name(),
                     ShortcodeExpander::tr("The Hugo shortcode “%1” is not supported and was "
                                           "left out.")
                             .arg(shortcode.name()));
        }
        return true;
    }

    void figure(const HugoShortcode &shortcode, qsizetype start)
    {
        const QByteArray html = shortcode.figureHtml();
        if (html.isEmpty()) {
            warnOnce(u"figure"_s,
                     ShortcodeExpander::tr("A Hugo figure without an image (src) was left out."));
            return;
        }
        m_out += html;
        // Alone on its line, it is an HTML block: end that block with a blank line so that the
        // Markdown after it is read as Markdown.
        qsizetype before = start;
        while (before > 0 && isBlank(m_in.at(before - 1)))
            --before;
        qsizetype after = m_pos;
        while (after < m_in.size() && (isBlank(m_in.at(after)) || m_in.at(after) == '\r'))
            ++after;
        if ((before == 0 || m_in.at(before - 1) == '\n')
            && (after == m_in.size() || m_in.at(after) == '\n'))
            m_out += '\n';
    }

    // Code up to contentEnd as a fenced block; the input continues at resumeAt.
    void fence(QByteArrayView language, qsizetype contentEnd, qsizetype resumeAt)
    {
        QByteArrayView code = m_in.sliced(m_pos, contentEnd - m_pos);
        if (code.startsWith("\r\n"))
            code = code.sliced(2);
        else if (code.startsWith('\n'))
            code = code.sliced(1);
        while (!code.isEmpty() && (code.back() == '\n' || code.back() == '\r'))
            code.chop(1);
        qsizetype longest = 0;
        for (qsizetype i = 0; i < code.size();) {
            const qsizetype run = MarkdownSource::firstRun(code.sliced(i), '`');
            longest = std::max(longest, run);
            i += std::max<qsizetype>(run, 1);
        }
        const QByteArray marks(std::max<qsizetype>(3, longest + 1), '`');
        if (!m_out.isEmpty() && !m_out.endsWith('\n'))
            m_out += '\n';
        m_out += marks + language.toByteArray() + '\n' + code.toByteArray() + '\n' + marks;
        if (resumeAt < m_in.size() && m_in.at(resumeAt) != '\n' && m_in.at(resumeAt) != '\r')
            m_out += '\n';
        m_pos = resumeAt;
    }

    bool liquidTag()
    {
        const qsizetype end = m_source.findInParagraph("%}", m_pos + 2);
        if (end < 0)
            return false;
        const QByteArrayView inner = withoutDashes(m_in.sliced(m_pos + 2, end - m_pos - 2));
        const QByteArrayView nameBytes = firstWord(inner);
        const QString name = lowerName(nameBytes);
        m_pos = end + 2;
        if (name == u"highlight"_s || name == u"raw"_s || name == u"comment"_s) {
            const auto [closeStart, closeEnd] =
                    m_source.findTag(true, QByteArray("end" + name.toLatin1()), m_pos);
            const qsizetype contentEnd = closeStart < 0 ? m_in.size() : closeStart;
            const qsizetype resumeAt = closeEnd < 0 ? m_in.size() : closeEnd;
            if (name == u"highlight"_s)
                fence(firstWord(inner.sliced(nameBytes.size()).trimmed()), contentEnd, resumeAt);
            else if (name == u"raw"_s)
                copyTo(contentEnd); // kept as written: Liquid does not read it either
            m_pos = resumeAt;
        } else if (!name.startsWith(u"end"_s)) {
            warnOnce(u"liquid:"_s + name,
                     ShortcodeExpander::tr("The Liquid tag “{% %1 %}” is not supported and was "
                                           "left out.")
                             .arg(name));
        }
        return true;
    }

    bool liquidOutput()
    {
        const qsizetype end = m_source.findInParagraph("}}", m_pos + 2);
        if (end < 0)
            return false;
        QByteArrayView inner = withoutDashes(m_in.sliced(m_pos + 2, end - m_pos - 2));
        if (const qsizetype pipe = inner.indexOf('|'); pipe >= 0)
            inner = inner.first(pipe).trimmed();
        const QString expression = QString::fromUtf8(inner);
        warnOnce(u"output:"_s + expression,
                 ShortcodeExpander::tr("The Liquid output “{{ %1 }}” is not supported and was "
                                       "left out.")
                         .arg(expression));
        m_pos = end + 2;
        return true;
    }

    QByteArrayView m_in;
    MarkdownSource m_source;
    qsizetype m_pos = 0;
    QByteArray m_out;
    QStringList m_warnings;
    QSet<QString> m_warned;
    bool m_previousBlank = true;
    bool m_inList = false;
    qsizetype m_paragraphStart = 0; // in m_out

    QHash<qsizetype, qsizetype> m_spanScannedTo;
};

} // namespace

ShortcodeExpander::Expanded ShortcodeExpander::expand(QByteArrayView markdown)
{
    // Most files hold no tag and are too short for a paragraph or table that needs guarding:
    // no copy, no scan.
    if (!markdown.contains("{{") && !markdown.contains("{%")
        && markdown.size() <= std::min(MaxParagraphLength, MaxTableColumns * 2))
        return {markdown.toByteArray(), {}};
    return Expander(markdown).run();
}

} // namespace Newsdesk
