#include "importdialog.h"

#include "common/colors.h"
#include "common/dialogs.h"
#include "import/importrun.h"
#include "import/importscanner.h"
#include "import/importreportview.h"
#include "library/librarysession.h"
#include "storage/library.h"
#include "workflow/permissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// Items written per transaction in the window: small, so the window repaints between batches.
constexpr int WindowBatchSize = 25;
} // namespace

ImportDialog::ImportDialog(LibrarySession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import Articles"));
    setAcceptDrops(true);

    auto *intro = new QLabel(tr("Portal pages (.html, also GBK and Big5), Markdown with Hugo or "
                                "Jekyll front matter (.md), text files (.txt), whole folders and "
                                ".zip or .tar.gz archives. Images beside the pages become media. "
                                "Importing the same files again updates their articles."),
                             this);
    intro->setWordWrap(true);

    m_sources = new QListWidget(this);
    m_sources->setObjectName(u"import.sources"_s);
    m_sources->setAccessibleName(tr("Files and folders to import"));
    m_sources->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sources->setMinimumHeight(90);
    auto *addFiles = new QPushButton(tr("Add &Files…"), this);
    addFiles->setObjectName(u"import.addFiles"_s);
    auto *addFolder = new QPushButton(tr("Add F&older…"), this);
    addFolder->setObjectName(u"import.addFolder"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"import.remove"_s);
    auto *sourceButtons = new QVBoxLayout;
    sourceButtons->addWidget(addFiles);
    sourceButtons->addWidget(addFolder);
    sourceButtons->addWidget(m_remove);
    sourceButtons->addStretch();
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sources, 1);
    sourceRow->addLayout(sourceButtons);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"import.channel"_s);
    m_channel->setAccessibleName(tr("Channel"));
    m_submit = new QCheckBox(tr("&Submit for review (not items marked as drafts)"), this);
    m_submit->setObjectName(u"import.submit"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(QString(), m_submit);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"import.progress"_s);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setVisible(false);
    m_message = new QLabel(this);
    m_message->setObjectName(u"import.message"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportView = new ImportReportView(this);
    m_reportView->setVisible(false);

    m_buttons = new QDialogButtonBox(this);
    m_check = m_buttons->addButton(tr("C&heck (Dry Run)"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(u"import.check"_s);
    m_check->setToolTip(tr("Read everything and show what would happen, without writing"));
    // Both action buttons, in the order they are used: check first, then import.
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(u"import.start"_s);
    m_import->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"import.cancel"_s);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"import.close"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(sourceRow);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_reportView, 1);
    layout->addWidget(m_buttons);
    resize(820, 560);

    connect(addFiles, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(addFolder, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_remove, &QPushButton::clicked, this, &ImportDialog::removeSelected);
    connect(m_sources, &QListWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);
    connect(m_check, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_reportView, &ImportReportView::articleActivated, this, &ImportDialog::openArticle);

    loadChannels();
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::loadChannels()
{
    m_channel->clear();
    m_channel->addItem(tr("Where each item says (breadcrumb, categories, folder)"), 0);
    Library *library = m_session.library();
    if (!library)
        return;
    Result<QList<Channel>> channels = library->channels().all();
    if (!channels)
        return showMessage(channels.error().message(), true);
    QHash<qint64, int> depth;
    for (const Channel &channel : channels.value()) {
        const int level = channel.isRoot() ? 0 : depth.value(channel.parentId) + 1;
        depth.insert(channel.id, level);
        if (!channel.isRoot())
            m_channel->addItem(QString(2 * (level - 1), u' ') + channel.name, channel.id);
    }
}

void ImportDialog::addPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
        if (path.isEmpty() || !m_sources->findItems(native, Qt::MatchExactly).isEmpty())
            continue;
        auto *item = new QListWidgetItem(native, m_sources);
        item->setData(Qt::UserRole, QFileInfo(path).absoluteFilePath());
        item->setToolTip(native);
    }
    updateButtons();
}

QStringList ImportDialog::paths() const
{
    QStringList all;
    for (int i = 0; i < m_sources->count(); ++i)
        all.append(m_sources->item(i)->data(Qt::UserRole).toString());
    return all;
}

