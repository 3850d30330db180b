#include "remoteresources.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Newsdesk::RemoteResources {

QList<Reference> find(const QByteArray &html)
{
    static const QRegularExpression element(
            u"<(link|script|img)\\b[^>]*?\\s(?:src|href)\\s*=\\s*[\"']?\\s*(https?:)?(//[^\"'\\s>]+)"_s,
            QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(html);
    QList<Reference> found;
    qsizetype from = 0;
    while (from < text.size()) {
        // The stretch up to the next article body, then skip the body.
        qsizetype bodyStart = text.indexOf(QLatin1StringView(BodyStart), from);
        const qsizetype stretchEnd = bodyStart < 0 ? text.size() : bodyStart;
        QRegularExpressionMatchIterator it =
                element.globalMatch(QStringView(text).left(stretchEnd), from);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int line = int(QStringView(text).left(match.capturedStart()).count(u'\n')) + 1;
            found.append(
                    {match.captured(1).toLower(), match.captured(2) + match.captured(3), line});
        }
        if (bodyStart < 0)
            break;
        const qsizetype bodyEnd = text.indexOf(QLatin1StringView(BodyEnd), bodyStart);
        from = bodyEnd < 0 ? text.size() : bodyEnd;
    }
    return found;
}

} // namespace Newsdesk::RemoteResources
