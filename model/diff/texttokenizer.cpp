#include "texttokenizer.h"

#include "html/bodytext.h"

namespace Newsdesk {

namespace {

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing;
}

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) && !BodyText::isCharacterScript(c);
}

// Reads code points of a QStringView, surrogate pairs whole.
class CodePoints
{
public:
    explicit CodePoints(QStringView text)
        : m_text(text)
    {
    }

    qsizetype size() const { return m_text.size(); }
    // The code point at pos; *length is 2 for a surrogate pair, else 1.
    char32_t at(qsizetype pos, qsizetype *length) const
    {
        const QChar c = m_text.at(pos);
        if (c.isHighSurrogate() && pos + 1 < m_text.size() && m_text.at(pos + 1).isLowSurrogate()) {
            *length = 2;
            return QChar::surrogateToUcs4(c, m_text.at(pos + 1));
        }
        *length = 1;
        return c.unicode();
    }
    char32_t at(qsizetype pos) const
    {
        qsizetype length = 0;
        return pos < m_text.size() ? at(pos, &length) : 0;
    }

private:
    QStringView m_text;
};

// The end of the word starting at pos.
qsizetype wordEnd(const CodePoints &text, qsizetype pos)
{
    char32_t previous = 0;
    while (pos < text.size()) {
        qsizetype length = 0;
        const char32_t c = text.at(pos, &length);
        if (isWordCharacter(c) || (previous != 0 && isMark(c))) {
            previous = c;
            pos += length;
            continue;
        }
        const char32_t next = text.at(pos + length);
        const bool apostrophe = (c == u'\'' || c == 0x2019) && QChar::isLetter(previous)
                && QChar::isLetter(next) && isWordCharacter(next);
        const bool separator =
                (c == u'.' || c == u',') && QChar::isDigit(previous) && QChar::isDigit(next);
        if (!apostrophe && !separator)
            break;
        previous = c;
        pos += length;
    }
    return pos;
}

} // namespace

bool TextTokenizer::isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == 0x85 || c == 0x2028
            || c == 0x2029;
}

bool TextTokenizer::containsLineBreak(QStringView text)
{
    // Every line break is in the BMP.
    for (QChar c : text) {
        if (isLineBreak(c.unicode()))
            return true;
    }
    return false;
}

QStringList TextTokenizer::tokenize(QStringView text)
{
    QStringList tokens;
    const CodePoints points(text);
    qsizetype pos = 0;
    while (pos < points.size()) {
        const qsizetype start = pos;
        qsizetype length = 0;
        const char32_t c = points.at(pos, &length);
        pos += length;
        if (isLineBreak(c)) {
            if (c == u'\r' && points.at(pos) == u'\n')
                ++pos;
            tokens.append(text.sliced(start, pos - start).toString());
            continue;
        }
        if (isWordCharacter(c)) {
            pos = wordEnd(points, start);
        } else if (QChar::isSpace(c)) {
            while (pos < points.size()) {
                const char32_t next = points.at(pos, &length);
                if (!QChar::isSpace(next) || isLineBreak(next))
                    break;
                pos += length;
            }
        }
        while (pos < points.size()) {
            const char32_t next = points.at(pos, &length);
            if (!isMark(next))
                break;
            pos += length;
        }
        tokens.append(text.sliced(start, pos - start).toString());
    }
    return tokens;
}

} // namespace Newsdesk
