#pragma once

#include "core/user.h"

#include <QCoreApplication>

#include <optional>

class QLabel;
class QStatusBar;
class QWidget;

namespace Newsdesk {

// The main window's status bar labels: which library is open, how many articles its list
// shows, and who is signed in. Its strings keep the main window's translation context, where
// they were translated.
class StatusLabels final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::MainWindow)

public:
    // Adds the labels (children of window) to statusBar.
    StatusLabels(QWidget &window, QStatusBar &statusBar);
    Q_DISABLE_COPY_MOVE(StatusLabels)

    // location is empty when no library is open.
    void showLibrary(const QString &location);
    void showArticleCount(int count);
    void showUser(const std::optional<User> &user, bool libraryOpen);

private:
    QLabel *m_location = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_user = nullptr;
};

} // namespace Newsdesk
