#include "savedsearchesmenu.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

SavedSearchesMenu::SavedSearchesMenu(Settings &settings, QAction *saveAction, QWidget *parent)
    : QMenu(tr("Saved Searches"), parent)
    , m_settings(settings)
    , m_saveAction(saveAction)
{
    setObjectName(u"menu.savedSearches"_s);
    connect(&m_settings, &Settings::changed, this, &SavedSearchesMenu::settingChanged);
    rebuild();
}

void SavedSearchesMenu::setLocation(const QString &location)
{
    m_location = location;
    rebuild();
}

void SavedSearchesMenu::settingChanged(Settings::Key key)
{
    if (key == Settings::Key::SavedSearches)
        rebuild();
}

void SavedSearchesMenu::rebuild()
{
    clear();
    const QList<SavedSearch> searches = m_settings.savedSearches(m_location);
    int number = 0;
    for (const SavedSearch &search : searches) {
        QAction *action = addAction(search.name);
        action->setObjectName(u"savedSearch.%1"_s.arg(++number));
        const QJsonObject filter = search.filter;
        connect(action, &QAction::triggered, this,
                [this, filter] { Q_EMIT applyRequested(filter); });
    }
    if (searches.isEmpty()) {
        QAction *none = addAction(tr("No saved searches"));
        none->setEnabled(false);
    }
    addSeparator();
    addAction(m_saveAction);
    QMenu *remove = addMenu(tr("&Delete"));
    remove->setObjectName(u"menu.savedSearches.delete"_s);
    remove->setEnabled(!searches.isEmpty());
    for (const SavedSearch &search : searches) {
        const QString name = search.name;
        connect(remove->addAction(name), &QAction::triggered, this,
                [this, name] { m_settings.removeSavedSearch(m_location, name); });
    }
}

} // namespace Newsdesk
