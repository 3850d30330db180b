#include "gumbowalker.h"

#include "allowlist.h"
#include "attributefilter.h"
#include "bodybuilder.h"
#include "sanitizerreport.h"
#include "urlpolicy.h"

#include <gumbo.h>

#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

// The input rule of every tag gumbo knows, looked up once.
const AllowList::InputRule &ruleFor(GumboTag tag)
{
    static const std::array<AllowList::InputRule, GUMBO_TAG_LAST + 1> rules = [] {
        std::array<AllowList::InputRule, GUMBO_TAG_LAST + 1> table;
        for (int i = 0; i < GUMBO_TAG_LAST; ++i)
            table[size_t(i)] = AllowList::inputRule(
                    QString::fromLatin1(gumbo_normalized_tagname(GumboTag(i))));
        return table;
    }();
    return rules[size_t(tag)];
}

QString elementName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

} // namespace

GumboWalker::GumboWalker(BodyBuilder &builder, SanitizerReport &report, const QUrl &baseUrl,
                         AttributeFilter::LocalImages localImages)
    : m_builder(builder)
    , m_report(report)
    , m_attributeFilter(report, baseUrl, std::move(localImages))
{
}

void GumboWalker::walk(const GumboInternalNode *root)
{
    std::vector<Visit> stack;
    Visit first;
    first.node = root;
    if (enter(first))
        stack.push_back(first);
    while (!stack.empty()) {
        Visit &top = stack.back();
        const GumboVector &children = top.node->type == GUMBO_NODE_DOCUMENT
                ? top.node->v.document.children
                : top.node->v.element.children;
        if (top.next >= children.length) {
            leave(top);
            stack.pop_back();
            continue;
        }
        Visit child;
        child.node = static_cast<const GumboNode *>(children.data[top.next++]);
        if (enter(child))
            stack.push_back(child);
    }
}

bool GumboWalker::enter(Visit &visit)
{
    switch (visit.node->type) {
    case GUMBO_NODE_DOCUMENT:
        return true;
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
        text(visit.node->v.text.text);
        return false;
    case GUMBO_NODE_CDATA:
        return false; // only in SVG and MathML, which are dropped whole
    case GUMBO_NODE_COMMENT:
        ++m_report.comments;
        return false;
    case GUMBO_NODE_TEMPLATE:
        ++m_report.scripts;
        return false;
    case GUMBO_NODE_ELEMENT:
        return enterElement(visit);
    }
    return false;
}

void GumboWalker::text(const char *utf8)
{
    const QString text = QString::fromUtf8(utf8);
    if (m_preformatted == 0) {
        m_builder.text(text);
        return;
    }
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            m_builder.lineBreak();
        m_builder.text(lines.at(i));
    }
}

