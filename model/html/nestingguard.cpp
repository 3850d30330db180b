#include "nestingguard.h"

#include <QByteArrayView>
#include <QHash>

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace Newsdesk {

namespace {

using Names = std::initializer_list<QByteArrayView>;

bool oneOf(QByteArrayView name, Names names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

const Names VoidElements = {"area",  "base",  "br",       "col",     "embed", "hr",      "img",
                            "image", "input", "keygen",   "link",    "meta",  "param",   "source",
                            "track", "wbr",   "basefont", "bgsound", "frame", "menuitem"};
const Names Formatting = {"a",    "b", "big",   "code",   "em",     "font", "i",
                          "nobr", "s", "small", "strike", "strong", "tt",   "u"};
const Names ClosesP = {"address",   "article", "aside",  "blockquote", "center",   "details",
                       "dialog",    "dir",     "div",    "dl",         "fieldset", "figcaption",
                       "figure",    "footer",  "header", "hgroup",     "main",     "menu",
                       "nav",       "ol",      "p",      "section",    "summary",  "ul",
                       "h1",        "h2",      "h3",     "h4",         "h5",       "h6",
                       "pre",       "listing", "form",   "table",      "hr",       "xmp",
                       "plaintext", "li",      "dd",     "dt"};
const Names Markers = {"td", "th", "caption", "applet", "object", "marquee", "template"};
const Names ScopeBoundaries = {
        "applet", "caption",  "html",          "table",         "td",    "th", "marquee",
        "object", "template", "foreignobject", "desc",          "title", "mi", "mo",
        "mn",     "ms",       "mtext",         "annotation-xml"};
// gumbo parses <noscript> content as markup (scripting off), so it is not listed.
const Names RawText = {"script",  "style",    "xmp",      "iframe",
                       "noembed", "noframes", "textarea", "title"};

class Guard
{
public:
    explicit Guard(const QByteArray &input)
        : m_in(input)
    {
    }

    NestingGuard::Outcome run();

private:
    struct Open
    {
        QByteArray name;
        int formattingId = -1; // id of its entry in the formatting list
        int markerListSize = -1; // for markers: the list's size when pushed
    };
    struct Active
    {
        QByteArray name;
        int id = 0;
        bool open = true;
    };

    qsizetype skipTagBody(qsizetype i, bool *selfClosing) const;
    qsizetype skipRawText(qsizetype i, QByteArrayView name) const;
    void startTag(QByteArrayView name, bool selfClosing, qsizetype tagStart, qsizetype tagEnd);
    void endTag(QByteArrayView name);
    bool push(QByteArrayView name, bool formatting = false);
    void popTo(qsizetype index);
    qsizetype findInScope(Names targets, Names extraBoundaries = {}) const;
    void closeIfInScope(Names targets, Names extraBoundaries = {});
    void reconstruct(qsizetype at);
    void removeTag(qsizetype from, qsizetype to);
    void insert(qsizetype at, const QByteArray &bytes);

    const QByteArray &m_in;
    QByteArray m_out;
    qsizetype m_copied = 0;
    bool m_changed = false;
    std::vector<Open> m_stack;
    std::vector<Active> m_active;
    QHash<QByteArray, int> m_openCount; // open elements by name
    int m_nextId = 1;
    int m_foreign = 0;
    int m_reconstructed = 0;
    NestingGuard::Outcome m_outcome;
};

qsizetype Guard::skipTagBody(qsizetype i, bool *selfClosing) const
{
    // From just after the tag name to just after '>', honouring quoted attribute values.
    const qsizetype n = m_in.size();
    *selfClosing = false;
    char quote = 0;
    bool afterEquals = false;
    for (; i < n; ++i) {
        const char c = m_in.at(i);
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '>') {
            *selfClosing = i > 0 && m_in.at(i - 1) == '/';
            return i + 1;
        }
        if ((c == '"' || c == '\'') && afterEquals) {
            quote = c;
            afterEquals = false;
            continue;
        }
        if (c == '=')
            afterEquals = true;
        else if (!isSpace(c))
            afterEquals = false;
    }
    return n;
}

qsizetype Guard::skipRawText(qsizetype i, QByteArrayView name) const
{
    const qsizetype n = m_in.size();
    while (i < n) {
        const qsizetype lt = m_in.indexOf("</", i);
        if (lt < 0)
            return n;
        const qsizetype nameEnd = lt + 2 + name.size();
        if (nameEnd <= n
            && QByteArrayView(m_in).sliced(lt + 2, name.size()).compare(name, Qt::CaseInsensitive)
                    == 0
            && (nameEnd == n || isSpace(m_in.at(nameEnd)) || m_in.at(nameEnd) == '/'
                || m_in.at(nameEnd) == '>'))
            return lt;
        i = lt + 2;
    }
    return n;
}

void Guard::removeTag(qsizetype from, qsizetype to)
{
    m_out.append(QByteArrayView(m_in).sliced(m_copied, from - m_copied));
    m_copied = to;
    m_changed = true;
    ++m_outcome.droppedTags;
}

void Guard::insert(qsizetype at, const QByteArray &bytes)
{
    m_out.append(QByteArrayView(m_in).sliced(m_copied, at - m_copied));
    m_out.append(bytes);
    m_copied = at;
    m_changed = true;
    ++m_outcome.insertedEndTags;
}

bool Guard::push(QByteArrayView name, bool formatting)
{
    if (m_stack.size() >= size_t(NestingGuard::MaxDepth))
        return false;
    Open open {name.toByteArray()};
    if (oneOf(name, Markers))
        open.markerListSize = int(m_active.size());
    if (formatting) {
        open.formattingId = m_nextId++;
        m_active.push_back({open.name, open.formattingId, true});
    }
    if (name == "svg" || name == "math")
        ++m_foreign;
    ++m_openCount[open.name];
    m_stack.push_back(std::move(open));
    return true;
}

void Guard::popTo(qsizetype index)
{
    while (qsizetype(m_stack.size()) > index) {
        const Open &top = m_stack.back();
        if (top.formattingId >= 0) {
            for (Active &active : m_active) {
                if (active.id == top.formattingId)
                    active.open = false;
            }
        }
        if (top.markerListSize >= 0 && size_t(top.markerListSize) < m_active.size())
            m_active.resize(size_t(top.markerListSize));
        if (top.name == "svg" || top.name == "math")
            --m_foreign;
        --m_openCount[top.name];
        m_stack.pop_back();
    }
}

qsizetype Guard::findInScope(Names targets, Names extraBoundaries) const
{
    // Most searches are for an element that is not open at all (a <p> before every block):
    // answer those without walking the stack.
    bool open = false;
    for (QByteArrayView target : targets) {
        const auto it = m_openCount.constFind(target.toByteArray());
        open = open || (it != m_openCount.constEnd() && it.value() > 0);
    }
    if (!open)
        return -1;
    for (qsizetype i = qsizetype(m_stack.size()) - 1; i >= 0; --i) {
        const QByteArray &name = m_stack[size_t(i)].name;
        if (oneOf(name, targets))
            return i;
        if (oneOf(name, ScopeBoundaries) || oneOf(name, extraBoundaries))
            return -1;
    }
    return -1;
}

void Guard::closeIfInScope(Names targets, Names extraBoundaries)
{
    const qsizetype at = findInScope(targets, extraBoundaries);
    if (at >= 0)
        popTo(at);
}

void Guard::reconstruct(qsizetype at)
{
    bool stale = false;
    for (const Active &active : m_active)
        stale = stale || !active.open;
    if (!stale)
        return;
    if (m_reconstructed < NestingGuard::ReconstructionBudget) {
        for (Active &active : m_active) {
            if (active.open || m_stack.size() >= size_t(NestingGuard::MaxDepth))
                continue;
            active.open = true;
            m_stack.push_back({active.name, active.id, -1});
            ++m_openCount[active.name];
            ++m_reconstructed;
        }
        return;
    }
    // Over budget: end every formatting element explicitly, last first.
    for (auto it = m_active.rbegin(); it != m_active.rend(); ++it) {
        QByteArray endTag("</");
        endTag.append(it->name).append('>');
        insert(at, endTag);
    }
    for (qsizetype i = qsizetype(m_stack.size()) - 1; i >= 0; --i) {
        if (m_stack[size_t(i)].formattingId >= 0) {
            --m_openCount[m_stack[size_t(i)].name];
            m_stack.erase(m_stack.begin() + i);
        }
    }
    m_active.clear();
}

void Guard::startTag(QByteArrayView name, bool selfClosing, qsizetype tagStart, qsizetype tagEnd)
{
    if (oneOf(name, {"html", "body", "head", "frameset"}))
        return;
    if (m_foreign > 0) {
        if (!selfClosing && !push(name))
            removeTag(tagStart, tagEnd);
        return;
    }
    if (oneOf(name, ClosesP)) {
        closeIfInScope({"p"}, {"button"});
        if (name == "li")
            closeIfInScope({"li"}, {"ul", "ol"});
        else if (name == "dd" || name == "dt")
            closeIfInScope({"dd", "dt"});
        else if (name.size() == 2 && name.at(0) == 'h' && name.at(1) >= '1' && name.at(1) <= '6'
                 && !m_stack.empty() && m_stack.back().name.size() == 2
                 && m_stack.back().name.at(0) == 'h')
            popTo(qsizetype(m_stack.size()) - 1);
        else if (name == "table" && !m_stack.empty()
                 && oneOf(m_stack.back().name, {"table", "tbody", "thead", "tfoot", "tr"}))
            closeIfInScope({"table"}, {"html", "template"});
    } else if (oneOf(name, {"tr", "td", "th", "tbody", "thead", "tfoot", "caption", "colgroup"})) {
        if (name == "td" || name == "th")
            closeIfInScope({"td", "th"});
        else if (name == "tr")
            closeIfInScope({"tr"}, {"table"});
        else {
            const qsizetype table = findInScope({"table"});
            if (table >= 0)
                popTo(table + 1);
        }
        const QByteArrayView top = m_stack.empty() ? QByteArrayView() : m_stack.back().name;
        if ((name == "td" || name == "th" || name == "tr") && top == "table")
            push("tbody");
        if ((name == "td" || name == "th")
            && oneOf(m_stack.empty() ? QByteArrayView() : QByteArrayView(m_stack.back().name),
                     {"tbody", "thead", "tfoot"}))
            push("tr");
    } else if (name == "option" || name == "optgroup") {
        if (!m_stack.empty() && m_stack.back().name == "option")
            popTo(qsizetype(m_stack.size()) - 1);
    } else {
        reconstruct(tagStart);
    }
    if (oneOf(name, VoidElements))
        return;
    const bool formatting = oneOf(name, Formatting);
    if (formatting && name == "a") {
        for (auto it = m_active.rbegin(); it != m_active.rend(); ++it) {
            if (it->name == "a") {
                endTag("a");
                break;
            }
        }
    }
    if (formatting && m_active.size() >= size_t(NestingGuard::MaxFormatting)) {
        removeTag(tagStart, tagEnd);
        return;
    }
    if (!push(name, formatting))
        removeTag(tagStart, tagEnd);
}

void Guard::endTag(QByteArrayView name)
{
    if (oneOf(name, {"html", "body", "br"}))
        return;
    if (oneOf(name, Formatting)) {
        for (qsizetype i = qsizetype(m_active.size()) - 1; i >= 0; --i) {
            if (m_active[size_t(i)].name != name)
                continue;
            const int id = m_active[size_t(i)].id;
            m_active.erase(m_active.begin() + i);
            for (qsizetype s = qsizetype(m_stack.size()) - 1; s >= 0; --s) {
                if (m_stack[size_t(s)].formattingId == id) {
                    popTo(s);
                    break;
                }
            }
            return;
        }
    }
    if (name == "p")
        closeIfInScope({"p"}, {"button"});
    else if (name == "li")
        closeIfInScope({"li"}, {"ul", "ol"});
    else if (oneOf(name, {"table", "tbody", "thead", "tfoot", "tr"}))
        closeIfInScope({name}, {"html", "template"});
    else
        closeIfInScope({name});
}

NestingGuard::Outcome Guard::run()
{
    const qsizetype n = m_in.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = m_in.indexOf('<', i);
        const qsizetype textEnd = lt < 0 ? n : lt;
        for (qsizetype t = i; t < textEnd; ++t) {
            if (!isSpace(m_in.at(t))) {
                reconstruct(i);
                break;
            }
        }
        if (lt < 0)
            break;
        i = lt + 1;
        if (i >= n)
            break;
        const char c = m_in.at(i);
        if (c == '!' && m_in.mid(i, 3) == "!--") {
            const qsizetype close = m_in.indexOf("-->", i + 1);
            i = close < 0 ? n : close + 3;
            continue;
        }
        if (c == '!' || c == '?') {
            const qsizetype close = m_in.indexOf('>', i);
            i = close < 0 ? n : close + 1;
            continue;
        }
        const bool end = c == '/';
        const qsizetype nameStart = end ? i + 1 : i;
        if (nameStart >= n || !isAlpha(m_in.at(nameStart)))
            continue; // a literal '<'
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && !isSpace(m_in.at(nameEnd)) && m_in.at(nameEnd) != '/'
               && m_in.at(nameEnd) != '>')
            ++nameEnd;
        const QByteArray name = m_in.mid(nameStart, nameEnd - nameStart).toLower();
        bool selfClosing = false;
        i = skipTagBody(nameEnd, &selfClosing);
        if (end) {
            endTag(name);
            continue;
        }
        startTag(name, selfClosing, lt, i);
        if (m_foreign == 0 && oneOf(name, RawText) && !m_stack.empty()
            && m_stack.back().name == name) {
            i = skipRawText(i, name);
            popTo(qsizetype(m_stack.size()) - 1);
        } else if (name == "plaintext") {
            break;
        }
    }
    if (!m_changed) {
        m_outcome.html = m_in;
        return m_outcome;
    }
    m_out.append(QByteArrayView(m_in).sliced(m_copied));
    m_outcome.html = std::move(m_out);
    return m_outcome;
}

} // namespace

NestingGuard::Outcome NestingGuard::limit(const QByteArray &html)
{
    Guard guard(html);
    return guard.run();
}

} // namespace Newsdesk
