#include "conflictdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
std::optional<ConflictDialog::Choice> nextChoice;
}

ConflictDialog::ConflictDialog(const Article &theirs, const Article &mine,
                               const VersionCompareView::ChannelName &channelName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Changed by Someone Else"));
    resize(900, 640);
    auto *explanation = new QLabel(
            tr("\"%1\" was saved by someone else (version %2) after you opened it (version "
               "%3). Both versions are below; copy what you need from theirs into your "
               "editor, then overwrite, or keep both by saving yours as a new article.")
                    .arg(theirs.title)
                    .arg(theirs.version)
                    .arg(mine.version),
            this);
    explanation->setWordWrap(true);
    auto *compare = new VersionCompareView(this);
    compare->setVersions(theirs, tr("Theirs (version %1)").arg(theirs.version), mine, tr("Yours"),
                         channelName);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *overwrite =
            buttons->addButton(tr("&Overwrite with Mine"), QDialogButtonBox::DestructiveRole);
    overwrite->setObjectName(u"conflict.overwrite"_s);
    overwrite->setToolTip(tr("Save your version; theirs stays in the article's revisions"));
    QPushButton *copy =
            buttons->addButton(tr("Save Mine as a &New Article"), QDialogButtonBox::AcceptRole);
    copy->setObjectName(u"conflict.copy"_s);
    QPushButton *cancel = buttons->addButton(tr("Keep &Editing"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(u"conflict.cancel"_s);
    cancel->setDefault(true);
    connect(overwrite, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Overwrite;
        accept();
    });
    connect(copy, &QPushButton::clicked, this, [this] {
        m_choice = Choice::SaveCopy;
        accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(compare, 1);
    layout->addWidget(buttons);
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const Article &theirs,
                                           const Article &mine,
                                           const VersionCompareView::ChannelName &channelName)
{
    if (nextChoice) {
        const Choice choice = *nextChoice;
        nextChoice.reset();
        return choice;
    }
    ConflictDialog dialog(theirs, mine, channelName, parent);
    dialog.exec();
    return dialog.choice();
}

void ConflictDialog::setNextChoice(Choice choice)
{
    nextChoice = choice;
}

} // namespace Newsdesk
