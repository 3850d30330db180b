#include "articlediff.h"

#include "editor/articlefield.h"
#include "html/bodytext.h"
#include "html/sanitizer.h"

#include <QLocale>

#include <vector>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

// A readable name for an image's src: "#42" for the library's media:42, else the address.
QString imageName(const BodyNode &image)
{
    for (const auto &[name, value] : image.attributes) {
        if (name != u"src"_s)
            continue;
        return value.startsWith(u"media:"_s) ? u'#' + value.sliced(6) : value;
    }
    return {};
}

QString attribute(const BodyNode &node, const QString &attributeName)
{
    for (const auto &[name, value] : node.attributes) {
        if (name == attributeName)
            return value;
    }
    return {};
}

// The text under a node (a caption with its credit), line breaks as spaces.
QString textUnder(const BodyTree &tree, int index)
{
    QString text;
    std::vector<int> stack {index};
    while (!stack.empty()) {
        const BodyNode &node = tree.node(stack.back());
        stack.pop_back();
        if (node.type == BodyNodeType::Text)
            text += node.text;
        else if (node.type == BodyNodeType::Br)
            text += u' ';
        for (auto it = node.children.rbegin(); it != node.children.rend(); ++it)
            stack.push_back(*it);
    }
    return text.simplified();
}

QString figureLine(const BodyTree &tree, const BodyNode &figure)
{
    QString image;
    QString caption;
    for (int child : figure.children) {
        const BodyNode &node = tree.node(child);
        if (node.type == BodyNodeType::Img)
            image = imageName(node);
        else if (node.type == BodyNodeType::Figcaption)
            caption = textUnder(tree, child);
    }
    return caption.isEmpty() ? ArticleDiff::tr("[Image %1]").arg(image)
                             : ArticleDiff::tr("[Image %1: %2]").arg(image, caption);
}

QString timeText(const QDateTime &time, const QDateTime &other)
{
    if (!time.isValid())
        return {};
    // Minutes, as the form shows them; seconds only when they are all that differs.
    const bool sameMinute =
            other.isValid() && time.toSecsSinceEpoch() / 60 == other.toSecsSinceEpoch() / 60;
    return time.toLocalTime().toString(sameMinute && time != other ? u"yyyy-MM-dd HH:mm:ss"_s
                                                                   : u"yyyy-MM-dd HH:mm"_s);
}

class FieldTexts
{
public:
    FieldTexts(const Article &before, const Article &after,
               const ArticleDiff::ChannelName &channelName)
        : m_before(before)
        , m_after(after)
        , m_channelName(channelName)
    {
    }

    QList<FieldDiff> fields() const
    {
        QList<FieldDiff> fields;
        const auto add = [&fields](const QString &key, const QString &label, const QString &before,
                                   const QString &after) {
            FieldDiff field;
            field.key = key;
            field.label = label;
            field.before = before;
            field.after = after;
            fields.append(field);
        };
        const auto text = [&](const QString &key, ArticleField id) {
            add(key, ArticleFields::displayName(id), ArticleFields::value(m_before, id).toString(),
                ArticleFields::value(m_after, id).toString());
        };
        const auto each = [&](const QString &key, ArticleField id, auto &&toText) {
            add(key, ArticleFields::displayName(id), toText(m_before, m_after),
                toText(m_after, m_before));
        };
        text(u"title"_s, ArticleField::Title);
        text(u"shortTitle"_s, ArticleField::ShortTitle);
        text(u"subtitle"_s, ArticleField::Subtitle);
        text(u"titleColor"_s, ArticleField::TitleColor);
        each(u"titleBold"_s, ArticleField::TitleBold, [](const Article &a, const Article &) {
            return a.titleBold ? ArticleDiff::tr("yes") : ArticleDiff::tr("no");
        });
        text(u"summary"_s, ArticleField::Summary);
        text(u"keywords"_s, ArticleField::Keywords);
        each(u"channel"_s, ArticleField::Channel, [this](const Article &a, const Article &) {
            return a.channelId > 0 ? channel(a.channelId) : QString();
        });
        each(u"secondaryChannels"_s, ArticleField::SecondaryChannels,
             [this](const Article &a, const Article &) {
                 QStringList names;
                 for (qint64 id : a.secondaryChannelIds)
                     names.append(channel(id));
                 return names.join(u", "_s);
             });
        each(u"tags"_s, ArticleField::Tags,
             [](const Article &a, const Article &) { return a.tags.join(u", "_s); });
        each(u"flags"_s, ArticleField::Flags, [](const Article &a, const Article &) {
            return ArticleFlagsText::displayNames(a.flags);
        });
        text(u"redirectUrl"_s, ArticleField::RedirectUrl);
        each(u"weight"_s, ArticleField::Weight,
             [](const Article &a, const Article &) { return QString::number(a.weight); });
        each(u"coverMedia"_s, ArticleField::CoverMedia, [](const Article &a, const Article &) {
            return a.coverMediaId > 0 ? u"#%1"_s.arg(a.coverMediaId) : QString();
        });
        text(u"source"_s, ArticleField::Source);
        text(u"author"_s, ArticleField::Author);
        text(u"editor"_s, ArticleField::Editor);
        each(u"publishAt"_s, ArticleField::PublishAt, [](const Article &a, const Article &other) {
            return timeText(a.publishAt, other.publishAt);
        });
        each(u"expireAt"_s, ArticleField::ExpireAt, [](const Article &a, const Article &other) {
            return timeText(a.expireAt, other.expireAt);
        });
        text(u"fileName"_s, ArticleField::FileName);
        add(u"status"_s, ArticleDiff::tr("Status"), ArticleStatuses::displayName(m_before.status),
            ArticleStatuses::displayName(m_after.status));
        return fields;
    }

private:
    QString channel(qint64 id) const
    {
        const QString name = m_channelName ? m_channelName(id) : QString();
        return name.isEmpty() ? u"#%1"_s.arg(id) : name;
    }

