#include "urlpolicy.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isSchemeChar(QChar c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.';
}

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

bool isSlash(QChar c)
{
    return c == u'/' || c == u'\\';
}

// One round of character references as an HTML parser would decode them, for the characters
// that matter to a scheme: numeric references (with or without ';') and a few named ones.
QString decodeEntitiesOnce(const QString &value)
{
    if (!value.contains(u'&'))
        return value;
    static const struct
    {
        QLatin1StringView name;
        char16_t ch;
    } named[] = {{"colon;"_L1, u':'}, {"tab;"_L1, u'\t'},   {"newline;"_L1, u'\n'},
                 {"sol;"_L1, u'/'},   {"bsol;"_L1, u'\\'},  {"amp;"_L1, u'&'},
                 {"nbsp;"_L1, u' '},  {"period;"_L1, u'.'}, {"num;"_L1, u'#'}};
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'&') {
            out.append(value.at(i));
            continue;
        }
        qsizetype j = i + 1;
        if (j < value.size() && value.at(j) == u'#') {
            ++j;
            const bool hex = j < value.size() && (value.at(j) == u'x' || value.at(j) == u'X');
            if (hex)
                ++j;
            uint code = 0;
            const qsizetype digitsStart = j;
            while (j < value.size() && j - digitsStart < 8) {
                const char16_t u = value.at(j).unicode();
                uint digit = 16;
                if (u >= u'0' && u <= u'9')
                    digit = u - u'0';
                else if (hex && u >= u'a' && u <= u'f')
                    digit = u - u'a' + 10;
                else if (hex && u >= u'A' && u <= u'F')
                    digit = u - u'A' + 10;
                if (digit == 16)
                    break;
                code = code * (hex ? 16 : 10) + digit;
                ++j;
            }
            if (j > digitsStart) {
                if (j < value.size() && value.at(j) == u';')
                    ++j;
                if (code > 0 && code < 0x110000 && !(code >= 0xd800 && code < 0xe000))
                    out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1));
                i = j - 1;
                continue;
            }
        } else {
            bool matched = false;
            for (const auto &entity : named) {
                if (QStringView(value).mid(j).startsWith(entity.name, Qt::CaseInsensitive)) {
                    out.append(QChar(entity.ch));
                    i = j + entity.name.size() - 1;
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
        }
        out.append(u'&');
    }
    return out;
}

QString decodePercentOnce(const QString &value)
{
    if (!value.contains(u'%'))
        return value;
    return QString::fromUtf8(QByteArray::fromPercentEncoding(value.toUtf8()));
}

} // namespace

QString UrlPolicy::cleaned(QStringView value)
{
    // WHATWG URL parser: strip leading and trailing C0 control or space, then remove all ASCII
    // tab or newline.
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && value.at(begin).unicode() <= 0x20)
        ++begin;
    while (end > begin && value.at(end - 1).unicode() <= 0x20)
        --end;
    QString out;
    out.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = value.at(i);
        if (c != u'\t' && c != u'\n' && c != u'\r')
            out.append(c);
    }
    const QString s = scheme(out);
    if (!s.isEmpty())
        out.replace(0, s.size(), s);
    return out;
}

QString UrlPolicy::scheme(QStringView cleanedValue)
{
    if (cleanedValue.isEmpty() || !isAsciiAlpha(cleanedValue.at(0)))
        return {};
    for (qsizetype i = 1; i < cleanedValue.size(); ++i) {
        const QChar c = cleanedValue.at(i);
        if (c == u':')
            return cleanedValue.left(i).toString().toLower();
        if (!isSchemeChar(c))
            return {};
    }
    return {};
}

bool UrlPolicy::schemeAllowed(Kind kind, const QString &cleanedValue)
{
    for (const QChar c : cleanedValue) {
        if (isControl(c))
            return false;
    }
    const QString s = scheme(cleanedValue);
    if (s.isEmpty()) {
        // Relative: never protocol-relative (browsers read "\\" as "//" for http(s)).
        if (cleanedValue.size() >= 2 && isSlash(cleanedValue.at(0)) && isSlash(cleanedValue.at(1)))
            return false;
        // RFC 3986 4.2: a relative path's first segment has no colon ("ｊａｖａｓｃｒｉｐｔ:x").
        for (const QChar c : cleanedValue) {
            if (c == u':')
                return false;
            if (c == u'/' || c == u'\\' || c == u'?' || c == u'#')
                break;
        }
        return kind == Kind::Link;
    }
    if (s == u"http"_s || s == u"https"_s)
        return true;
    if (kind == Kind::Link)
        return s == u"mailto"_s;
    if (s == u"media"_s) {
        const QStringView id = QStringView(cleanedValue).mid(6);
        if (id.isEmpty() || id.size() > 18)
            return false;
        for (const QChar c : id) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return true;
    }
    return false;
}

bool UrlPolicy::hasForbiddenVariant(Kind kind, const QString &cleanedValue)
{
    const QString entities = cleaned(decodeEntitiesOnce(cleanedValue));
    const QString percent = cleaned(decodePercentOnce(cleanedValue));
    const QString both = cleaned(decodePercentOnce(entities));
    for (const QString *variant : {&entities, &percent, &both}) {
        if (*variant != cleanedValue && !schemeAllowed(kind, *variant))
            return true;
    }
    return false;
}

UrlPolicy::Verdict UrlPolicy::classify(Kind kind, QStringView value)
{
    const QString url = cleaned(value);
    if (url.isEmpty())
        return Verdict::Forbidden;
    const QString s = scheme(url);
    if (kind == Kind::Image && s == u"data"_s)
        return Verdict::DataUri;
    if (kind == Kind::Image && s == u"file"_s)
        return Verdict::LocalFile;
    if (kind == Kind::Image && s.isEmpty() && !schemeAllowed(Kind::Link, url))
        return Verdict::Forbidden;
    if (kind == Kind::Image && s.isEmpty())
        return hasForbiddenVariant(Kind::Link, url) ? Verdict::Forbidden : Verdict::Relative;
    if (!schemeAllowed(kind, url) || hasForbiddenVariant(kind, url))
        return Verdict::Forbidden;
    if (kind == Kind::Image && s != u"media"_s)
        return Verdict::Remote;
    return Verdict::Allowed;
}

bool UrlPolicy::isSafe(Kind kind, QStringView value)
{
    const Verdict verdict = classify(kind, value);
    return verdict == Verdict::Allowed || verdict == Verdict::Remote;
}

} // namespace Newsdesk
