#pragma once

#include <QStringList>
#include <QStringView>

namespace Newsdesk {

// Splits text into the tokens TextDiff compares, which concatenate back to the text:
// - each Han, Hiragana, Katakana or Hangul character is a token (a character outside the BMP,
//   such as CJK extension B, stays one token of two UTF-16 units);
// - a run of letters and digits of other scripts is one word; an apostrophe between letters
//   ("don't") and '.' or ',' between digits ("3.14", "1,000") stay inside it, but a hyphen
//   splits ("COVID-19" is "COVID" "-" "19", so a changed number shows alone);
// - a run of spaces and tabs is one token; each line break ("\n", "\r\n", U+2028, U+2029) is
//   one token;
// - every other character (punctuation such as ，。“”, symbols, emoji) is a token of its own;
// - combining marks stay with the character before them.
// No ICU: QChar's script and category tables are enough for this.
class TextTokenizer final
{
public:
    static QStringList tokenize(QStringView text);
    static bool isLineBreak(char32_t c);
    static bool containsLineBreak(QStringView text);
};

} // namespace Newsdesk
