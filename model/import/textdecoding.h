#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Newsdesk {

// Turns the bytes of an HTML page into text, the way a browser of the page's time would have:
// a byte order mark, else the charset the page declares near its start, else UTF-8 when the
// bytes are valid UTF-8, else GB18030 (what a Chinese portal without a declaration most likely
// wrote). Declared GBK, GB2312 and their aliases are read as GB18030, their superset; Big5 as
// Big5-HKSCS (see textdecoding.cpp). Thread-safe: no state between calls.
class TextDecoding final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TextDecoding)
public:
    struct Decoded
    {
        QString text;
        QString charset; // the converter used, e.g. "UTF-8", "GB18030", "Big5-HKSCS"
        QStringList warnings; // translated sentences
    };

    static Decoded decodeHtml(const QByteArray &bytes);
    // Plain text: the same without looking for a declaration (a byte order mark, UTF-8, else
    // GB18030, as Chinese Windows editors save text).
    static Decoded decodeText(const QByteArray &bytes);

    // The charset named by a <meta charset> or <meta http-equiv="Content-Type"> in the first
    // 4 KiB, as written (empty when there is none).
    static QByteArray declaredCharset(const QByteArray &bytes);

private:
    static Decoded decode(const QByteArray &bytes, bool declarations);
};

} // namespace Newsdesk
