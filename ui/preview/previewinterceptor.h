#pragma once

#include <QMutex>
#include <QStringList>
#include <QWebEngineUrlRequestInterceptor>

namespace Newsdesk {

// Blocks every request of the preview that is not for newsdesk://: the preview makes no
// network requests, whatever a theme or an article contains. Runs on WebEngine's IO thread.
class PreviewInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    // The URLs blocked so far (thread-safe), for tests and diagnostics.
    QStringList blocked() const;

private:
    mutable QMutex m_mutex;
    QStringList m_blocked;
};

} // namespace Newsdesk
