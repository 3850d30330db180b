#include "htmlbodywriter.h"

#include "htmlchrome.h"

#include <QRegularExpression>

#include <gumbo.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

bool isBlock(const QString &tag)
{
    static const QStringList blocks = {
            u"p"_s,       u"div"_s,    u"h1"_s,  u"h2"_s,         u"h3"_s,         u"h4"_s,
            u"h5"_s,      u"h6"_s,     u"li"_s,  u"td"_s,         u"th"_s,         u"dd"_s,
            u"dt"_s,      u"center"_s, u"pre"_s, u"blockquote"_s, u"figcaption"_s, u"section"_s,
            u"article"_s, u"table"_s,  u"ul"_s,  u"ol"_s,         u"figure"_s};
    return blocks.contains(tag);
}

bool isVoid(const QString &tag)
{
    static const QStringList voids = {u"area"_s,  u"base"_s,   u"br"_s,    u"col"_s,  u"embed"_s,
                                      u"hr"_s,    u"img"_s,    u"input"_s, u"link"_s, u"meta"_s,
                                      u"param"_s, u"source"_s, u"track"_s, u"wbr"_s,  u"keygen"_s};
    return voids.contains(tag);
}

QString escaped(const QString &text, bool attribute)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'&')
            out += u"&amp;"_s;
        else if (c == u'<')
            out += u"&lt;"_s;
        else if (c == u'>')
            out += u"&gt;"_s;
        else if (attribute && c == u'"')
            out += u"&quot;"_s;
        else
            out += c;
    }
    return out;
}

QString withoutSpaces(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// Whether text repeats caption: the same words, or the same with a little added or left out
// (the reference page's caption says "11月27日至28日…", its repeat "2015年11月27日至28日…").
bool repeats(const QString &text, const QString &caption)
{
    const QString a = withoutSpaces(text);
    const QString b = withoutSpaces(caption);
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    const QString &shorter = a.size() < b.size() ? a : b;
    const QString &longer = a.size() < b.size() ? b : a;
    return shorter.size() >= 20 && longer.contains(shorter)
            && longer.size() - shorter.size() <= qMax<qsizetype>(12, longer.size() / 5);
}

const QRegularExpression &chiefEditorPattern()
{
    static const QRegularExpression pattern(
            uR"([(（]\s*(?:责任编辑|責任編輯)\s*[:：]\s*([^()（）]{0,40}?)\s*[)）])"_s);
    return pattern;
}

} // namespace

HtmlBodyWriter::Body HtmlBodyWriter::write(const Node *content, const QString &title)
{
    HtmlBodyWriter writer(content);
    writer.findUnits();
    writer.dropTitleHeading(title);
    writer.dropPrevNext();
    writer.takeCredits();
    writer.dropCaptionRepeats();
    writer.findLayoutTables();
    writer.serialize();
    return writer.m_body;
}

