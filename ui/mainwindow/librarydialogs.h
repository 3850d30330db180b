#pragma once

#include <QCoreApplication>

class QMainWindow;

namespace Newsdesk {

class EditorTabs;
class LibrarySession;
class LibraryView;
class Settings;

// The Library menu's dialogs on the open library: tags, site settings, import and export.
// The library's views reload after what each of them changed. Its strings keep the main
// window's translation context, where they were translated.
class LibraryDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::MainWindow)

public:
    LibraryDialogs(LibrarySession &session, Settings &settings, LibraryView &library,
                   EditorTabs &tabs, QMainWindow &window);
    Q_DISABLE_COPY_MOVE(LibraryDialogs)

    void manageTags();
    void editSiteSettings();
    // Says where the site went in the window's status bar.
    void exportSite();
    // An imported article the dialog asks to open opens in an editor.
    void importArticles();

private:
    LibrarySession &m_session;
    Settings &m_settings;
    LibraryView &m_library;
    EditorTabs &m_tabs;
    QMainWindow &m_window;
};

} // namespace Newsdesk
