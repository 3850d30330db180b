#include "textdecoding.h"

#include <QRegularExpression>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Newsdesk {

// Conversion goes through ICU's converters (ucnv) directly. QStringDecoder(name) in Qt 6.4.2
// does reach them too (checked: "GB18030", "big5-hkscs" are valid there), but only from Qt 6.7
// is that documented, and it cannot tell a clean conversion from one that replaced bytes,
// which decides between UTF-8 and GB18030 below.

namespace {

constexpr qsizetype PrescanBytes = 4096;

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// Substitutes U+FFFD like ICU's default, and remembers that it had to.
void substituteAndCount(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                        int32_t length, UConverterCallbackReason reason, UErrorCode *error)
{
    if (reason <= UCNV_IRREGULAR)
        *static_cast<bool *>(const_cast<void *>(context)) = true;
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, error);
}

struct Conversion
{
    QString text;
    bool replaced = false; // some bytes were not valid in the charset
    bool ok = false; // the converter exists
};

Conversion convert(const char *icuName, QByteArrayView bytes)
{
    Conversion result;
    UErrorCode error = U_ZERO_ERROR;
    const Converter converter(ucnv_open(icuName, &error));
    if (U_FAILURE(error) || !converter)
        return result;
    ucnv_setToUCallBack(converter.get(), substituteAndCount, &result.replaced, nullptr, nullptr,
                        &error);
    if (U_FAILURE(error))
        return result;
    // A byte becomes at most two UTF-16 units (GB18030 four-byte sequences to a surrogate pair,
    // an invalid byte to U+FFFD).
    std::vector<UChar> buffer(size_t(bytes.size()) * 2 + 16);
    const int32_t length = ucnv_toUChars(converter.get(), buffer.data(), int32_t(buffer.size()),
                                         bytes.data(), int32_t(bytes.size()), &error);
    if (U_FAILURE(error))
        return result;
    result.text = QString::fromUtf16(buffer.data(), length);
    result.ok = true;
    return result;
}

// The ICU converter for a charset label, following the WHATWG Encoding Standard where it
// differs from the label's literal meaning. Empty: unknown.
QByteArray converterFor(const QByteArray &label)
{
    const QByteArray name = label.trimmed().toLower();
    if (name == "utf-8" || name == "utf8"
        || name == "unicode-1-1-utf-8"
        // A page that says UTF-16 in ASCII bytes is not UTF-16 (WHATWG: read it as UTF-8).
        || name.startsWith("utf-16") || name == "unicode" || name == "ucs-2")
        return "UTF-8";
    // GBK and GB2312 are subsets of GB18030: reading them as GB18030 loses nothing and keeps
    // the characters sites typed that their declared charset did not have.
    static const QByteArrayList gb = {
            "gbk",     "gb2312",     "x-gbk",           "cp936",    "gb18030",
            "gb_2312", "gb_2312-80", "euc-cn",          "csgb2312", "windows-936",
            "ms936",   "chinese",    "csiso58gb231280", "iso-ir-58"};
    if (gb.contains(name))
        return "GB18030";
    // Big5 as Big5-HKSCS (ICU's ibm-1375), not windows-950: browsers decode every "big5"
    // label with the HKSCS table (WHATWG), which is how the pages were seen when they were
    // written; it holds the Hong Kong characters windows-950 lacks, and Taiwanese Big5 reads
    // the same either way.
    static const QByteArrayList big5 = {"big5",  "big5-hkscs", "x-x-big5",    "cn-big5", "csbig5",
                                        "cp950", "ms950",      "windows-950", "x-big5"};
    if (big5.contains(name))
        return "Big5-HKSCS";
    static const QByteArrayList latin = {"iso-8859-1", "latin1",       "l1",     "us-ascii",
                                         "ascii",      "windows-1252", "cp1252", "iso8859-1"};
    if (latin.contains(name))
        return "windows-1252";
    if (name.isEmpty() || name.size() > 40)
        return {};
    UErrorCode error = U_ZERO_ERROR;
    const Converter converter(ucnv_open(name.constData(), &error));
    if (U_FAILURE(error) || !converter)
        return {};
    const char *canonical = ucnv_getName(converter.get(), &error);
    return U_SUCCESS(error) && canonical ? QByteArray(canonical) : QByteArray();
}

} // namespace

QByteArray TextDecoding::declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(
            uR"(<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+))"_s,
            QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(PrescanBytes));
    const QRegularExpressionMatch match = meta.match(head);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

TextDecoding::Decoded TextDecoding::decodeHtml(const QByteArray &bytes)
{
    return decode(bytes, true);
}

TextDecoding::Decoded TextDecoding::decodeText(const QByteArray &bytes)
{
    return decode(bytes, false);
}

TextDecoding::Decoded TextDecoding::decode(const QByteArray &bytes, bool declarations)
{
    Decoded decoded;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        decoded.charset = u"UTF-8"_s;
        decoded.text = convert("UTF-8", QByteArrayView(bytes).sliced(3)).text;
        return decoded;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        decoded.charset = little ? u"UTF-16LE"_s : u"UTF-16BE"_s;
        decoded.text =
                convert(little ? "UTF-16LE" : "UTF-16BE", QByteArrayView(bytes).sliced(2)).text;
        return decoded;
    }
    const QByteArray declared = declarations ? declaredCharset(bytes) : QByteArray();
    if (!declared.isEmpty()) {
        const QByteArray icuName = converterFor(declared);
        if (!icuName.isEmpty()) {
            const Conversion conversion = convert(icuName.constData(), bytes);
            if (conversion.ok) {
                decoded.text = conversion.text;
                decoded.charset = QString::fromLatin1(icuName);
                if (conversion.replaced)
                    decoded.warnings.append(
                            tr("Some bytes are not valid %1, the character set the page "
                               "declares; they were replaced by “\uFFFD”.")
                                    .arg(decoded.charset));
                return decoded;
            }
        }
        decoded.warnings.append(tr("The page declares the character set “%1”, which is unknown; "
                                   "it was read by its bytes instead.")
                                        .arg(QString::fromLatin1(declared)));
    }
    const Conversion utf8 = convert("UTF-8", bytes);
    if (!utf8.replaced) {
        decoded.text = utf8.text;
        decoded.charset = u"UTF-8"_s;
        return decoded;
    }
    const Conversion gb = convert("GB18030", bytes);
    decoded.text = gb.text;
    decoded.charset = u"GB18030"_s;
    decoded.warnings.append(tr("The page declares no character set and is not valid UTF-8; it "
                               "was read as GB18030 (Chinese)."));
    return decoded;
}

} // namespace Newsdesk
