#include "auditlogdialog.h"

#include "common/dialogs.h"
#include "library/auditlogmodel.h"
#include "library/librarysession.h"
#include "storage/library.h"
#include "workflow/auditcsv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

AuditLogDialog::AuditLogDialog(LibrarySession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"auditLogDialog"_s);
    setWindowTitle(tr("Audit Log"));
    resize(900, 560);
    m_model = new AuditLogModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"audit.table"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"audit.status"_s);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(u"audit.export"_s);
    m_export->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    buildFilters();
    auto *filters = new QFormLayout;
    auto *who = new QHBoxLayout;
    who->addWidget(m_user, 1);
    who->addWidget(new QLabel(tr("Action:"), this));
    who->addWidget(m_action, 1);
    filters->addRow(tr("User:"), who);
    auto *when = new QHBoxLayout;
    when->addWidget(m_fromCheck);
    when->addWidget(m_from);
    when->addWidget(m_toCheck);
    when->addWidget(m_to);
    when->addStretch();
    filters->addRow(tr("Dates:"), when);
    auto *what = new QHBoxLayout;
    what->addWidget(m_text, 2);
    what->addWidget(new QLabel(tr("Article number:"), this));
    what->addWidget(m_article, 1);
    filters->addRow(tr("Text:"), what);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &AuditLogDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);
    connect(m_model, &AuditLogModel::errorOccurred, this,
            [this](const QString &message) { m_status->setText(message); });
    connect(m_model, &AuditLogModel::rowsInserted, this, [this] {
        m_status->setText(tr("%n entries shown; more load as you scroll.", "",
                             m_model->rowCount()));
    });
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    // Typing searches once it pauses: a text search reads much of a large log.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &AuditLogDialog::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_article, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_fromCheck, &QCheckBox::toggled, this, &AuditLogDialog::applyFilter);
    connect(m_toCheck, &QCheckBox::toggled, this, &AuditLogDialog::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    applyFilter();
}

void AuditLogDialog::buildFilters()
{
    Library *library = m_session.library();
    m_user = new QComboBox(this);
    m_user->setObjectName(u"audit.user"_s);
    m_user->addItem(tr("Everyone"), qint64(0));
    if (library) {
        for (const User &user : library->users().all().valueOr({}))
            m_user->addItem(user.name, user.id);
    }
    m_action = new QComboBox(this);
    m_action->setObjectName(u"audit.action"_s);
    m_action->addItem(tr("Every action"), QString());
    if (library) {
        for (const QString &key : library->history().auditActions().valueOr({})) {
            m_action->addItem(AuditLogModel::actionName(key), key);
            m_action->setItemData(m_action->count() - 1, key, Qt::ToolTipRole);
        }
    }
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"audit.text"_s);
    m_text->setPlaceholderText(tr("In the detail or the article title"));
    m_text->setClearButtonEnabled(true);
    m_article = new QLineEdit(this);
    m_article->setObjectName(u"audit.article"_s);
    m_article->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,18}"_s),
                                                            m_article));
    const QDate today = QDate::currentDate();
    m_fromCheck = new QCheckBox(tr("From"), this);
    m_fromCheck->setObjectName(u"audit.fromCheck"_s);
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(u"audit.from"_s);
    m_from->setCalendarPopup(true);
    m_toCheck = new QCheckBox(tr("to (inclusive)"), this);
    m_toCheck->setObjectName(u"audit.toCheck"_s);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(u"audit.to"_s);
    m_to->setCalendarPopup(true);
}

AuditFilter AuditLogDialog::filter() const
{
    AuditFilter f;
    f.userId = m_user->currentData().toLongLong();
    f.action = m_action->currentData().toString();
    f.text = m_text->text().trimmed();
    f.articleId = m_article->text().toLongLong();
    // Dates are the person's local days: from the start of the first to the end of the last.
    if (m_fromCheck->isChecked())
        f.from = m_from->date().startOfDay();
    if (m_toCheck->isChecked())
        f.to = m_to->date().addDays(1).startOfDay();
    return f;
}

void AuditLogDialog::applyFilter()
{
    m_typing->stop();
    m_from->setEnabled(m_fromCheck->isChecked());
    m_to->setEnabled(m_toCheck->isChecked());
    const Status s = m_model->setFilter(m_session.library(), filter());
    if (!s) {
        m_status->setText(s.error().message());
        return;
    }
    m_status->setText(m_model->canFetchMore({})
                              ? tr("%n entries shown; more load as you scroll.", "",
                                   m_model->rowCount())
                              : tr("%n entries.", "", m_model->rowCount()));
}

void AuditLogDialog::exportCsv()
{
    Library *library = m_session.library();
    if (!library)
        return;
    const QString start = QDir(QStandardPaths::writableLocation(
                                       QStandardPaths::DocumentsLocation))
                                  .filePath(u"audit-log.csv"_s);
    const QString path = Dialogs::saveFile(this, tr("Export the Audit Log"), start,
                                           tr("CSV files (*.csv)"), u"csv"_s);
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Exporting the audit log…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    Result<qint64> written = AuditCsv::exportTo(*library, filter(), path, [&](qint64 n) {
        progress.setLabelText(tr("Exporting the audit log: %n entries…", "", int(n)));
        progress.setValue(0);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!written) {
        if (written.error().kind() != Error::Kind::Cancelled)
            Dialogs::critical(this, tr("Export the Audit Log"), written.error().message());
        return;
    }
    m_status->setText(tr("Exported %n entries to %1.", "", int(written.value()))
                              .arg(QDir::toNativeSeparators(path)));
}

} // namespace Newsdesk