void HtmlBodyWriter::findUnits()
{
    QList<const Node *> blocks;
    QList<const Node *> ordered;
    HtmlDocument::walk(m_content, [&](const Node *node) {
        if (!HtmlDocument::isElement(node))
            return node == m_content;
        if (node != m_content && HtmlChrome::isChrome(node))
            return false;
        if (node == m_content)
            return true;
        const QString tag = HtmlDocument::tagName(node);
        if (isBlock(tag) || tag == u"img"_s)
            ordered.append(node);
        if (isBlock(tag))
            blocks.append(node);
        return true;
    });
    // Mark every block's ancestors as not innermost; stopping at a marked one keeps this
    // linear however deep the page nests.
    QSet<const Node *> outer;
    for (const Node *block : std::as_const(blocks)) {
        for (const Node *up = HtmlDocument::parent(block); up && up != m_content;
             up = HtmlDocument::parent(up)) {
            if (outer.contains(up))
                break;
            outer.insert(up);
        }
    }
    const auto imageTexts = [](const Node *image) {
        QStringList texts;
        for (const char *name : {"alt", "title"}) {
            const QString text = HtmlDocument::attribute(image, name).simplified();
            if (!text.isEmpty())
                texts.append(text);
        }
        return texts;
    };
    for (const Node *node : std::as_const(ordered)) {
        Unit unit;
        unit.node = node;
        if (HtmlDocument::tagName(node) == u"img"_s) {
            const Node *block = HtmlDocument::parent(node);
            while (block && block != m_content && !isBlock(HtmlDocument::tagName(block)))
                block = HtmlDocument::parent(block);
            if (block && block != m_content && !outer.contains(block))
                continue; // part of its innermost block's unit
            unit.image = true;
            unit.imageTexts = imageTexts(node);
            m_units.append(unit);
            continue;
        }
        if (outer.contains(node))
            continue;
        unit.text = HtmlDocument::text(node, &HtmlChrome::isChrome);
        const QList<const Node *> inner = HtmlDocument::descendants(
                node, [](const Node *n) { return n->v.element.tag == GUMBO_TAG_IMG; });
        unit.image = unit.text.isEmpty() && !inner.isEmpty();
        for (const Node *image : inner)
            unit.imageTexts += imageTexts(image);
        m_units.append(unit);
    }
}

void HtmlBodyWriter::dropPrevNext()
{
    static const QRegularExpression prevNext(
            uR"(^(上一篇|下一篇|上一篇文章|下一篇文章)\s*[:：])"_s);
    for (const Unit &unit : std::as_const(m_units)) {
        if (prevNext.match(unit.text).hasMatch())
            m_skipped.insert(unit.node);
    }
}

void HtmlBodyWriter::dropTitleHeading(const QString &title)
{
    for (qsizetype i = 0; i < qMin<qsizetype>(m_units.size(), 3); ++i) {
        const QString tag = HtmlDocument::tagName(m_units.at(i).node);
        if ((tag == u"h1"_s || tag == u"h2"_s || tag == u"h3"_s) && !title.isEmpty()
            && m_units.at(i).text == title) {
            m_skipped.insert(m_units.at(i).node);
            return;
        }
    }
}

void HtmlBodyWriter::takeCredits()
{
    static const QRegularExpression editorLine(
            uR"(^(?:编|編)\s*(?:辑|輯)\s*[:：]\s*(\S.{0,30}?)$)"_s);
    for (qsizetype i = m_units.size() - 1; i >= 0; --i) {
        const Unit &unit = m_units.at(i);
        if (unit.image)
            return;
        if (unit.text.isEmpty())
            continue;
        if (const QRegularExpressionMatch chief = chiefEditorPattern().match(unit.text);
            chief.hasMatch() && chief.capturedLength(0) == unit.text.size()) {
            if (m_body.chiefEditor.isEmpty())
                m_body.chiefEditor = chief.captured(1);
            m_skipped.insert(unit.node);
            continue;
        }
        const QRegularExpressionMatch editor = editorLine.match(unit.text);
        if (!editor.hasMatch() || !m_body.editor.isEmpty())
            return;
        m_body.editor = editor.captured(1).trimmed();
        m_skipped.insert(unit.node);
    }
}

void HtmlBodyWriter::dropCaptionRepeats()
{
    QStringList imageTexts; // of the last image
    QString caption;
    bool afterImage = false;
    for (const Unit &unit : std::as_const(m_units)) {
        if (m_skipped.contains(unit.node))
            continue;
        if (unit.image) {
            imageTexts = unit.imageTexts;
            caption.clear();
            afterImage = true;
            continue;
        }
        if (unit.text.isEmpty())
            continue;
        if (!afterImage)
            continue;
        if (caption.isEmpty()) {
            caption = unit.text; // the caption itself stays: it becomes the figcaption
            continue;
        }
        bool repeat = repeats(unit.text, caption);
        for (const QString &text : std::as_const(imageTexts))
            repeat = repeat || repeats(unit.text, text);
        if (repeat) {
            m_skipped.insert(unit.node);
            continue;
        }
        afterImage = false;
    }
}

