#include "shortcodeexpander.h"

#include "hugoshortcode.h"

#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView text)
{
    return text.trimmed();
}

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

class Expander
{
public:
    explicit Expander(QByteArrayView in)
        : m_in(in)
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
        return {std::move(m_out), std::move(m_warnings)};
    }

private:
    struct LineInfo
    {
        qsizetype end = 0; // after the line break
        int indent = 0; // columns, a tab reaching the next multiple of 4
        QByteArrayView text; // without indentation and blockquote markers
        bool blank = true;
    };

    LineInfo lineAt(qsizetype pos) const
    {
        LineInfo line;
        const qsizetype newline = m_in.indexOf('\n', pos);
        line.end = newline < 0 ? m_in.size() : newline + 1;
        qsizetype i = pos;
        for (; i < line.end && isBlank(m_in.at(i)); ++i)
            line.indent = m_in.at(i) == '\t' ? (line.indent / 4 + 1) * 4 : line.indent + 1;
        while (i < line.end && (m_in.at(i) == '>' || isBlank(m_in.at(i))))
            ++i;
        line.text = m_in.sliced(i, line.end - i).trimmed();
        line.blank = line.text.isEmpty();
        return line;
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
        const LineInfo line = lineAt(m_pos);
        const char fence = line.text.isEmpty() ? 0 : line.text.front();
        if (fence == '`' || fence == '~') {
            const qsizetype length = firstRun(line.text, fence);
            if (length >= 3 && (fence == '~' || !line.text.sliced(length).contains('`'))) {
                qsizetype pos = line.end;
                while (pos < m_in.size()) {
                    const LineInfo inner = lineAt(pos);
                    pos = inner.end;
                    if (firstRun(inner.text, fence) >= length
                        && inner.text.sliced(firstRun(inner.text, fence)).trimmed().isEmpty())
                        break;
                }
                copyTo(pos);
                m_previousBlank = false;
                return true;
            }
        }
        if (!line.blank && line.indent >= 4 && m_previousBlank && !m_inList) {
            qsizetype pos = m_pos;
            while (pos < m_in.size()) {
                const LineInfo inner = lineAt(pos);
                if (!inner.blank && inner.indent < 4)
                    break;
                m_previousBlank = inner.blank;
                pos = inner.end;
            }
            copyTo(pos);
            return true;
        }
        if (isListItem(line.text))
            m_inList = true;
        else if (!line.blank && line.indent == 0 && m_previousBlank)
            m_inList = false;
        m_previousBlank = line.blank;
        return false;
    }

    static qsizetype firstRun(QByteArrayView text, char c)
    {
        qsizetype n = 0;
        while (n < text.size() && text.at(n) == c)
            ++n;
        return n;
    }

    static bool isListItem(QByteArrayView text)
    {
        if (text.size() >= 2 && (text[0] == '-' || text[0] == '*' || text[0] == '+'))
            return isBlank(text[1]);
        qsizetype digits = 0;
        while (digits < text.size() && digits < 9 && text[digits] >= '0' && text[digits] <= '9')
            ++digits;
        return digits > 0 && digits + 1 < text.size()
                && (text[digits] == '.' || text[digits] == ')') && isBlank(text[digits + 1]);
    }

    // A code span: copied whole when it closes before a blank line, else its backticks alone.
    void codeSpan()
    {
        const qsizetype length = firstRun(m_in.sliced(m_pos), '`');
        for (qsizetype i = m_pos + length; i < m_in.size();) {
            if (m_in.at(i) == '\n' && lineAt(i + 1).blank)
                break;
            const qsizetype run = m_in.at(i) == '`' ? firstRun(m_in.sliced(i), '`') : 0;
            if (run == length) {
                copyTo(i + run);
                return;
            }
            i += std::max<qsizetype>(run, 1);
        }
        copyTo(m_pos + length);
    }

    // Where needle starts at or after from, not crossing a blank line; -1 when it does not.
    qsizetype findInParagraph(QByteArrayView needle, qsizetype from) const
    {
        const qsizetype at = m_in.indexOf(needle, from);
        if (at < 0)
            return -1;
        for (qsizetype nl = m_in.indexOf('\n', from); nl >= 0 && nl < at;
             nl = m_in.indexOf('\n', nl + 1)) {
            if (lineAt(nl + 1).blank)
                return -1;
        }
        return at;
    }

    // The next tag {{< name >}} / {{% name %}} (closing: "/name") or {% name %}, as its start and
    // end; {-1, -1} when there is none.
    std::pair<qsizetype, qsizetype> findTag(bool liquid, QStringView name, qsizetype from) const
    {
        const QByteArrayView open = liquid ? "{%" : "{{";
        for (qsizetype at = m_in.indexOf(open, from); at >= 0; at = m_in.indexOf(open, at + 1)) {
            const char kind = liquid ? '%' : (at + 2 < m_in.size() ? m_in.at(at + 2) : 0);
            if (kind != '<' && kind != '%')
                continue;
            const QByteArrayView close = liquid ? QByteArrayView("%}")
                                                : QByteArrayView(kind == '<' ? ">}}" : "%}}");
            const qsizetype end = m_in.indexOf(close, at);
            if (end < 0)
                break;
            const qsizetype innerStart = at + (liquid ? 2 : 3);
            const QByteArrayView inner = m_in.sliced(innerStart, end - innerStart);
            const QString found = lowerName(firstWord(liquid ? withoutDashes(inner)
                                                             : trimmed(inner)));
            if (found == name)
                return {at, end + close.size()};
        }
        return {-1, -1};
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
        if (m_in.sliced(innerStart).trimmed().startsWith("/*")) {
            const qsizetype commentStart = m_in.indexOf("/*", innerStart);
            const qsizetype commentEnd = findInParagraph("*/", commentStart);
            const qsizetype end = commentEnd < 0 ? -1 : findInParagraph(close, commentEnd);
            if (end < 0 || !m_in.sliced(commentEnd + 2, end - commentEnd - 2).trimmed().isEmpty())
                return false;
            m_out += "{{" + QByteArray(1, kind);
            m_out += m_in.sliced(commentStart + 2, commentEnd - commentStart - 2);
            m_out += close;
            m_pos = end + close.size();
            return true;
        }
        const qsizetype end = findInParagraph(close, innerStart);
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
            const auto [closeStart, closeEnd] = findTag(false, u"/highlight", m_pos);
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
        const qsizetype lineStart = start == 0 ? 0 : m_in.lastIndexOf('\n', start - 1) + 1;
        const qsizetype lineEnd = lineAt(m_pos).end;
        if (m_in.sliced(lineStart, start - lineStart).trimmed().isEmpty()
            && m_in.sliced(m_pos, lineEnd - m_pos).trimmed().isEmpty())
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
            const qsizetype run = firstRun(code.sliced(i), '`');
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
        const qsizetype end = findInParagraph("%}", m_pos + 2);
        if (end < 0)
            return false;
        const QByteArrayView inner = withoutDashes(m_in.sliced(m_pos + 2, end - m_pos - 2));
        const QByteArrayView nameBytes = firstWord(inner);
        const QString name = lowerName(nameBytes);
        m_pos = end + 2;
        if (name == u"highlight"_s || name == u"raw"_s || name == u"comment"_s) {
            const auto [closeStart, closeEnd] = findTag(true, QString(u"end"_s + name), m_pos);
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
        const qsizetype end = findInParagraph("}}", m_pos + 2);
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
    qsizetype m_pos = 0;
    QByteArray m_out;
    QStringList m_warnings;
    QSet<QString> m_warned;
    bool m_previousBlank = true;
    bool m_inList = false;
};

} // namespace

ShortcodeExpander::Expanded ShortcodeExpander::expand(QByteArrayView markdown)
{
    // Most files hold no tag at all: no copy, no scan.
    if (!markdown.contains("{{") && !markdown.contains("{%"))
        return {markdown.toByteArray(), {}};
    return Expander(markdown).run();
}

} // namespace Newsdesk