bool GumboWalker::enterElement(Visit &visit)
{
    const GumboElement &element = visit.node->v.element;
    m_attributes.clear();
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        m_attributes.append(
                {QString::fromUtf8(attribute->name), QString::fromUtf8(attribute->value)});
    }
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML) {
        ++m_report.otherElements;
        for (const auto &[name, value] : std::as_const(m_attributes))
            m_attributeFilter.countDropped(name, value);
        return false;
    }
    const QString name = elementName(element);
    const AllowList::InputRule rule =
            element.tag == GUMBO_TAG_UNKNOWN ? AllowList::inputRule(name) : ruleFor(element.tag);
    if (rule.action == AllowList::Action::Drop) {
        switch (rule.reason) {
        case AllowList::DropReason::Script:
            ++m_report.scripts;
            break;
        case AllowList::DropReason::Style:
            ++m_report.styleSheets;
            break;
        case AllowList::DropReason::Embed:
            ++m_report.embeds;
            break;
        case AllowList::DropReason::Form:
            ++m_report.formControls;
            break;
        case AllowList::DropReason::Other:
            ++m_report.otherElements;
            break;
        case AllowList::DropReason::None:
            return false;
        }
        // Only what made it dangerous is counted; the rest went with the element.
        for (const auto &[attribute, value] : std::as_const(m_attributes)) {
            if (attribute.startsWith(u"on"_s))
                ++m_report.eventHandlers;
            else if (AllowList::isAnyUrlAttribute(attribute) && !UrlPolicy::cleaned(value).isEmpty()
                     && !UrlPolicy::isSafe(UrlPolicy::Kind::Link, value))
                ++m_report.dangerousUrls;
        }
        return false;
    }
    // Word's lists: the marker ("·", "1.") sits in a span styled mso-list:Ignore, and each item
    // is a paragraph styled mso-list:l0 level1.
    bool wordListItem = false;
    for (const auto &[attribute, value] : std::as_const(m_attributes)) {
        visit.centred = visit.centred || AttributeFilter::isCentred(attribute, value);
        if (attribute == u"style"_s && value.contains(u"mso-list:"_s, Qt::CaseInsensitive)) {
            if (value.contains(u"mso-list:ignore"_s, Qt::CaseInsensitive)) {
                visit.centred = false;
                return false;
            }
            wordListItem = name == u"p"_s;
        }
    }
    if (wordListItem) {
        visit.centred = false;
        for (const auto &[attribute, value] : std::as_const(m_attributes))
            m_attributeFilter.countDropped(attribute, value);
        visit.frame = m_builder.open(BodyBuilder::Block::Li);
        return true;
    }
    visit.centred = visit.centred || name == u"center"_s;
    if (visit.centred)
        m_builder.pushCentred();
    if (rule.action == AllowList::Action::Keep && keep(visit, rule.canonicalName))
        return true;
    // Unwrapped: its attributes all go.
    if (name != u"html"_s && name != u"body"_s)
        ++m_report.unwrappedElements;
    for (const auto &[attribute, value] : std::as_const(m_attributes))
        m_attributeFilter.countDropped(attribute, value);
    if (rule.action == AllowList::Action::UnwrapBlock) {
        visit.boundary = true;
        m_builder.boundary();
        visit.preformatted = name == u"pre"_s || name == u"listing"_s || name == u"xmp"_s
                || name == u"plaintext"_s;
        if (visit.preformatted)
            ++m_preformatted;
    }
    return true;
}

