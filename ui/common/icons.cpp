#include "icons.h"

#include <QApplication>

namespace Newsdesk::Icons {

QIcon themed(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

} // namespace Newsdesk::Icons
