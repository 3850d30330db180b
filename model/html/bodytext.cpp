#include "bodytext.h"

#include <QList>

#include <gumbo.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

bool startsLine(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_DIV:
        return true;
    default:
        return false;
    }
}

bool joinsWord(char32_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'-' || c == u'.' || c == u'_';
}

} // namespace

QString BodyText::plain(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.fragment_context = GUMBO_TAG_BODY;
    options.max_errors = 0;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    if (!output)
        return {};
    QString text;
    const auto newline = [&text] {
        while (text.endsWith(u' '))
            text.chop(1);
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text.append(u'\n');
    };
    std::vector<const GumboNode *> stack {output->root};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (!node) {
            newline(); // the end of a block
            continue;
        }
        if (node->type == GUMBO_NODE_TEXT) {
            text.append(QString::fromUtf8(node->v.text.text));
            continue;
        }
        if (node->type == GUMBO_NODE_WHITESPACE) {
            if (!text.isEmpty() && !text.endsWith(u'\n') && !text.endsWith(u' '))
                text.append(u' ');
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE
            || tag == GUMBO_TAG_TEMPLATE)
            continue;
        if (tag == GUMBO_TAG_BR) {
            newline();
            continue;
        }
        if ((tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) && !text.isEmpty()
            && !text.endsWith(u'\n'))
            text.append(u' ');
        if (startsLine(tag)) {
            newline();
            stack.push_back(nullptr);
        }
        const GumboVector &children = node->v.element.children;
        for (unsigned i = children.length; i-- > 0;)
            stack.push_back(static_cast<const GumboNode *>(children.data[i]));
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return text.trimmed();
}

BodyText::Count BodyText::countText(QStringView text)
{
    Count count;
    bool inWord = false;
    const QList<uint> chars = text.toUcs4();
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        const char32_t next = i + 1 < chars.size() ? chars.at(i + 1) : 0;
        if (BodyText::isCharacterScript(c)) {
            ++count.characters;
            inWord = false;
        } else if (QChar::isLetterOrNumber(c)) {
            if (!inWord)
                ++count.words;
            inWord = true;
        } else if (!(inWord && joinsWord(c) && QChar::isLetterOrNumber(next)
                     && !BodyText::isCharacterScript(next))) {
            inWord = false;
        }
    }
    return count;
}

BodyText::Count BodyText::count(const QString &html)
{
    return countText(plain(html));
}

bool BodyText::isCharacterScript(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

} // namespace Newsdesk
