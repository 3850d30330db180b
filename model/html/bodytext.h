#pragma once

#include <QString>

namespace Newsdesk {

// The text of a canonical article body, for counting (字数) and for summaries.
class BodyText final
{
public:
    struct Count
    {
        int characters = 0; // Han characters (and kana and hangul), one each
        int words = 0; // runs of letters and digits of other scripts ("COVID-19" is one)
        int total() const { return characters + words; } // 字数 as newsrooms count it
    };

    // Blocks on lines of their own (line breaks kept), figures and their captions left out, no
    // markup, entities decoded.
    static QString plain(const QString &html);
    static Count count(const QString &html);
    static Count countText(QStringView text);
    // Whether c is counted one by one (Han, kana, hangul) rather than in words.
    static bool isCharacterScript(char32_t c);
};

} // namespace Newsdesk