    const Article &m_before;
    const Article &m_after;
    const ArticleDiff::ChannelName &m_channelName;
};

void compareField(FieldDiff &field)
{
    field.changed = field.before != field.after;
    if (field.changed)
        field.segments = TextDiff::diff(field.before, field.after);
    else if (!field.before.isEmpty())
        field.segments = {DiffSegment {DiffSegment::Kind::Same, field.before}};
}

} // namespace

QString ArticleDiff::bodyText(const QString &html)
{
    BodyTree tree = Sanitizer::cleanTree(html);
    // Figures and page breaks become paragraphs of their own that say what they are, then the
    // body's text is read as everywhere else.
    std::vector<int> stack {0};
    std::vector<std::pair<int, QString>> replaced;
    while (!stack.empty()) {
        const int index = stack.back();
        stack.pop_back();
        const BodyNode &node = tree.node(index);
        if (node.type == BodyNodeType::Figure) {
            replaced.emplace_back(index, figureLine(tree, node));
            continue;
        }
        if (node.type == BodyNodeType::PageBreak) {
            const QString title = attribute(node, u"data-title"_s);
            replaced.emplace_back(index,
                                  title.isEmpty() ? tr("[Page break]")
                                                  : tr("[Page break: %1]").arg(title));
            continue;
        }
        for (int child : node.children)
            stack.push_back(child);
    }
    for (const auto &[index, line] : replaced) {
        BodyNode &node = tree.node(index);
        node.type = BodyNodeType::P;
        node.attributes.clear();
        node.children.clear();
        tree.addText(index, line);
    }
    return BodyText::plain(tree.toHtml());
}

ArticleDiff ArticleDiff::compare(const Article &before, const Article &after,
                                 const ChannelName &channelName)
{
    ArticleDiff diff;
    diff.fields = FieldTexts(before, after, channelName).fields();
    for (FieldDiff &field : diff.fields)
        compareField(field);
    diff.body.key = u"body"_s;
    diff.body.label = tr("Body");
    if (before.body == after.body) {
        diff.body.before = diff.body.after = bodyText(before.body);
    } else {
        diff.body.before = bodyText(before.body);
        diff.body.after = bodyText(after.body);
    }
    compareField(diff.body);
    diff.bodyFormattingChanged = !diff.body.changed && before.body != after.body;
    for (const FieldDiff &field : std::as_const(diff.fields)) {
        diff.addedChars += TextDiff::addedCharacters(field.segments);
        diff.removedChars += TextDiff::removedCharacters(field.segments);
    }
    diff.addedChars += TextDiff::addedCharacters(diff.body.segments);
    diff.removedChars += TextDiff::removedCharacters(diff.body.segments);
    return diff;
}

bool ArticleDiff::identical() const
{
    return changedFieldCount() == 0 && !bodyFormattingChanged;
}

int ArticleDiff::changedFieldCount() const
{
    int count = body.changed ? 1 : 0;
    for (const FieldDiff &field : fields)
        count += field.changed ? 1 : 0;
    return count;
}

} // namespace Newsdesk
