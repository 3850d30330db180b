#pragma once

#include <QIcon>
#include <QStyle>

namespace Newsdesk::Icons {

// The desktop theme's icon called name (freedesktop names such as "go-previous"), or the
// style's standard pixmap where the theme has none.
QIcon themed(const QString &name, QStyle::StandardPixmap fallback);

} // namespace Newsdesk::Icons
