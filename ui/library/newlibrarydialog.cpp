#include "newlibrarydialog.h"

#include "common/colors.h"
#include "common/dialogs.h"
#include "config/paths.h"
#include "storage/libraryfile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

NewLibraryDialog::NewLibraryDialog(const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
{
    setObjectName(u"newLibraryDialog"_s);
    setWindowTitle(tr("New Library"));
    setMinimumWidth(520);

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"newLibrary.path"_s);
    m_path->setClearButtonEnabled(true);
    m_path->setText(QDir(folder).filePath(tr("newsroom") + u'.'
                                          + QString::fromUtf16(Paths::LibrarySuffix)));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"newLibrary.browse"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_demo = new QCheckBox(tr("Fill it with the &demo newsroom (老辰光, with %n generated "
                              "articles)",
                              "", 200),
                           this);
    m_demo->setObjectName(u"newLibrary.demo"_s);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"newLibrary.problem"_s);
    m_problem->setWordWrap(true);
    Colors::showAsProblem(m_problem);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(QString(), m_demo);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &NewLibraryDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &NewLibraryDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString NewLibraryDialog::path() const
{
    return m_path->text().trimmed();
}

bool NewLibraryDialog::withDemo() const
{
    return m_demo->isChecked();
}

void NewLibraryDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void NewLibraryDialog::setWithDemo(bool demo)
{
    m_demo->setChecked(demo);
}

void NewLibraryDialog::browse()
{
    const QString chosen = Dialogs::newLibraryFile(this, m_folder);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void NewLibraryDialog::validate()
{
    const Status creatable = LibraryFile::checkCreatable(path());
    m_problem->setText(creatable ? QString() : creatable.error().message());
    m_problem->setVisible(!creatable);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(creatable.ok());
}

} // namespace Newsdesk
