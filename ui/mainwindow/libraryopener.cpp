#include "libraryopener.h"

#include "common/dialogs.h"
#include "editor/editortabs.h"
#include "library/connectdialog.h"
#include "library/librarysession.h"
#include "library/newlibrarydialog.h"
#include "storage/library.h"

#include <QApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace Newsdesk {

LibraryOpener::LibraryOpener(LibrarySession &session, Settings &settings, EditorTabs &tabs,
                             QWidget &window)
    : m_session(session)
    , m_settings(settings)
    , m_tabs(tabs)
    , m_window(window)
{
}

Status LibraryOpener::openInSession(const QString &location)
{
    if (!m_tabs.closeAll())
        return Error(Error::Kind::Cancelled,
                     tr("An article with unsaved changes is still open; the library was not "
                        "changed."));
    return m_session.open(location);
}

bool LibraryOpener::open(const QString &location)
{
    const Status opened = openInSession(location);
    if (opened)
        return true;
    // A server library from the recent list or the command line has no password with it:
    // ask for it with everything else filled in.
    if (opened.error().kind() == Error::Kind::Unauthenticated
        && Library::isServerLocation(location))
        return connectToServer(location, opened.error().message());
    if (opened.error().kind() != Error::Kind::Cancelled)
        Dialogs::critical(&m_window, tr("Cannot Open Library"), opened.error().message());
    return false;
}

bool LibraryOpener::connectToServer(const QString &location, const QString &message)
{
    ConnectDialog dialog(
            m_settings, [this](const QString &url) { return openInSession(url); }, &m_window);
    if (!location.isEmpty())
        dialog.setLocation(location);
    dialog.showError(message);
    return dialog.exec() == QDialog::Accepted;
}

void LibraryOpener::reconnectAsSomeoneElse()
{
    ConnectDialog dialog(
            m_settings, [this](const QString &url) { return openInSession(url); }, &m_window);
    dialog.setLocation(m_session.location());
    dialog.focusUserName();
    dialog.exec();
}

void LibraryOpener::chooseFile()
{
    const QString current = m_session.location();
    const QString folder = current.isEmpty() || Library::isServerLocation(current)
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QFileInfo(current).absolutePath();
    const QString path = Dialogs::openLibraryFile(&m_window, folder);
    if (!path.isEmpty())
        open(path);
}

void LibraryOpener::createNew()
{
    NewLibraryDialog dialog(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                            &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status created = m_session.create(dialog.path(), dialog.withDemo());
    QApplication::restoreOverrideCursor();
    if (!created)
        Dialogs::critical(&m_window, tr("Cannot Create Library"), created.error().message());
}

void LibraryOpener::close()
{
    if (m_tabs.closeAll())
        m_session.close();
}

} // namespace Newsdesk