bool GumboWalker::keep(Visit &visit, QLatin1StringView name)
{
    const auto value = [this](QLatin1StringView attribute) {
        for (const auto &[n, v] : std::as_const(m_attributes)) {
            if (n == attribute)
                return v;
        }
        return QString();
    };
    const auto hasClass = [&](QLatin1StringView className) {
        return AttributeFilter::collapsed(value("class"_L1)).split(u' ').contains(className);
    };
    const auto countOthers = [&](const QList<QLatin1StringView> &kept) {
        for (const auto &[attribute, v] : std::as_const(m_attributes)) {
            if (!kept.contains(attribute))
                m_attributeFilter.countDropped(attribute, v);
        }
    };
    static const QList<std::pair<QLatin1StringView, BodyBuilder::Block>> blocks = {
            {"p"_L1, BodyBuilder::Block::P},
            {"h2"_L1, BodyBuilder::Block::H2},
            {"h3"_L1, BodyBuilder::Block::H3},
            {"h4"_L1, BodyBuilder::Block::H4},
            {"blockquote"_L1, BodyBuilder::Block::Blockquote},
            {"ul"_L1, BodyBuilder::Block::Ul},
            {"ol"_L1, BodyBuilder::Block::Ol},
            {"li"_L1, BodyBuilder::Block::Li},
            {"table"_L1, BodyBuilder::Block::Table},
            {"caption"_L1, BodyBuilder::Block::Caption},
            {"thead"_L1, BodyBuilder::Block::Thead},
            {"tbody"_L1, BodyBuilder::Block::Tbody},
            {"tr"_L1, BodyBuilder::Block::Tr},
            {"th"_L1, BodyBuilder::Block::Th},
            {"td"_L1, BodyBuilder::Block::Td},
            {"figure"_L1, BodyBuilder::Block::Figure},
            {"figcaption"_L1, BodyBuilder::Block::Figcaption},
    };
    static const QList<std::pair<QLatin1StringView, BodyNodeType>> inlines = {
            {"strong"_L1, BodyNodeType::Strong}, {"em"_L1, BodyNodeType::Em},
            {"u"_L1, BodyNodeType::U},           {"s"_L1, BodyNodeType::S},
            {"sub"_L1, BodyNodeType::Sub},       {"sup"_L1, BodyNodeType::Sup},
    };
    for (const auto &[tag, block] : blocks) {
        if (tag != name)
            continue;
        BodyAttributes attributes;
        if (block == BodyBuilder::Block::Ol) {
            const int start = AttributeFilter::leadingNumber(value("start"_L1));
            if (start >= 0 && start != 1)
                attributes.append({u"start"_s, QString::number(start)});
            countOthers({"start"_L1});
        } else if (block == BodyBuilder::Block::Th || block == BodyBuilder::Block::Td) {
            const int colspan = AttributeFilter::leadingNumber(value("colspan"_L1));
            const int rowspan = AttributeFilter::leadingNumber(value("rowspan"_L1));
            if (colspan >= 2 && colspan <= 1000)
                attributes.append({u"colspan"_s, QString::number(colspan)});
            if (rowspan >= 2 && rowspan <= 65534)
                attributes.append({u"rowspan"_s, QString::number(rowspan)});
            countOthers({"colspan"_L1, "rowspan"_L1});
        } else {
            countOthers({});
        }
        visit.frame = m_builder.open(block, attributes);
        return true;
    }
    for (const auto &[tag, type] : inlines) {
        if (tag == name) {
            countOthers({});
            visit.inlinePushed = m_builder.pushInline(type);
            return true;
        }
    }
    if (name == "a"_L1) {
        const QString href = m_attributeFilter.linkUrl(value("href"_L1));
        if (href.isEmpty())
            return false;
        BodyAttributes attributes {{u"href"_s, href}};
        if (const QString title = AttributeFilter::collapsed(value("title"_L1)); !title.isEmpty())
            attributes.append({u"title"_s, title});
        countOthers({"href"_L1, "title"_L1});
        visit.inlinePushed = m_builder.pushInline(BodyNodeType::A, attributes);
        return true;
    }
    if (name == "small"_L1) {
        if (!hasClass("credit"_L1))
            return false;
        countOthers({"class"_L1});
        visit.inlinePushed =
                m_builder.pushInline(BodyNodeType::Credit, {{u"class"_s, u"credit"_s}});
        return true;
    }
    if (name == "br"_L1) {
        countOthers({});
        m_builder.lineBreak();
        return true;
    }
    if (name == "hr"_L1) {
        const bool pageBreak = hasClass("page-break"_L1);
        countOthers(pageBreak ? QList<QLatin1StringView> {"class"_L1, "data-title"_L1}
                              : QList<QLatin1StringView> {});
        m_builder.rule(pageBreak,
                       pageBreak ? AttributeFilter::collapsed(value("data-title"_L1)) : QString());
        return true;
    }
    if (name == "img"_L1) {
        countOthers({"src"_L1, "alt"_L1, "width"_L1, "height"_L1});
        const QString src = m_attributeFilter.imageUrl(value("src"_L1));
        if (src.isEmpty())
            return true;
        BodyAttributes attributes {{u"src"_s, src},
                                   {u"alt"_s, AttributeFilter::collapsed(value("alt"_L1))}};
        for (QLatin1StringView dimension : {"width"_L1, "height"_L1}) {
            const int size = AttributeFilter::leadingNumber(value(dimension));
            if (size >= 1 && size <= 100000)
                attributes.append({QString(dimension), QString::number(size)});
        }
        m_builder.image(attributes);
        return true;
    }
    return false;
}

void GumboWalker::leave(const Visit &visit)
{
    if (visit.frame)
        m_builder.close(visit.frame);
    if (visit.inlinePushed)
        m_builder.popInline();
    if (visit.boundary)
        m_builder.boundary();
    if (visit.preformatted)
        --m_preformatted;
    if (visit.centred)
        m_builder.popCentred();
}

} // namespace Newsdesk