void ImportDialog::chooseFiles()
{
    addPaths(Dialogs::openFiles(
            this, tr("Import Files"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Pages, Markdown, text and archives (*.html *.htm *.shtml *.md *.markdown *.txt "
               "*.zip *.tar.gz *.tgz *.tar);;All files (*)")));
}

void ImportDialog::chooseFolder()
{
    const QString folder = Dialogs::folder(
            this, tr("Import a Folder"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        addPaths({folder});
}

void ImportDialog::removeSelected()
{
    qDeleteAll(m_sources->selectedItems());
    updateButtons();
}

void ImportDialog::setChannel(qint64 channelId)
{
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channelId)));
}

void ImportDialog::setSubmit(bool submit)
{
    m_submit->setChecked(submit);
}

bool ImportDialog::isRunning() const
{
    return m_run && m_run->isRunning();
}

QString ImportDialog::message() const
{
    return m_message->text();
}

void ImportDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    Colors::showAsProblem(m_message, problem);
}

void ImportDialog::updateButtons()
{
    const bool running = isRunning();
    const bool ready = !running && m_sources->count() > 0 && m_session.library()
            && m_session.currentUser();
    m_check->setEnabled(ready);
    m_import->setEnabled(ready);
    m_cancel->setVisible(running);
    m_close->setVisible(!running);
    m_remove->setEnabled(!running && !m_sources->selectedItems().isEmpty());
    m_sources->setEnabled(!running);
    m_channel->setEnabled(!running);
    m_submit->setEnabled(!running);
}

bool ImportDialog::start(bool dryRun)
{
    if (isRunning())
        return false;
    Library *library = m_session.library();
    const std::optional<User> &user = m_session.currentUser();
    if (!library || !user) {
        showMessage(tr("Open a library and sign in to import."), true);
        return false;
    }
    if (m_sources->count() == 0) {
        showMessage(tr("Add the files, folders or archives to import first."), true);
        return false;
    }
    if (Status allowed = Permissions::require(*user, Permission::WriteArticles); !allowed) {
        showMessage(allowed.error().message(), true);
        return false;
    }
    ImportRun::Options options;
    options.paths = paths();
    options.write.channelId = m_channel->currentData().toLongLong();
    options.write.submit = m_submit->isChecked();
    options.write.dryRun = dryRun;
    options.batchSize = WindowBatchSize;
    delete m_run;
    m_run = new ImportRun(*library, *user, options, this);
    connect(m_run, &ImportRun::progress, this, &ImportDialog::showProgress);
    connect(m_run, &ImportRun::scanned, this, [this](int total) { showProgress(0, total); });
    connect(m_run, &ImportRun::finished, this, &ImportDialog::runFinished);
    m_progress->setRange(0, 0); // busy while the files are found
    m_progress->setVisible(true);
    m_reportView->setVisible(false);
    showMessage(dryRun ? tr("Reading the files…") : tr("Importing…"), false);
    m_run->start();
    updateButtons();
    m_cancel->setFocus();
    return true;
}

void ImportDialog::showProgress(int done, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
}

void ImportDialog::cancel()
{
    if (m_run && m_run->isRunning()) {
        m_run->cancel();
        showMessage(tr("Stopping after the file being written…"), false);
    }
}

void ImportDialog::runFinished()
{
    m_report = m_run->report();
    m_progress->setVisible(false);
    if (m_run->failure()) {
        showMessage(m_run->failure()->message(), true);
    } else {
        showMessage(m_report.summary(), false);
        m_reportView->showReport(m_report);
        m_reportView->setVisible(true);
    }
    const bool changed = !m_report.dryRun
            && (m_report.count(ImportReport::Outcome::Imported) > 0
                || m_report.count(ImportReport::Outcome::Updated) > 0
                || !m_report.createdChannels.isEmpty());
    updateButtons();
    if (changed)
        Q_EMIT imported();
    if (m_closeWhenStopped)
        QDialog::reject();
}

void ImportDialog::reject()
{
    if (isRunning()) {
        m_closeWhenStopped = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isRunning() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    QStringList dropped;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            dropped.append(url.toLocalFile());
    }
    addPaths(dropped);
    event->acceptProposedAction();
}

} // namespace Newsdesk
