#include "conflictdialog.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
std::optional<ConflictDialog::Choice> nextChoice;
}

ConflictDialog::ConflictDialog(const Article &theirs, const Article &mine,
                               const VersionCompareView::ChannelName &channelName,
                               const std::optional<ArticleMerge> &merge, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Changed by Someone Else"));
    resize(900, 640);
    const QString text = merge
            ? tr("\"%1\" was saved by someone else (version %2) after you opened it (version "
                 "%3). Both versions are below. Merge Both keeps both people's changes; or "
                 "overwrite theirs, or keep both by saving yours as a new article.")
            : tr("\"%1\" was saved by someone else (version %2) after you opened it (version "
                 "%3). Both versions are below; copy what you need from theirs into your "
                 "editor, then overwrite, or keep both by saving yours as a new article.");
    auto *explanation =
            new QLabel(text.arg(theirs.title).arg(theirs.version).arg(mine.version), this);
    explanation->setWordWrap(true);
    auto *compare = new VersionCompareView(this);
    compare->setVersions(theirs, tr("Theirs (version %1)").arg(theirs.version), mine, tr("Yours"),
                         channelName);

    auto *buttons = new QDialogButtonBox(this);
    if (merge) {
        QPushButton *both = buttons->addButton(tr("&Merge Both"), QDialogButtonBox::AcceptRole);
        both->setObjectName(u"conflict.merge"_s);
        both->setToolTip(
                merge->conflicts.isEmpty()
                        ? tr("Save theirs with your changes added: you changed different things")
                        : tr("Save theirs with your changes added; where you both changed the "
                             "same thing (%1), yours is kept and theirs stays in the revisions")
                                  .arg(fieldNames(merge->conflicts)));
        connect(both, &QPushButton::clicked, this, [this] {
            m_choice = Choice::Merge;
            accept();
        });
        auto *mergeNote = new QLabel(
                merge->conflicts.isEmpty()
                        ? tr("You changed different things: Merge Both keeps all of them.")
                        : tr("You both changed %1: Merge Both keeps yours there and everything "
                             "else from both.")
                                  .arg(fieldNames(merge->conflicts)),
                this);
        mergeNote->setObjectName(u"conflict.mergeNote"_s);
        mergeNote->setWordWrap(true);
        m_mergeNote = mergeNote;
    }
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
    if (m_mergeNote)
        layout->addWidget(m_mergeNote);
    layout->addWidget(buttons);
}

QString ConflictDialog::fieldNames(const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys)
        names.append(ArticleMerge::fieldName(key));
    return QLocale().createSeparatedList(names);
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const Article &theirs,
                                           const Article &mine,
                                           const VersionCompareView::ChannelName &channelName,
                                           const std::optional<ArticleMerge> &merge)
{
    if (nextChoice) {
        const Choice choice = *nextChoice;
        nextChoice.reset();
        return choice;
    }
    ConflictDialog dialog(theirs, mine, channelName, merge, parent);
    dialog.exec();
    return dialog.choice();
}

void ConflictDialog::setNextChoice(Choice choice)
{
    nextChoice = choice;
}

} // namespace Newsdesk
