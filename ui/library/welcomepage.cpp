#include "welcomepage.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

WelcomePage::WelcomePage(const QList<QAction *> &starts, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"welcomePage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *heading = new QLabel(tr("No library is open"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    auto *hint = new QLabel(tr("A library holds a newsroom's articles, channels, photos and "
                               "people. Create a new one, open one you already have, or connect to your "
                               "newsroom's shared library on its server."),
                            this);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(hint);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QAction *action : starts) {
        auto *button = new QPushButton(action->icon(), action->text().remove(u'&'), this);
        button->setObjectName(u"welcome."_s + action->objectName());
        button->setToolTip(action->statusTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch(3);
}

} // namespace Newsdesk
