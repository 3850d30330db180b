#pragma once

#include "core/result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Newsdesk {

class Settings;
struct ServerLocation;

// Connects to a newsroom's library on a PostgreSQL server: server, port, database, user name
// and password. Connect tries the connection (through the function given, which opens it in
// the session) with a busy cursor; a failure is said in the dialog, which stays open with
// everything typed. The server, port, database and user name of a connection that worked are
// remembered in Settings and offered next time; the password never is.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    // Opens the library at a postgresql:// URL that holds the password typed.
    using Connect = std::function<Status(const QString &url)>;

    ConnectDialog(Settings &settings, Connect connectTo, QWidget *parent = nullptr);

    // Fills the fields from a server location (its password ignored), in place of the server
    // remembered in Settings.
    void setLocation(const QString &location);
    // Says message in the dialog, as after a failed attempt (e.g. the password a recent
    // library needs).
    void showError(const QString &message);
    // Selects the user name for typing another one (File > Switch User).
    void focusUserName();

    // The location the fields describe, with the password typed.
    ServerLocation location() const;
    QString errorText() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }

    void accept() override;

private:
    void updateButtons();
    void focusFirstEmpty();

    Settings &m_settings;
    Connect m_connect;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Newsdesk
