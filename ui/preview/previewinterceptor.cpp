#include "previewinterceptor.h"

#include "preview/previewscheme.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace Newsdesk {

void PreviewInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (info.requestUrl().scheme() == QLatin1StringView(PreviewScheme::Name))
        return;
    info.block(true);
    const QMutexLocker locker(&m_mutex);
    if (m_blocked.size() < 1000)
        m_blocked.append(info.requestUrl().toString());
}

QStringList PreviewInterceptor::blocked() const
{
    const QMutexLocker locker(&m_mutex);
    return m_blocked;
}

} // namespace Newsdesk
