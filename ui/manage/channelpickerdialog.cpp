#include "channelpickerdialog.h"

#include "library/channeltreemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

ChannelPickerDialog::ChannelPickerDialog(const QString &title, const QString &prompt,
                                         const QList<Channel> &channels,
                                         const QHash<qint64, int> &counts, QWidget *parent)
    : QDialog(parent)
    , m_model(new ChannelTreeModel(this))
{
    setObjectName(u"channelPickerDialog"_s);
    setWindowTitle(title);
    resize(380, 460);
    m_model->setChannels(channels, counts);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"channelPicker.tree"_s);
    m_tree->setAccessibleName(tr("Channels"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(ChannelTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->expandAll();
    label->setBuddy(m_tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChannelPickerDialog::updateOk);
    connect(m_tree, &QTreeView::doubleClicked, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    updateOk();
}

void ChannelPickerDialog::exclude(qint64 channelId, bool withSubtree)
{
    if (withSubtree)
        m_excluded += m_model->subtreeIds(channelId);
    else
        m_excluded.append(channelId);
    updateOk();
}

qint64 ChannelPickerDialog::channelId() const
{
    const Channel *channel = m_model->channelAt(m_tree->currentIndex());
    return channel && !m_excluded.contains(channel->id) ? channel->id : 0;
}

void ChannelPickerDialog::setChannelId(qint64 id)
{
    m_tree->setCurrentIndex(m_model->indexOf(id));
}

void ChannelPickerDialog::updateOk()
{
    m_ok->setEnabled(channelId() != 0);
}

} // namespace Newsdesk
