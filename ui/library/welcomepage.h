#pragma once

#include <QList>
#include <QWidget>

class QAction;

namespace Newsdesk {

// Shown when no library is open: what to do next, with a button for each way to start (new,
// open, connect to a server).
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(const QList<QAction *> &starts, QWidget *parent = nullptr);
};

} // namespace Newsdesk
