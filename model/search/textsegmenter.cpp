#include "textsegmenter.h"

#include <QChar>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c)
            || QChar::category(c) == QChar::Other_PrivateUse;
}

bool isCombiningDiacritic(char32_t c)
{
    return c >= 0x0300 && c <= 0x036F;
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

// Walks text code point by code point and reports tokens to a sink with three members:
// han(c, begin, end) for a Han character, letter(c, begin, end) for a character of a word,
// and separator() where a word ends. Offsets are those of the original code point, also when
// NFKC expands it into several (ﬁ → fi, ㈱ → (株)).
template<typename Sink>
void scan(QStringView text, Sink &sink)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const qsizetype begin = i;
        char32_t c = text.at(i).unicode();
        ++i;
        if (QChar::isHighSurrogate(c) && i < size && text.at(i).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(char16_t(c), text.at(i).unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            sink.separator();
            continue;
        }
        if (c < 0x80) { // the fast path for ASCII
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                sink.letter(c, begin, i);
            else if (c >= u'A' && c <= u'Z')
                sink.letter(c + (u'a' - u'A'), begin, i);
            else
                sink.separator();
            continue;
        }
        if (QChar::decompositionTag(c) == QChar::NoDecomposition) {
            if (isCombiningDiacritic(c))
                continue; // a decomposed accent: the letter before it stands alone
            if (TextSegmenter::isHan(c))
                sink.han(c, begin, i);
            else if (isWordCharacter(c))
                sink.letter(QChar::toLower(c), begin, i);
            else
                sink.separator();
            continue;
        }
        // NFKC, then Latin letters lose their diacritics: é is decomposed (NFD) and its
        // combining accent dropped.
        const QString normal = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
        for (const char32_t n : normal.toUcs4()) {
            const char32_t lower = QChar::toLower(n);
            if (TextSegmenter::isHan(lower)) {
                sink.han(lower, begin, i);
            } else if (!isWordCharacter(lower)) {
                sink.separator();
            } else if (QChar::script(lower) == QChar::Script_Latin
                       && QChar::decompositionTag(lower) == QChar::Canonical) {
                const QString base =
                        QString::fromUcs4(&lower, 1).normalized(QString::NormalizationForm_D);
                for (const char32_t b : base.toUcs4()) {
                    if (!isCombiningDiacritic(b))
                        sink.letter(b, begin, i);
                }
            } else if (!isCombiningDiacritic(lower)) {
                sink.letter(lower, begin, i);
            }
        }
    }
    sink.separator();
}

struct SegmentSink
{
    QString out;
    bool inWord = false;

    void space()
    {
        if (!out.isEmpty())
            out.append(u' ');
    }
    void han(char32_t c, qsizetype, qsizetype)
    {
        space();
        appendCodePoint(out, c);
        inWord = false;
    }
    void letter(char32_t c, qsizetype, qsizetype)
    {
        if (!inWord)
            space();
        appendCodePoint(out, c);
        inWord = true;
    }
    void separator() { inWord = false; }
};

struct TokenSink
{
    QList<TextSegmenter::Token> tokens;
    bool inWord = false;

    void han(char32_t c, qsizetype begin, qsizetype end)
    {
        TextSegmenter::Token token {QString(), begin, end, true};
        appendCodePoint(token.text, c);
        tokens.append(std::move(token));
        inWord = false;
    }
    void letter(char32_t c, qsizetype begin, qsizetype end)
    {
        if (!inWord) {
            tokens.append({QString(), begin, end, false});
            inWord = true;
        }
        TextSegmenter::Token &token = tokens.last();
        appendCodePoint(token.text, c);
        token.end = end;
    }
    void separator() { inWord = false; }
};
} // namespace

bool TextSegmenter::isHan(char32_t c)
{
    if ((c >= 0x4E00 && c <= 0x9FFF) // CJK Unified Ideographs
        || (c >= 0x3400 && c <= 0x4DBF) // Extension A
        || (c >= 0xF900 && c <= 0xFAFF) // Compatibility Ideographs
        || (c >= 0x20000 && c <= 0x3FFFF)) // Extensions B–H, Compatibility Supplement
        return true;
    // Han letters elsewhere: 々 〇 〻, radicals are symbols and stay separators.
    return c >= 0x2E80 && c < 0x3400 && QChar::script(c) == QChar::Script_Han
            && QChar::isLetterOrNumber(c);
}

QString TextSegmenter::segment(QStringView text)
{
    SegmentSink sink;
    sink.out.reserve(text.size() * 2);
    scan(text, sink);
    return sink.out;
}

QList<TextSegmenter::Token> TextSegmenter::tokenize(QStringView text)
{
    TokenSink sink;
    scan(text, sink);
    return sink.tokens;
}

} // namespace Newsdesk
