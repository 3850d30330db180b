#pragma once

#include <QWebEnginePage>

namespace Newsdesk {

// The preview's page: it stays inside the previewed site. A link to anywhere else opens in
// the system browser (http, https, mailto) or is refused; nothing navigates the preview away.
class PreviewPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    using QWebEnginePage::QWebEnginePage;

    // Test seam: external links are handed here instead of the system browser.
    static void setExternalOpener(std::function<void(const QUrl &)> opener);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace Newsdesk
