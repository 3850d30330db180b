#pragma once

#include "import/importreport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Newsdesk {

class ImportReportView;
class ImportRun;
class LibrarySession;

// Imports articles into the open library (Library > Import Articles…): files, folders and
// archives of portal pages, Markdown and text, added with the buttons or dropped on the list;
// the channel (where each item says, or one for all); whether to submit them for review.
// Check first runs a dry run that writes nothing; Import imports. Both show progress and can
// be cancelled (what was imported stays; importing again continues), then the report, whose
// rows open their articles.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(LibrarySession &session, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void addPaths(const QStringList &paths);
    QStringList paths() const;
    void chooseFiles();
    void chooseFolder();
    void removeSelected();
    // The channel every article goes to; 0: where each item says.
    void setChannel(qint64 channelId);
    void setSubmit(bool submit);

    // Starts a dry run or an import; false (with the problem shown) when it cannot.
    bool start(bool dryRun);
    void cancel();
    bool isRunning() const;
    const ImportReport &report() const { return m_report; }
    // The message under the form (a failure, a cancel, the summary); empty when none.
    QString message() const;

    void reject() override;

Q_SIGNALS:
    // Articles were imported or updated: the library view should reload.
    void imported();
    void openArticle(qint64 articleId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void loadChannels();
    void runFinished();
    void showProgress(int done, int total);
    void showMessage(const QString &text, bool problem);
    void updateButtons();

    LibrarySession &m_session;
    ImportRun *m_run = nullptr;
    ImportReport m_report;
    bool m_closeWhenStopped = false;

    QListWidget *m_sources = nullptr;
    QPushButton *m_remove = nullptr;
    QComboBox *m_channel = nullptr;
    QCheckBox *m_submit = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    ImportReportView *m_reportView = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Newsdesk
