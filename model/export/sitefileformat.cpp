#include "sitefileformat.h"

#include "core/sitearticle.h"

#include <QStringEncoder>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Newsdesk::SiteFileFormat {

namespace {
bool isUrlSafe(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'/' || u == u'-' || u == u'.' || u == u'_' || u == u'~';
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}
} // namespace

QString base(const QString &baseUrl)
{
    const QString trimmed = baseUrl.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(u'/'))
        return trimmed;
    return trimmed + u'/';
}

QString absolute(const QString &base, const QString &path)
{
    for (QChar c : path) {
        if (!isUrlSafe(c))
            return base + QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
    }
    return base + path;
}

QString xmlText(const QString &text)
{
    qsizetype i = 0;
    const qsizetype size = text.size();
    // Most text is clean: return it shared, without a copy.
    for (; i < size; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x20 || u >= 0xD800)
            break;
    }
    if (i == size)
        return text;
    QString clean = text.left(i);
    clean.reserve(size);
    while (i < size) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            clean.append(c).append(text.at(i + 1));
            i += 2;
            continue;
        }
        if (!c.isSurrogate() && isXmlChar(c.unicode()))
            clean.append(c);
        ++i;
    }
    return clean;
}

QString redirectTarget(const SiteArticle &article)
{
    const bool web = article.redirectUrl.startsWith(u"https://"_s)
            || article.redirectUrl.startsWith(u"http://"_s);
    return article.flags.testFlag(ArticleFlag::Redirect) && web ? article.redirectUrl : QString();
}

// Encodes run as UTF-8 straight into out, without a copy of the text.
void appendUtf8(QByteArray &out, QStringView run)
{
    QStringEncoder utf8(QStringEncoder::Utf8);
    const qsizetype at = out.size();
    out.resize(at + utf8.requiredSpace(run.size()));
    char *end = utf8.appendToBuffer(out.data() + at, run);
    out.resize(end - out.constData());
}

void appendXmlText(QByteArray &out, const QString &text)
{
    const QString clean = xmlText(text);
    const QStringView view(clean);
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < view.size(); ++i) {
        const char16_t u = view.at(i).unicode();
        const char *entity = u == u'&' ? "&amp;"
                : u == u'<'            ? "&lt;"
                : u == u'>'            ? "&gt;"
                : u == u'"'            ? "&quot;"
                                       : nullptr;
        if (!entity)
            continue;
        appendUtf8(out, view.sliced(runStart, i - runStart));
        out.append(entity);
        runStart = i + 1;
    }
    appendUtf8(out, view.sliced(runStart));
}

void appendJsonString(QByteArray &out, QStringView text)
{
    // Runs of text that need no escape (usually the whole text) are encoded in one go.
    const auto appendRun = [&out](QStringView run) {
        appendUtf8(out, run);
    };
    out.append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\' && u != 0x2028 && u != 0x2029)
            continue;
        appendRun(text.sliced(runStart, i - runStart));
        runStart = i + 1;
        if (u == u'"') {
            out.append("\\\"");
        } else if (u == u'\\') {
            out.append("\\\\");
        } else if (u == u'\n') {
            out.append("\\n");
        } else {
            char code[8];
            std::snprintf(code, sizeof code, "\\u%04x", unsigned(u));
            out.append(code);
        }
    }
    appendRun(text.sliced(runStart));
    out.append('"');
}

} // namespace Newsdesk::SiteFileFormat
