#include "previewpage.h"

#include "preview/previewscheme.h"

#include <QDesktopServices>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
std::function<void(const QUrl &)> &externalOpener()
{
    static std::function<void(const QUrl &)> opener = [](const QUrl &url) {
        QDesktopServices::openUrl(url);
    };
    return opener;
}
} // namespace

void PreviewPage::setExternalOpener(std::function<void(const QUrl &)> opener)
{
    externalOpener() = std::move(opener);
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (url.scheme() == QLatin1StringView(PreviewScheme::Name))
        return true;
    if (isMainFrame && type == NavigationTypeLinkClicked
        && (url.scheme() == u"http"_s || url.scheme() == u"https"_s || url.scheme() == u"mailto"_s))
        externalOpener()(url);
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    // target="_blank" and window.open stay in the preview, where navigation rules apply.
    return this;
}

} // namespace Newsdesk
