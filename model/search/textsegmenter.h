#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Newsdesk {

// Turns text into the words the search index holds, the same way for articles and queries.
//
// Chinese is not written with spaces between words, and a word is usually two characters
// (扶贫, 小康): an index of whole words would need a dictionary, and SQLite's trigram tokenizer
// finds nothing for queries under three characters. So every Han character becomes a token of
// its own, and a Chinese query becomes a phrase of consecutive characters. Latin letters and
// digits stay words; punctuation, symbols, spaces and control characters separate tokens.
//
// Tokens are normalised: NFKC (full-width ＡＢＣ１２ become ABC12, compatibility ideographs
// their unified forms), lower case, and Latin diacritics removed (café → cafe). The segmented
// text is plain words separated by single spaces, so any word tokenizer indexes it the same
// way: SQLite FTS5's unicode61 here, PostgreSQL's to_tsvector('simple', …) later.
class TextSegmenter final
{
public:
    struct Token
    {
        QString text; // normalised
        qsizetype begin = 0; // where it starts in the original text (UTF-16 code units)
        qsizetype end = 0; // one past where it ends
        bool han = false; // a single Han character
    };

    // The tokens of text, normalised and joined by single spaces.
    static QString segment(QStringView text);
    // The same tokens with their places in text (for highlighting matches).
    static QList<Token> tokenize(QStringView text);

    // Whether c is a Han character (CJK Unified Ideographs with their extensions, the
    // compatibility ideographs, and Han letters such as 々 and 〇).
    static bool isHan(char32_t c);
};

} // namespace Newsdesk
