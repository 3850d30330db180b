#include "librarydialogs.h"

#include "editor/editortabs.h"
#include "export/exportdialog.h"
#include "export/exportoptions.h"
#include "import/importdialog.h"
#include "library/libraryview.h"
#include "manage/tagmanagerdialog.h"
#include "settings/sitesettingsdialog.h"

#include <QDir>
#include <QMainWindow>
#include <QStatusBar>

namespace Newsdesk {

LibraryDialogs::LibraryDialogs(LibrarySession &session, Settings &settings, LibraryView &library,
                               EditorTabs &tabs, QMainWindow &window)
    : m_session(session)
    , m_settings(settings)
    , m_library(library)
    , m_tabs(tabs)
    , m_window(window)
{
}

void LibraryDialogs::manageTags()
{
    TagManagerDialog dialog(m_session, &m_window);
    QObject::connect(&dialog, &TagManagerDialog::articlesChanged, &m_library,
                     &LibraryView::refresh);
    dialog.exec();
    m_library.refresh();
}

void LibraryDialogs::editSiteSettings()
{
    SiteSettingsDialog dialog(m_session, &m_window);
    // Saved settings change every page: the list and the preview (site data, theme) reload.
    if (dialog.exec() == QDialog::Accepted)
        m_library.refresh();
}

void LibraryDialogs::exportSite()
{
    ExportDialog dialog(m_session, m_settings, &m_window);
    // The export marks approved articles published: the list, details and preview reload.
    QObject::connect(&dialog, &ExportDialog::exported, &m_library, &LibraryView::refresh);
    QObject::connect(
            &dialog, &ExportDialog::exported, &m_window, [this](const ExportSummary &summary) {
                m_window.statusBar()->showMessage(
                        tr("Site exported to %1").arg(QDir::toNativeSeparators(summary.target)),
                        10000);
            });
    dialog.exec();
}

void LibraryDialogs::importArticles()
{
    ImportDialog dialog(m_session, &m_window);
    QObject::connect(&dialog, &ImportDialog::imported, &m_library, &LibraryView::refresh);
    QObject::connect(&dialog, &ImportDialog::openArticle, &m_window, [this, &dialog](qint64 id) {
        dialog.reject();
        m_tabs.openArticle(id);
    });
    dialog.exec();
}

} // namespace Newsdesk
