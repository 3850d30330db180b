#pragma once

#include "config/settings.h"

#include <QMenu>

namespace Newsdesk {

// The saved searches of the open library: choosing one applies it; "Save Current Search…"
// and a Delete submenu keep the list.
class SavedSearchesMenu final : public QMenu
{
    Q_OBJECT

public:
    SavedSearchesMenu(Settings &settings, QAction *saveAction, QWidget *parent = nullptr);

    void setLocation(const QString &location);

Q_SIGNALS:
    void applyRequested(const QJsonObject &filter);

private:
    void rebuild();
    void settingChanged(Newsdesk::Settings::Key key);

    Settings &m_settings;
    QAction *m_saveAction = nullptr;
    QString m_location;
};

} // namespace Newsdesk