void HtmlBodyWriter::findLayoutTables()
{
    const QList<const Node *> tables = HtmlDocument::descendants(
            m_content, [](const Node *node) { return node->v.element.tag == GUMBO_TAG_TABLE; });
    for (const Node *table : tables) {
        QList<const Node *> wrappers {table};
        QList<const Node *> rows;
        const GumboVector &children = table->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const Node *>(children.data[i]);
            if (!HtmlDocument::isElement(child))
                continue;
            if (child->v.element.tag == GUMBO_TAG_TR) {
                rows.append(child);
            } else if (child->v.element.tag == GUMBO_TAG_TBODY) {
                wrappers.append(child);
                rows += HtmlDocument::descendants(child, [child](const Node *n) {
                    return n->v.element.tag == GUMBO_TAG_TR && n->parent == child;
                });
            }
        }
        if (rows.size() != 1)
            continue;
        const QList<const Node *> cells =
                HtmlDocument::descendants(rows.constFirst(), [&rows](const Node *n) {
                    return n->parent == rows.constFirst()
                            && (n->v.element.tag == GUMBO_TAG_TD
                                || n->v.element.tag == GUMBO_TAG_TH);
                });
        if (cells.size() != 1)
            continue;
        for (const Node *wrapper : std::as_const(wrappers))
            m_unwrapped.insert(wrapper);
        m_unwrapped.insert(rows.constFirst());
        m_unwrapped.insert(cells.constFirst());
    }
}

void HtmlBodyWriter::serialize()
{
    static const QRegularExpression validName(u"^[a-z][a-z0-9-]*$"_s);
    static const QRegularExpression validAttribute(u"^[a-z_:][-a-z0-9_:.]*$"_s);
    struct Frame
    {
        const Node *node;
        unsigned next;
        QString closing;
    };
    std::vector<Frame> stack {{m_content, 0, {}}};
    while (!stack.empty()) {
        Frame &top = stack.back();
        const GumboVector &children = top.node->v.element.children;
        if (top.next >= children.length) {
            m_body.html += top.closing;
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const Node *>(children.data[top.next++]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE
            || child->type == GUMBO_NODE_CDATA) {
            writeText(QString::fromUtf8(child->v.text.text));
            continue;
        }
        if (child->type != GUMBO_NODE_ELEMENT || HtmlChrome::isChrome(child)
            || m_skipped.contains(child))
            continue;
        const QString tag = HtmlDocument::tagName(child);
        if (m_unwrapped.contains(child) || !validName.match(tag).hasMatch()) {
            stack.push_back({child, 0, {}});
            continue;
        }
        m_body.html += u'<' + tag;
        const GumboVector &attributes = child->v.element.attributes;
        for (unsigned i = 0; i < attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(attributes.data[i]);
            const QString name = QString::fromUtf8(attribute->name).toLower();
            if (validAttribute.match(name).hasMatch())
                m_body.html += u' ' + name + u"=\""_s
                        + escaped(QString::fromUtf8(attribute->value), true) + u'"';
        }
        m_body.html += u'>';
        if (tag == u"img"_s)
            ++m_body.images;
        if (!isVoid(tag))
            stack.push_back({child, 0, u"</"_s + tag + u'>'});
    }
}

void HtmlBodyWriter::writeText(const QString &text)
{
    QString kept = text;
    if (kept.contains(u"责任编辑"_s) || kept.contains(u"責任編輯"_s)) {
        const QRegularExpressionMatch match = chiefEditorPattern().match(kept);
        if (match.hasMatch()) {
            if (m_body.chiefEditor.isEmpty())
                m_body.chiefEditor = match.captured(1);
            kept.remove(match.capturedStart(0), match.capturedLength(0));
        }
    }
    for (const QChar c : std::as_const(kept)) {
        if (!c.isSpace())
            ++m_body.textLength;
    }
    m_body.html += escaped(kept, false);
}

} // namespace Newsdesk
