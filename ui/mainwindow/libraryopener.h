#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Newsdesk {

class EditorTabs;
class LibrarySession;
class Settings;

// Opening, creating, switching and closing the window's library: the file dialogs, the
// connect dialog for newsroom servers (also to sign in again as someone else), and the error
// dialogs when a library cannot be opened. Open editors are closed first; one with unsaved
// changes that the user keeps leaves the current library open. Its strings keep the main
// window's translation context, where they were translated.
class LibraryOpener final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::MainWindow)

public:
    LibraryOpener(LibrarySession &session, Settings &settings, EditorTabs &tabs, QWidget &window);
    Q_DISABLE_COPY_MOVE(LibraryOpener)

    // Opens location (a file or a server URL), reporting a failure in a dialog; the current
    // library stays open then. A server that wants a password gets the connect dialog,
    // filled in.
    bool open(const QString &location);
    // The connect dialog, filled from location when given (else from the last server),
    // showing message first when given.
    bool connectToServer(const QString &location = {}, const QString &message = {});
    // The connect dialog for the open server library, to sign in as someone else.
    void reconnectAsSomeoneElse();
    // File > Open Library…: a file dialog in the current library's folder.
    void chooseFile();
    // File > New Library…: the new library dialog, then the library created and opened.
    void createNew();
    // File > Close Library, once every editor has closed.
    void close();

private:
    Status openInSession(const QString &location);

    LibrarySession &m_session;
    Settings &m_settings;
    EditorTabs &m_tabs;
    QWidget &m_window;
};

} // namespace Newsdesk
