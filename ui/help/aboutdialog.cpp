#include "aboutdialog.h"

#include "config/buildinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Newsdesk"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Newsdesk icon"));
    auto *name = new QLabel(u"<h2>Newsdesk %1</h2>"_s.arg(BuildInfo::version().toHtmlEscaped()),
                            this);
    name->setObjectName(u"about.name"_s);
    auto *description = new QLabel(
            tr("A desktop newsroom editor: write, review and publish a static portal site."), this);
    description->setWordWrap(true);
    auto *licence = new QLabel(tr("Licence: %1").arg(BuildInfo::licence()), this);
    licence->setObjectName(u"about.licence"_s);
    auto *manual = new QLabel(
            u"<a href=\"manual\">%1</a>"_s.arg(tr("Read the manual").toHtmlEscaped()), this);
    manual->setObjectName(u"about.manual"_s);
    connect(manual, &QLabel::linkActivated, this, [this] {
        Q_EMIT manualRequested();
        accept();
    });
    manual->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    manual->setAccessibleName(tr("Read the manual"));

    auto *heading = new QVBoxLayout;
    heading->addWidget(name);
    heading->addWidget(description);
    heading->addWidget(licence);
    heading->addWidget(manual);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    auto *librariesLabel = new QLabel(tr("&Libraries:"), this);
    m_libraries = new QTreeWidget(this);
    m_libraries->setObjectName(u"about.libraries"_s);
    m_libraries->setAccessibleName(tr("Libraries"));
    m_libraries->setRootIsDecorated(false);
    m_libraries->setHeaderLabels({tr("Component"), tr("Version"), tr("Licence")});
    for (const BuildInfo::LibraryInfo &library : BuildInfo::libraries()) {
        new QTreeWidgetItem(m_libraries,
                            {library.name,
                             library.version.isEmpty() ? tr("(built in)") : library.version,
                             library.licence});
    }
    m_libraries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    librariesLabel->setBuddy(m_libraries);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Version Info"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"about.copy"_s);
    copy->setAccessibleDescription(tr("Copy the versions of Newsdesk and its libraries"));
    connect(copy, &QPushButton::clicked, this, &AboutDialog::copyVersionInfo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(librariesLabel);
    layout->addWidget(m_libraries, 1);
    layout->addWidget(buttons);
    resize(520, 460);
}

void AboutDialog::copyVersionInfo()
{
    QApplication::clipboard()->setText(BuildInfo::report());
}

} // namespace Newsdesk
