#include "exportdialog.h"

#include "common/colors.h"
#include "common/dialogs.h"
#include "config/settings.h"
#include "core/sitesettingscheck.h"
#include "export/exportoptions.h"
#include "export/exportrunner.h"
#include "export/exportsummaryview.h"
#include "library/librarysession.h"
#include "storage/library.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

bool isZip(const QString &target)
{
    return target.endsWith(u".zip"_s, Qt::CaseInsensitive);
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

ExportDialog::ExportDialog(LibrarySession &session, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_settings(settings)
    , m_runner(new ExportRunner(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Site"));

    m_options = new QWidget(this);
    m_target = new QLineEdit(m_options);
    m_target->setObjectName(u"export.target"_s);
    m_target->setPlaceholderText(tr("A folder, or a file ending in .zip"));
    m_target->setAccessibleName(tr("Target folder or .zip file"));
    m_target->setClearButtonEnabled(true);
    auto *chooseFolder = new QPushButton(tr("Choose &Folder…"), m_options);
    chooseFolder->setObjectName(u"export.chooseFolder"_s);
    auto *chooseZip = new QPushButton(tr("Choose &Zip File…"), m_options);
    chooseZip->setObjectName(u"export.chooseZip"_s);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(chooseFolder);
    targetRow->addWidget(chooseZip);

    m_full = new QRadioButton(tr("F&ull: write every page"), m_options);
    m_full->setObjectName(u"export.full"_s);
    m_full->setChecked(true);
    m_incremental = new QRadioButton(tr("&Incremental"), m_options);
    m_incremental->setObjectName(u"export.incremental"_s);
    auto *modes = new QButtonGroup(m_options);
    modes->addButton(m_full);
    modes->addButton(m_incremental);
    auto *incrementalHint = hintLabel(tr("Only pages whose content changed are rewritten; needs a "
                                         "previous export in the target."),
                                      m_options);
    incrementalHint->setObjectName(u"export.incrementalHint"_s);
    m_incremental->setToolTip(incrementalHint->text());
    auto *modeColumn = new QVBoxLayout;
    modeColumn->addWidget(m_full);
    modeColumn->addWidget(m_incremental);
    modeColumn->addWidget(incrementalHint);

    m_baseUrl = new QLineEdit(m_options);
    m_baseUrl->setObjectName(u"export.baseUrl"_s);
    m_baseUrl->setAccessibleName(tr("Base URL for this export"));
    m_baseUrl->setClearButtonEnabled(true);
    m_siteBaseUrl = hintLabel(QString(), m_options);
    m_siteBaseUrl->setObjectName(u"export.siteBaseUrl"_s);
    m_siteBaseUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(m_options);
    form->setContentsMargins(0, 0, 0, 0);
    // A row holding a layout gets no buddy by itself: without one the mnemonic would show.
    auto *targetLabel = new QLabel(tr("&Target:"), m_options);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);
    form->addRow(tr("Mode:"), modeColumn);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(QString(), m_siteBaseUrl);

    m_phase = new QLabel(this);
    m_phase->setObjectName(u"export.phase"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"export.progress"_s);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 1000);
    m_summary = new ExportSummaryView(this);
    m_message = new QLabel(this);
    m_message->setObjectName(u"export.message"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(u"export.buttons"_s);
    m_open = m_buttons->addButton(tr("&Open Bundle"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"export.openBundle"_s);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"export.start"_s);
    m_cancel = m_buttons->addButton(tr("&Cancel Export"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(u"export.cancel"_s);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"export.close"_s);

    connect(chooseFolder, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(chooseZip, &QPushButton::clicked, this, &ExportDialog::chooseZipFile);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_open, &QPushButton::clicked, this, &ExportDialog::openBundle);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_runner, &ExportRunner::progressChanged, this, &ExportDialog::showProgress);
    connect(m_runner, &ExportRunner::succeeded, this, &ExportDialog::exportSucceeded);
    connect(m_runner, &ExportRunner::failed, this, &ExportDialog::exportFailed);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_options);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_target->setText(QDir::toNativeSeparators(m_settings.exportTarget(m_session.location())));
    loadSiteBaseUrl();
    setState(State::Idle);
    m_target->setFocus();
    resize(sizeHint().expandedTo(QSize(680, 0)));
}

// The runner (a child) cancels and waits for its worker when it is destroyed.
ExportDialog::~ExportDialog() = default;

void ExportDialog::loadSiteBaseUrl()
{
    Library *library = m_session.library();
    Result<SiteSettings> site =
            library ? library->site().settings() : Result<SiteSettings>(SiteSettings {});
    if (!site) {
        m_siteBaseUrl->setText(site.error().message());
        return;
    }
    const QString url = site.value().baseUrl;
    m_baseUrl->setPlaceholderText(url.isEmpty() ? u"https://www.example.com/"_s : url);
    m_siteBaseUrl->setText(
            url.isEmpty() ? tr("The site settings give no base URL: feeds and the sitemap need "
                               "one. Leave empty to export without them.")
                          : tr("Site setting: %1. Leave empty to use it.").arg(url));
}

void ExportDialog::setState(State state)
{
    m_state = state;
    const bool running = state == State::Running;
    m_options->setEnabled(!running);
    m_export->setEnabled(!running);
    m_export->setVisible(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_open->setVisible(state == State::Done);
    m_phase->setVisible(running);
    m_progress->setVisible(running);
    m_summary->setVisible(state == State::Done);
    if (running) {
        m_cancel->setDefault(true);
        m_cancel->setFocus();
    } else {
        m_export->setDefault(true);
    }
}

bool ExportDialog::isExporting() const
{
    return m_runner->isRunning();
}

QString ExportDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ExportDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    Colors::showAsProblem(m_message, problem);
    m_message->setVisible(!text.isEmpty());
}

void ExportDialog::chooseFolder()
{
    const QString current = QDir::fromNativeSeparators(m_target->text().trimmed());
    const QString start = current.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : (isZip(current) ? QFileInfo(current).absolutePath() : current);
    const QString folder = Dialogs::folder(this, tr("Export to Folder"), start);
    if (!folder.isEmpty())
        m_target->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::chooseZipFile()
{
    const QString current = QDir::fromNativeSeparators(m_target->text().trimmed());
    const QString start = current.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : current;
    const QString file = Dialogs::saveFile(this, tr("Export to Zip File"), start,
                                           tr("Zip archives (*.zip)"), u"zip"_s);
    if (!file.isEmpty())
        m_target->setText(QDir::toNativeSeparators(file));
}

bool ExportDialog::startExport()
{
    if (m_runner->isRunning())
        return false;
    const QString location = m_session.location();
    if (location.isEmpty()) {
        showMessage(tr("No library is open."), true);
        return false;
    }
    const QString target = QDir::cleanPath(QDir::fromNativeSeparators(m_target->text().trimmed()));
    if (m_target->text().trimmed().isEmpty()) {
        showMessage(tr("Choose a folder or a .zip file to export to."), true);
        m_target->setFocus();
        return false;
    }
    if (!QDir::isAbsolutePath(target)) {
        showMessage(tr("The target \"%1\" is not a full path: give the whole path of a folder or "
                       "of a file ending in .zip.")
                            .arg(m_target->text().trimmed()),
                    true);
        m_target->setFocus();
        return false;
    }
    Result<QString> baseUrl = SiteSettingsCheck::baseUrl(m_baseUrl->text().trimmed());
    if (!baseUrl) {
        showMessage(baseUrl.error().message(), true);
        m_baseUrl->setFocus();
        return false;
    }

    ExportOptions options;
    options.target = target;
    options.incremental = m_incremental->isChecked();
    options.baseUrl = baseUrl.value();
    options.user = m_session.currentUser();
    m_settings.setExportTarget(location, target);
    m_bundleUrl.clear();
    m_runningTarget = target;
    m_closeWhenStopped = false;
    showMessage(QString(), false);
    showProgress(ExportProgress {});
    setState(State::Running);
    // The export's own connection, with the password this session was opened with.
    m_runner->start(m_session.connectionLocation(), options);
    return true;
}

void ExportDialog::cancelExport()
{
    if (!m_runner->isRunning() || m_runner->isCancelling())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_phase->setText(tr("Stopping the export…"));
}

void ExportDialog::showProgress(const ExportProgress &progress)
{
    if (m_runner->isCancelling())
        return;
    const QLocale locale;
    const QString done = locale.toString(progress.done);
    const QString total = locale.toString(progress.total);
    switch (progress.phase) {
    case ExportProgress::Phase::Loading:
        m_phase->setText(tr("Loading the library…"));
        break;
    case ExportProgress::Phase::Rendering:
        m_phase->setText(progress.total > 0 ? tr("Rendering pages: %1 of %2").arg(done, total)
                                            : tr("Rendering pages…"));
        break;
    case ExportProgress::Phase::Committing:
        m_phase->setText(progress.total > 0 ? tr("Writing the bundle: %1 of %2").arg(done, total)
                                            : tr("Writing the bundle…"));
        break;
    }
    if (progress.total <= 0) {
        m_progress->setRange(0, 0); // busy: the total is not known yet
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(
            int(std::clamp(progress.done, qint64(0), progress.total) * 1000 / progress.total));
}

void ExportDialog::exportSucceeded(const ExportSummary &summary)
{
    m_bundleUrl = bundleUrl(summary);
    m_summary->setSummary(summary);
    setState(State::Done);
    QString text = tr("The site is exported to %1.").arg(QDir::toNativeSeparators(summary.target));
    if (m_incremental->isChecked() && !summary.incremental)
        text += u' '
                + tr("The target held no previous export to compare with, so every page was "
                     "written.");
    showMessage(text, false);
    m_open->setFocus();
    Q_EMIT exported(summary);
    if (m_closeWhenStopped)
        QDialog::reject();
}

void ExportDialog::exportFailed(const Error &error)
{
    setState(State::Idle);
    if (error.kind() == Error::Kind::Cancelled) {
        showMessage(tr("The export was cancelled. The previous bundle at %1, if there was one, "
                       "stays as it was.")
                            .arg(QDir::toNativeSeparators(m_runningTarget)),
                    false);
    } else {
        showMessage(tr("The export failed: %1\nThe previous bundle, if there was one, stays as "
                       "it was.")
                            .arg(error.message()),
                    true);
    }
    if (m_closeWhenStopped)
        QDialog::reject();
}

QUrl ExportDialog::bundleUrl(const ExportSummary &summary)
{
    if (summary.zip)
        return QUrl::fromLocalFile(QFileInfo(summary.target).absolutePath());
    return QUrl::fromLocalFile(QDir(summary.target).filePath(u"index.html"_s));
}

void ExportDialog::openBundle()
{
    if (m_bundleUrl.isEmpty())
        return;
    if (!QDesktopServices::openUrl(m_bundleUrl))
        showMessage(tr("No program could open %1.").arg(m_bundleUrl.toDisplayString()), true);
}

void ExportDialog::reject()
{
    if (!m_runner->isRunning()) {
        QDialog::reject();
        return;
    }
    if (m_runner->isCancelling()) {
        m_closeWhenStopped = true;
        return;
    }
    const QMessageBox::StandardButton answer = Dialogs::question(
            this, tr("Export Running"),
            tr("The site is being exported. Stop the export and close? The previous bundle "
               "stays as it was."));
    if (answer != QMessageBox::Yes)
        return;
    m_closeWhenStopped = true;
    cancelExport();
}

} // namespace Newsdesk
