#pragma once

#include "config/settings.h"

#include <QMenu>

namespace Newsdesk {

// File > Open Recent: the recently opened libraries, most recent first, kept current from the
// settings.
class RecentLibrariesMenu final : public QMenu
{
    Q_OBJECT

public:
    RecentLibrariesMenu(Settings &settings, QAction *clearAction, QWidget *parent = nullptr);

Q_SIGNALS:
    void openRequested(const QString &location);

private:
    void rebuild();
    void settingChanged(Newsdesk::Settings::Key key);

    Settings &m_settings;
    QAction *m_clearAction = nullptr;
};

} // namespace Newsdesk
