#include "recentlibrariesmenu.h"

#include "storage/library.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Newsdesk {

RecentLibrariesMenu::RecentLibrariesMenu(Settings &settings, QAction *clearAction, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_settings(settings)
    , m_clearAction(clearAction)
{
    setObjectName(u"menu.library.recent"_s);
    connect(&m_settings, &Settings::changed, this, &RecentLibrariesMenu::settingChanged);
    rebuild();
}

void RecentLibrariesMenu::settingChanged(Settings::Key key)
{
    if (key == Settings::Key::RecentLibraries)
        rebuild();
}

void RecentLibrariesMenu::rebuild()
{
    clear();
    const QStringList recent = m_settings.recentLibraries();
    int number = 1;
    for (const QString &location : recent) {
        const QString shown = Library::isServerLocation(location)
                ? location
                : QDir::toNativeSeparators(location);
        const QString label = number < 10 ? u"&%1 %2"_s.arg(number).arg(shown) : shown;
        QAction *action = addAction(label);
        action->setObjectName(u"action.library.recent.%1"_s.arg(number));
        action->setData(location);
        // A server cannot be checked without connecting; a file that went is marked.
        action->setStatusTip(Library::isServerLocation(location) || QFileInfo::exists(location)
                                     ? location
                                     : tr("%1 (not found)").arg(location));
        connect(action, &QAction::triggered, this,
                [this, location] { Q_EMIT openRequested(location); });
        ++number;
    }
    if (recent.isEmpty()) {
        QAction *none = addAction(tr("No recent libraries"));
        none->setEnabled(false);
    }
    addSeparator();
    addAction(m_clearAction);
    m_clearAction->setEnabled(!recent.isEmpty());
}

} // namespace Newsdesk
