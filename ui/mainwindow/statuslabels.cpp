#include "statuslabels.h"

#include "storage/library.h"

#include <QDir>
#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Newsdesk {

StatusLabels::StatusLabels(QWidget &window, QStatusBar &statusBar)
    : m_location(new QLabel(&window))
    , m_count(new QLabel(&window))
    , m_user(new QLabel(&window))
{
    m_location->setObjectName(u"status.library"_s);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count->setObjectName(u"status.count"_s);
    m_user->setObjectName(u"status.user"_s);
    statusBar.addWidget(m_location, 1);
    statusBar.addPermanentWidget(m_count);
    statusBar.addPermanentWidget(m_user);
}

void StatusLabels::showLibrary(const QString &location)
{
    const bool open = !location.isEmpty();
    m_location->setText(!open ? tr("No library open")
                                : Library::isServerLocation(location)
                                ? tr("Library: %1").arg(location)
                                : tr("Library: %1").arg(QDir::toNativeSeparators(location)));
    m_count->setVisible(open);
}

void StatusLabels::showArticleCount(int count)
{
    m_count->setText(tr("%n article(s)", "", count));
}

void StatusLabels::showUser(const std::optional<User> &user, bool libraryOpen)
{
    m_user->setText(user ? tr("User: %1 (%2)").arg(user->name, Roles::displayName(user->role))
                         : tr("Not signed in"));
    m_user->setVisible(libraryOpen);
}

} // namespace Newsdesk
