#pragma once

#include <QString>
#include <QUrl>

namespace Newsdesk::PreviewScheme {

// The URL scheme the preview serves its pages, theme assets and media under:
// newsdesk://site/<bundle path>. Nothing else is ever loaded.
inline constexpr char Name[] = "newsdesk";
inline constexpr char16_t Host[] = u"site";

// Registers the scheme with Qt WebEngine; must run before the QApplication exists.
void registerScheme();
// Whether registerScheme() ran: without it the preview cannot be shown.
bool isRegistered();
QUrl urlFor(const QString &bundlePath);
// The bundle path of a preview URL ("zixun/redian/2017/0721/1.html"); empty for other URLs.
QString pathOf(const QUrl &url);

} // namespace Newsdesk::PreviewScheme
