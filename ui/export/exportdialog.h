#pragma once

#include "export/exportoptions.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Newsdesk {

class Error;
class ExportRunner;
class ExportSummaryView;
class LibrarySession;
class Settings;

// Exports the open library's site (Library > Export Site): the target (a folder or a .zip,
// remembered per library), full or incremental, an optional base URL in place of the site
// setting; then the progress of the export, which runs on a worker thread (ExportRunner) and
// can be cancelled, and its summary with a button to open the bundle. A failure or a cancel
// is shown in the dialog; the exporter leaves the previous bundle as it was then. Closing while
// an export runs asks, cancels, and closes once the worker has stopped.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(LibrarySession &session, Settings &settings, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Checks the fields and starts the export; false (with the problem shown) when it cannot.
    bool startExport();
    void cancelExport();
    bool isExporting() const;
    void openBundle();
    void chooseFolder();
    void chooseZipFile();

    // The message shown under the form (a failure, a cancel, a note); empty when none.
    QString message() const;
    // Where Open Bundle goes for summary: the folder's index.html, or the folder holding the
    // .zip.
    static QUrl bundleUrl(const ExportSummary &summary);

    void reject() override;

Q_SIGNALS:
    // An export finished: pages were written and articles may have become published.
    void exported(const Newsdesk::ExportSummary &summary);

private:
    enum class State { Idle, Running, Done };

    void loadSiteBaseUrl();
    void setState(State state);
    void showProgress(const ExportProgress &progress);
    void exportSucceeded(const ExportSummary &summary);
    void exportFailed(const Error &error);
    void showMessage(const QString &text, bool problem);

    LibrarySession &m_session;
    Settings &m_settings;
    ExportRunner *m_runner = nullptr;
    State m_state = State::Idle;
    bool m_closeWhenStopped = false;
    QUrl m_bundleUrl; // what Open Bundle opens
    QString m_runningTarget; // the target of the export running or run last

    QLineEdit *m_target = nullptr;
    QRadioButton *m_full = nullptr;
    QRadioButton *m_incremental = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_siteBaseUrl = nullptr;
    QWidget *m_options = nullptr;
    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    ExportSummaryView *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Newsdesk
