#pragma once

#include <QWidget>

class QAction;

namespace Newsdesk {

// Shown when no library is open: what to do next, with buttons for the two ways to start.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(QAction *newLibrary, QAction *openLibrary, QWidget *parent = nullptr);
};

} // namespace Newsdesk
